/**
 * The index's own vocabulary: document frequency of every analysed term, and two variant maps over it — a gentle
 * spelling fold and a consonant-skeleton key — so that a query word spelled differently from the source
 * (পেজেকশিয়ান / পেজেশকিয়ান, ইসরাইল / ইসরায়েল, "Peskov" / পেসকভ) is expanded to the terms the index really holds.
 *
 * Why expansion over the vocabulary rather than a second "phonetic" field in MiniSearch: each variant gets its own,
 * measured confidence (exact > fold > key > fuzzy key), the expansion is visible in the Answer's highlights, and
 * skeleton collisions between short unrelated words can be refused per term instead of polluting every search.
 */
import { bengaliKey, bengaliVowels, damerau, foldVariant, keysMeet, latinKey, latinVowelReadings, romanFold, romanMerge } from '../text/phonetic.js';
import { memoize } from '../text/memo.js';
import { letterCount, spellsLetters } from '../text/stem.js';
import { EMPTY } from './postings.js';

/** How much a variant is trusted relative to an exact match. Measured on the dev set (see README, Retrieval). */
export const VARIANT_WEIGHTS = {
  exact: 1,
  fold: 0.9,
  key: 0.75,
  /** Two-symbol skeletons: only for romanized Bengali, whose vowels and aspirates are too loose for anything better. */
  shortKey: 0.5,
  fuzzyKey: 0.6,
} as const;

/**
 * Keys shorter than this (in symbols) collide too often to be trusted. A word the index already holds is expanded by
 * sound only from MIN_KNOWN_KEY symbols on; fuzzy key matches (one transposition, or one edit for long keys — see
 * keysMeet) need MIN_FUZZY_KEY.
 */
const MIN_KEY = 3;
/** Two-symbol skeletons are kept too, for short names (Raju রাজু, Roni রনি) asked with their vowels agreeing. */
const MIN_SHORT_KEY = 2;
const MIN_KNOWN_KEY = 5;
/** For a word known to be a name, sound-alikes are looked for from this many symbols even when the index holds it. */
export const MIN_KNOWN_NAME_KEY = 4;
const MIN_FUZZY_KEY = 4;
/** Vowel differences allowed between a Bengali word and a sound-alike index term (see expandBengali). */
const MAX_VOWEL_SLIPS = 1;
/**
 * Vowels from which a known word whose skeleton is shorter than MIN_KNOWN_KEY is still widened by sound (its vowels held
 * to MAX_VOWEL_SLIPS). Measured: dev +2 hit@1 / +3 hit@3, holdout +1 / +1, no off-topic question answered; 3 the
 * same on dev, holdout one hit@1 less; 5 as 4.
 */
const MIN_VOWELS_SHORT_KEY = 4;

export interface Alternative {
  /** Analysed index terms that must all occur (one term for most words; several for a multi-word translation). */
  terms: string[];
  /** Confidence in (0, 1]. */
  weight: number;
  /**
   * The terms are the parts of one word (a compound written apart: যুদ্ধবিরতি → যুদ্ধ বিরতি), so one part alone earns
   * nothing — যুদ্ধ is not a ceasefire — where a phrase's words earn partial credit.
   */
  whole?: boolean;
  /**
   * The alternative counts where a passage states it but proposes no candidates: a weak reading (a country's capital for
   * the country) whose terms would otherwise widen the concept's reach and crowd the rarer terms out of the query.
   */
  scoreOnly?: boolean;
}

/** How far expandBengali widens a term (see there). */
export interface BengaliExpansion {
  /** Look for sound-alikes (consonant skeletons) at all. */
  sounds?: boolean;
  /** Shortest skeleton matched. */
  minKey?: number;
  /** Shortest skeleton matched for a term the index already holds. */
  minKnownKey?: number;
  /** The term's vowels are a guess (romanized input drops and swaps them), so sound-alikes are not held to them. */
  guessedVowels?: boolean;
}

export class Vocabulary {
  /** Number of passages. */
  readonly size: number;
  private readonly df: Map<string, number>;
  private readonly byFold = new Map<string, string[]>();
  private readonly byKey = new Map<string, string[]>();
  /**
   * Single-deletion neighbourhood of every long key (SymSpell): two keys within one edit (substitution, insertion,
   * deletion or transposition) share a deletion variant, so fuzzy lookup costs a few map reads, not a vocabulary scan.
   */
  private readonly byDeletion = new Map<string, string[]>();
  /**
   * Skeleton of each vowel-final term with an ending put back (see STRIPPED_ENDINGS). The stemmer takes a final র after
   * a vowel for the genitive (রাশিয়ার → রাশিয়া), -রা for the plural, -টি for the classifier, and so it does to names
   * that merely end so (তুষার → তুষা, ত্রিপুরা → ত্রিপু, গুয়াহাটি → গুয়াহা): a Latin "Tushar", "Tripura" or "Guwahati"
   * meets them here. Bengali questions need no such key: they are stemmed alike.
   */
  private readonly byKeyWithEnding = new Map<string, string[]>();
  /**
   * Terms with a chandrabindu by their skeleton with it read as n: Latin spellings write the nasal vowel so (Panchbibi
   * পাঁচবিবি, Chandpur চাঁদপুর, Banshkhali বাঁশখালী). Latin words only: a Bengali question spells the ঁ as the source does.
   */
  private readonly byNasalKey = new Map<string, string[]>();
  /** expandLatin's results for the words asked lately (the vocabulary never changes, so they never go stale). */
  private readonly latinMemo = memoize((key: string) => {
    const cut = key.indexOf('\0');
    return this.latinUncached(key.slice(cut + 1), Number(key.slice(0, cut)));
  }, EXPANSION_MEMO);

  /** Index terms by romanFold, for transliterated questions; built when one first asks. */
  private byRomanFold?: Map<string, string[]>;

  private romanFolds(): Map<string, string[]> {
    if (!this.byRomanFold) {
      this.byRomanFold = new Map();
      // (from the spelling folds the constructor keyed already: a romanization fold only merges them further)
      for (const [folded, terms] of this.byFold) {
        const key = romanMerge(folded);
        for (const term of terms) push(this.byRomanFold, key, term);
      }
    }
    return this.byRomanFold;
  }

  /** First and last parts of solid compounds → the compounds (see compoundsOf); built lazily. */
  private affixes?: Map<string, string[]>;
  /** Passage positions (in corpus order) of each term, ascending: compact postings for conjunctive candidates. */
  private readonly postingLists: Map<string, Int32Array>;
  /** Each passage's analysed terms, in order (read for acronyms: see acronymNames). */
  private readonly passageTerms: readonly (readonly string[])[];
  /** Acronym term → the terms of the name it stands for; read off the passages when first asked. */
  private acronyms?: Map<string, readonly string[]>;

  private constructor(df: Map<string, number>, size: number, postings: Map<string, Int32Array>, passageTerms: readonly (readonly string[])[]) {
    this.passageTerms = passageTerms;
    this.df = df;
    this.size = size;
    this.postingLists = postings;
    for (const term of df.keys()) {
      if (/^[0-9a-z]+$/.test(term)) continue; // Latin and digits: matched exactly only
      push(this.byFold, foldVariant(term), term);
      const key = bengaliKey(term);
      if (key.length >= MIN_SHORT_KEY) {
        this.addKey(key, term);
        if (term.includes(CHANDRABINDU)) push(this.byNasalKey, bengaliKey(term.replaceAll(CHANDRABINDU, 'ন')), term);
      }
      // After a reph, য-ফলা is said j (পর্যন্ত porjonto, কার্যকর karjokor, পর্যবেক্ষণ porjobekkhon), and romanized Bengali
      // writes it so; names spell it y or not at all (সূর্য Surya, ঐশ্বর্য Aishwarya), which the plain key keeps.
      if (term.includes(REPH_YA)) {
        const spoken = bengaliKey(term.replaceAll(REPH_YA, 'র্জ'));
        if (spoken !== key && spoken.length >= MIN_SHORT_KEY) this.addKey(spoken, term);
      }
      // (a one-symbol stem too: ঘিওর → ঘিও "g" is Ghior "gr" with its র put back)
      if (VOWEL_FINAL.test(term) && key.length + 1 >= MIN_SHORT_KEY) {
        for (const ending of STRIPPED_ENDINGS) if (!key.endsWith(ending)) push(this.byKeyWithEnding, key + ending, term);
      }
    }
  }

  /** Files a term under a skeleton, and a new long skeleton under its deletions (see byDeletion). */
  private addKey(key: string, term: string): void {
    if (!this.byKey.has(key) && key.length >= MIN_FUZZY_KEY) {
      for (const d of deletions(key)) push(this.byDeletion, d, key);
    }
    push(this.byKey, key, term);
  }

  /** Builds the vocabulary (document frequencies and postings) from each passage's analysed terms, in corpus order. */
  static fromPassageTerms(passageTerms: readonly string[][]): Vocabulary {
    // Terms are numbered as first met, and each passage's distinct term numbers kept in one flat array: a passage's
    // repeats are told by the last passage that listed the term, not by a Set per passage. (The whole vocabulary took
    // 812 ms instead of 1,142 with a Set per passage and three Map lookups per term, on the 100,000-passage bench
    // corpus, where it is built at every start without a saved index.)
    const ids = new Map<string, number>();
    const counts: number[] = [];
    const lastSeen: number[] = [];
    const flat: number[] = [];
    const ends = new Int32Array(passageTerms.length);
    passageTerms.forEach((terms, position) => {
      for (const t of terms) {
        let id = ids.get(t);
        if (id === undefined) {
          id = counts.length;
          ids.set(t, id);
          counts.push(0);
          lastSeen.push(-1);
        }
        if (lastSeen[id] === position) continue;
        lastSeen[id] = position;
        counts[id]!++;
        flat.push(id);
      }
      ends[position] = flat.length;
    });
    const lists = counts.map((n) => new Int32Array(n));
    const filled = new Int32Array(counts.length);
    let from = 0;
    ends.forEach((end, position) => {
      for (let k = from; k < end; k++) {
        const id = flat[k]!;
        lists[id]![filled[id]!++] = position;
      }
      from = end;
    });
    const df = new Map<string, number>();
    const postings = new Map<string, Int32Array>();
    for (const [t, id] of ids) {
      df.set(t, counts[id]!);
      postings.set(t, lists[id]!);
    }
    return new Vocabulary(df, passageTerms.length, postings, passageTerms);
  }

  /**
   * Bengali acronyms the sources write right after the name they abbreviate, made of the first letter (with its conjunct
   * and vowel sign) of each of its words: যশোর বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়ের (যবিপ্রবি), ঢাকা বিশ্ববিদ্যালয় (ঢাবি).
   * Acronym term → the name's terms. Read off the passages' terms the first time a question asks (once per index).
   */
  acronymNames(): ReadonlyMap<string, readonly string[]> {
    if (this.acronyms) return this.acronyms;
    const found = new Map<string, readonly string[]>();
    for (const terms of this.passageTerms) {
      for (let at = 2; at < terms.length; at++) {
        const term = terms[at]!;
        if (term.length > MAX_ACRONYM_LENGTH || found.has(term) || !BENGALI_WORD.test(term)) continue;
        let initials = '';
        for (let k = 1; k <= MAX_ACRONYM_WORDS && at - k >= 0; k++) {
          initials = firstLetterOf(terms[at - k]!) + initials;
          if (initials.length > term.length || !term.endsWith(initials)) break;
          if (k >= 2 && initials === term) {
            found.set(term, terms.slice(at - k, at));
            break;
          }
        }
      }
    }
    this.acronyms = found;
    return found;
  }

  /** Document frequency (passages containing the term). */
  docFreq(term: string): number {
    return this.df.get(term) ?? 0;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Inverse document frequency (BM25 form, never negative); an unseen term gets the highest value. */
  idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * Index terms that contain `term` as one part of a solid compound — its first or last part (ফোন in টেলিফোন,
   * সহযোগিতা in সহযোগিতামূলক). Bengali writes compounds as one word, so a word the index never holds on its own may still
   * stand inside one. The affix table is built on first use (most questions never need it).
   */
  compoundsOf(term: string): string[] {
    if (letterCount(term) < MIN_COMPOUND_PART) return [];
    if (!this.affixes) {
      this.affixes = new Map();
      for (const t of this.df.keys()) {
        for (let i = 1; i < t.length; i++) {
          if (!startsLetter(t, i)) continue;
          const head = t.slice(0, i);
          const tail = t.slice(i);
          if (letterCount(head) < MIN_COMPOUND_PART || letterCount(tail) < MIN_COMPOUND_PART) continue;
          push(this.affixes, head, t);
          push(this.affixes, tail, t);
        }
      }
    }
    return this.affixes.get(term) ?? [];
  }

  /**
   * The two index terms a solid compound is made of, when the sources write it apart (বিশ্বব্যবস্থা as বিশ্ব ব্যবস্থা,
   * নিরাপত্তাপরিষদ as নিরাপত্তা পরিষদ): the longest head whose rest is also indexed. Also when the index holds the solid
   * form too, since one report writes শ্রমমন্ত্রী and another শ্রম মন্ত্রী (session 19: dev hit@1 +1, answered +1).
   */
  splitCompound(term: string): [string, string] | undefined {
    for (let i = term.length - 1; i > 0; i--) {
      if (!startsLetter(term, i)) continue;
      const head = term.slice(0, i);
      const tail = term.slice(i);
      const headLetters = letterCount(head);
      const tailLetters = letterCount(tail);
      // (a two-letter head before a long word: তেল মন্ত্রী, জেল হত্যা; not কম+লা)
      if (tailLetters < MIN_SPLIT_PART || headLetters < (tailLetters >= LONG_SPLIT_TAIL ? MIN_COMPOUND_PART : MIN_SPLIT_PART)) continue;
      if (this.df.has(head) && this.df.has(tail)) return [head, tail];
    }
    return undefined;
  }

  /** Passage positions holding the term, ascending (empty when none). */
  postings(term: string): Int32Array {
    return this.postingLists.get(term) ?? EMPTY;
  }

  /**
   * Index terms a Bengali query term may stand for, with confidences: itself when indexed, and spelling folds.
   * With `sounds`, also consonant-skeleton matches: for a word the index does not hold (a variant spelling), and for long
   * words (names) even when it does — short skeletons of known words collide with unrelated words (পাঠানো ~ পুতিন).
   */
  expandBengali(term: string, options: BengaliExpansion = {}): Map<string, number> {
    const { sounds = true, minKey = MIN_KEY, minKnownKey = MIN_KNOWN_KEY, guessedVowels = false } = options;
    const out = new Map<string, number>();
    const add = keepBest(out);
    const known = this.df.has(term);
    if (known) add(term, VARIANT_WEIGHTS.exact);
    if (/^[0-9a-z]+$/.test(term)) return out;
    for (const t of this.byFold.get(foldVariant(term)) ?? []) add(t, VARIANT_WEIGHTS.fold);
    // A transliteration's letters are guesses where romanized Bengali cannot tell (pati: পাটি as well as পাতি).
    if (guessedVowels) for (const t of this.romanFolds().get(romanFold(term)) ?? []) add(t, VARIANT_WEIGHTS.fold);
    const key = bengaliKey(term);
    // Spelling variants of one word keep its vowels (পেজেশকিয়ান / পেজেকশিয়ান, শাহিদ / শাহেদ: at most one differs);
    // unrelated words that share a skeleton do not (আমিনী / এমন, জারদারী / জোরদার, প্রতিমা / প্রথম).
    // (read only when sounds are asked for: the sound-alikes alone use them)
    const vowels = sounds && !guessedVowels ? bengaliVowels(term) : undefined;
    // A known word with a short skeleton is widened too when its vowels are many, for they must then agree but for one:
    // ইউরেশিয়া / ইউরোএশিয়া share the skeleton ars and the vowels iu-eia.
    const manyVowels = vowels !== undefined && vowels.length >= MIN_VOWELS_SHORT_KEY;
    // An acronym's letters are exact: BTRC (বিটিআরসি, the telecom regulator) is another body than BRTC (বিআরটিসি, the
    // bus corporation), though their skeletons differ by one swap.
    if (sounds && (!known || key.length >= minKnownKey || manyVowels) && !spellsLetters(term)) {
      this.addKeyMatches(key, (t, w) => {
        if (vowels === undefined || damerau(vowels, bengaliVowels(t)) <= MAX_VOWEL_SLIPS) add(t, w);
      }, minKey);
    }
    return out;
  }

  /**
   * Index terms a Latin-script word may stand for, by consonant skeleton: names (Pezeshkian, Moscow, Ashgabat) and the
   * English loanwords Bengali news writes in Bengali script (ফোরাম, করিডর, নিউ ওয়ার্ল্ড অর্ডার). Three-symbol skeletons
   * collide, so there the vowels must agree as well. `minKey` raises the bar for words that are more likely loanwords
   * than names.
   */
  expandLatin(word: string, minKey = MIN_KEY): ReadonlyMap<string, number> {
    // the memoised map itself, read-only: callers only read it, so it is not copied for each of them
    return this.latinMemo(`${minKey}\0${word}`);
  }

  private latinUncached(word: string, minKey: number): Map<string, number> {
    const out = this.latinMatches(word, minKey);
    // Read again as Bengali news writes such names (Bologna বোলোনিয়া, Sevilla সেভিয়া, Liege লিয়েজ, Hathazari হাটহাজারী,
    // Kvitheia ক্ভিটহেইয়া: see SECOND_SPELLINGS), and keep what then agrees — below a spelling fold, as a second reading.
    // (Also when the spelling as written met a word with its vowels: Kvitheia read so meets কবিতা, "poem".)
    for (const [pattern, sound] of SECOND_SPELLINGS) {
      const spelt = word.replace(pattern, sound);
      if (spelt === word) continue;
      // (a skeleton shorter than MIN_FUZZY_KEY keeps only matches whose vowels agree, but weighs them as a key)
      const short = latinKey(spelt).length < MIN_FUZZY_KEY;
      for (const [t, w] of this.latinMatches(spelt, minKey)) {
        if ((short || w >= VARIANT_WEIGHTS.fold) && !out.has(t)) out.set(t, VARIANT_WEIGHTS.key);
      }
    }
    return out;
  }

  /** Index terms a Latin word meets by its skeleton, with the vowel check (see latinUncached). */
  private latinMatches(word: string, minKey: number): Map<string, number> {
    const out = new Map<string, number>();
    const key = latinKey(word);
    const add = keepBest(out);
    this.addKeyMatches(key, add, minKey);
    // A final h after a vowel is often silent in Latin spellings of Arabic names (Hodeidah হোদেইদা, Ramallah রামাল্লা).
    if (/[aeiou]h$/.test(word)) this.addKeyMatches(key.slice(0, -1), add, minKey);
    if (key.length >= minKey) {
      for (const byKey of [this.byKeyWithEnding, this.byNasalKey]) {
        for (const t of byKey.get(key) ?? []) if (!out.has(t)) out.set(t, VARIANT_WEIGHTS.key);
      }
    }
    // Short skeletons collide (Putin ~ পুতিন ~ পতন, Amini ~ আমিনি ~ এমন): the vowels must agree too, allowing one slip
    // for the inherent vowel Bengali does not write. A longer match whose vowels agree as well is as sure as a Latin
    // spelling of a Bengali name can be: it counts as a spelling fold.
    const readings = latinVowelReadings(word);
    // Latin o and a also spell the inherent vowel Bengali does not write (prottoy প্রত্যয়, Rahman রহমান): read so, the
    // vowels may agree too — enough to keep a short match, not to make it as sure as a spelling fold.
    for (const [t, w] of out) {
      // A stem ending in a vowel letter may have lost -য়ে to the stemmer, which reads it as a case ending (জুলাইয়ে), also
      // where it ends a name (নরওয়ে Norway → নরও, গলওয়ে Galway → গলও): its e is read back.
      const bns = INDEPENDENT_VOWEL_FINAL.test(t) ? [bengaliVowels(t), `${bengaliVowels(t)}e`] : [bengaliVowels(t)];
      const agree = readings.some((vowels) => bns.some((bn) => damerau(vowels, bn) <= MAX_VOWEL_SLIPS));
      const bn = bns[0]!;
      const agreeUnwritten = !agree && readings.some((vowels) => skipsOnlyInherent(vowels, bn));
      if (key.length < MIN_FUZZY_KEY && !agree && !agreeUnwritten) out.delete(t);
      else if (agree) out.set(t, Math.max(w, key.length < MIN_KEY ? VARIANT_WEIGHTS.key : VARIANT_WEIGHTS.fold));
    }
    return out;
  }

  private addKeyMatches(key: string, add: (term: string, weight: number) => void, minKey = MIN_KEY): void {
    if (key.length < minKey) return;
    const keyWeight = key.length < MIN_KEY ? VARIANT_WEIGHTS.shortKey : VARIANT_WEIGHTS.key;
    for (const t of this.byKey.get(key) ?? []) add(t, keyWeight);
    if (key.length < MIN_FUZZY_KEY) return;
    const candidates = new Set<string>();
    for (const d of [key, ...deletions(key)]) {
      for (const other of this.byDeletion.get(d) ?? []) candidates.add(other);
      if (d !== key && this.byKey.has(d)) candidates.add(d);
    }
    for (const other of candidates) {
      if (other !== key && keysMeet(key, other)) {
        for (const t of this.byKey.get(other)!) add(t, VARIANT_WEIGHTS.fuzzyKey);
      }
    }
  }
}

/**
 * Second readings of a Latin spelling, tried when the spelling as written meets nothing: Italian gn (ny), Spanish ll (y)
 * and j (h) before a vowel; a soft g before e, i, y (Liege লিয়েজ); the Turkish ğ (written g, said as nothing); and th,
 * zh and tch as two letters, as Bangladeshi and Scandinavian names write them (Hathazari হাটহাজারী, Kvitheia
 * ক্ভিটহেইয়া: the w keeps the t and h apart in latinKey and is dropped there like any glide); a final -off, -of as
 * the Russian -ov it sounds (Bengali writes ভ); and a long name's final d as the t Russian spellings give it.
 */
const SECOND_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/gn(?=[aeiou])/gi, 'ny'],
  [/ll(?=[aeiou])/gi, 'y'],
  [/j(?=[aeiou])/gi, 'h'],
  [/g(?=[eiy])/gi, 'j'],
  [/th/gi, 'twh'],
  [/zh/gi, 'zwh'], // Azharul আজহারুল, Mazhar মাজহার: z and h, not the zh of Zhukov
  [/tch/gi, 'twch'], // Satchari সাতছড়ি, Hatchhara: t and ch, as Bangladeshi place names write them, not the tch of "watch"
  [/(?<=[aeiou])g(?=lu$|an$)/gi, ''], // the Turkish soft ğ, silent (Imamoglu ইমামোলু, Erdogan এরদোয়ান)
  [/(?<=[aeo])ff?$/gi, 'v'], // a Russian -ov, -ev written as said (Smirnoff, Peskof: স্মিরনভ, পেসকভ)
  // a long name's final d said as t, as Russian spells it (Ashgabad আশগাবাত); not a short word's (Eid ঈদ: "at" meets
  // many words)
  [/(?<=[a-z]{4}[aeiou])d$/gi, 't'],
];

/** Longest acronym term (in code units) and most words of a name read for acronyms (see acronymNames). */
const MAX_ACRONYM_LENGTH = 12;
const MAX_ACRONYM_WORDS = 6;
/** A term in Bengali letters only. */
const BENGALI_WORD = /^[\u0980-\u09FF]+$/u;
const VIRAMA_SIGN = '\u09CD';
const NUKTA_SIGN = '\u09BC';
/** Vowel signs (া … ৌ), which belong to the letter before them. */
const VOWEL_SIGN = /[\u09BE-\u09CC\u09D7]/u;

/**
 * The first letter of a Bengali word as an acronym takes it: the consonant with its nukta, the consonants joined to it
 * (প্র, স্ব), and its vowel sign (বি, ঢা); or an independent vowel.
 */
function firstLetterOf(term: string): string {
  let end = 1;
  if (term[end] === NUKTA_SIGN) end++;
  while (term[end] === VIRAMA_SIGN && end + 1 < term.length) {
    end += 2;
    if (term[end] === NUKTA_SIGN) end++;
  }
  if (term[end] !== undefined && VOWEL_SIGN.test(term[end]!)) end++;
  return term.slice(0, end);
}

/** Words whose Latin expansion is remembered (see latinMemo). */
const EXPANSION_MEMO = 20_000;
/** ঁ, the nasal sign a Latin spelling writes as n (see byNasalKey). */
const CHANDRABINDU = '\u0981';
/** A term ending in a vowel sign or letter (the stemmer may have taken a র, রা or টি after it: ঘিওর → ঘিও). */
/** A term ending in an independent vowel letter (জুলাই, নরও: see latinMatches). */
const INDEPENDENT_VOWEL_FINAL = /[\u0985-\u0994]$/u;
/** র + virama + য: a reph over য-ফলা (see the Vocabulary constructor). */
const REPH_YA = 'র্য';
const VOWEL_FINAL = /[\u09BE-\u09CC\u0985-\u0994]$/u;
/**
 * The skeleton an ending the stemmer strips after a vowel sign adds back (see byKeyWithEnding): র (-র, -রা) and ট (-টি).
 * (-এর after a consonant is left out: কাদের → কাদ would meet Quader, but every consonant-final term then meets Latin
 * words in -er, and romanized ajker found আয়োজক: measured, one more off-topic question answered.)
 */
const STRIPPED_ENDINGS = ['r', 't'];

/** Shortest part (in letters) that counts as a word inside a compound. */
const MIN_COMPOUND_PART = 2;
/** Shortest part of a compound split into two index terms (short parts make chance splits: কম+লা). */
const MIN_SPLIT_PART = 3;
/** A compound's second part this long (in letters) makes a two-letter first part a word of its own too (see splitCompound). */
const LONG_SPLIT_TAIL = 4;

/** Does a new letter (consonant or independent vowel, not the second half of a conjunct) start at s[i]? */
function startsLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const letter = (c >= 0x0985 && c <= 0x0994) || (c >= 0x0995 && c <= 0x09b9) || c === 0x09ce || (c >= 0x09dc && c <= 0x09df);
  return letter && s.charCodeAt(i - 1) !== 0x09cd;
}

/** An adder into `out` that keeps the highest confidence seen for each term. */
function keepBest(out: Map<string, number>): (term: string, weight: number) => void {
  return (t, w) => {
    if ((out.get(t) ?? 0) < w) out.set(t, w);
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every string one deletion away from `s`. */
function deletions(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * Are the Bengali vowels the Latin ones with some a and o left out (the inherent vowel Bengali does not write:
 * Karatoya করতোয়া, o-a of a-a-o-a)?
 */
function skipsOnlyInherent(latin: string, bengali: string): boolean {
  let j = 0;
  for (let i = 0; i < latin.length; i++) {
    if (j < bengali.length && latin[i] === bengali[j]) j++;
    else if (latin[i] !== 'a' && latin[i] !== 'o') return false;
  }
  return j === bengali.length;
}
