/**
 * English→Bengali lexicon kept as data (en-bn.tsv) so that English questions can reach Bengali
 * text without any hosted model. Matching is by English lemma key, so inflected question words
 * ("treaties", "signed", "visited") hit their dictionary entry without listing every form.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENGLISH_LEMMA_VERSION, ENGLISH_STOPWORDS, englishBase, englishLemma } from './english.js';
import { dataLines, splitForms } from './tsv.js';
import { kindOf } from './bengali-lexicon.js';
import { memoize } from '../text/memo.js';
import { normalize } from '../text/normalize.js';

/** Categories a lexicon row may carry; a typo in the TSV is a load error, not a silent new category. */
export const LEXICON_CATEGORIES = [
  'country', 'nationality', 'city', 'region', 'organization', 'person', 'time', 'number',
  'politics', 'security', 'economy', 'verb', 'question', 'noun', 'adjective', 'general',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** One TSV row after validation. */
export interface LexiconEntry {
  /** Lowercase English lemma or phrase, e.g. "prime minister". */
  english: string;
  /** Bengali forms as written in news, most typical first. */
  bengali: string[];
  /**
   * The forms grouped by sense, when the English word has several (fire: আগুন | অগ্নিকাণ্ড; গুলি; বরখাস্ত — the TSV
   * separates groups with ";"): the English word reaches every form, but only forms of one sense are Bengali synonyms.
   * Absent when all forms are one sense.
   */
  senses?: string[][];
  category: LexiconCategory;
  /**
   * The row comes from en-bn.translation-only.tsv: it translates an English word for English questions, but says
   * nothing of Bengali words (see bengaliView): its forms are not vetted as paraphrases of one another (উপকূল is no
   * তীর), nor is a form it lists (গ্রুপ, for "faction") thereby another English word's, which a Latin word that sounds
   * like it (the Group of Bashundhara Group) must not reach.
   */
  translationOnly?: true;
}

/** A lexicon hit over question tokens: tokens[from] … tokens[to - 1] (end exclusive). */
export interface LexiconMatch {
  english: string;
  from: number;
  to: number;
  bengali: string[];
  category: LexiconCategory;
}

export interface Lexicon {
  /**
   * Greedy longest-match lookup over question tokens (any case; punctuation at token edges ignored). `acronyms`: the
   * whole question reads words in capitals as acronyms (see readsAcronyms; by default judged from `tokens`).
   */
  lookup(tokens: string[], acronyms?: boolean): LexiconMatch[];
  /** English for a Bengali form exactly as listed in the lexicon (NFC), or undefined. */
  reverse(bengali: string): string | undefined;
  /** Like reverse, with the entry and whether the form is its primary (first-listed) form. */
  reverseEntry(bengali: string): { entry: LexiconEntry; primary: boolean } | undefined;
  /** Entry for an English lemma/phrase exactly as written in the TSV. */
  get(english: string): LexiconEntry | undefined;
  /** All entries in file order (the lead runs their Bengali side through the text analyzer). */
  readonly entries: readonly LexiconEntry[];
  /**
   * englishLemma of each entry's English (aligned with entries; an acronym's too): read from the saved rows at a warm
   * start, so the tables other modules build over the entries need not compute them again.
   */
  lemmaOfEntry(index: number): string;
  /** Number of entries. */
  readonly size: number;
  /** The TSV text it was read from (the start-up cache keys on it). */
  readonly source: string;
}

/** What an English word adds to its lemma when it only inflects it (publish → published, publishes, publishing). */
const INFLECTION = /^(?:|s|es|d|ed|ing)$/u;

/** Is the row's word longer than the question's word, other than as its plural (see bestByLemma)? */
function longerThanPlural(entryWord: string, word: string): boolean {
  return entryWord.length > word.length && entryWord !== `${word}s` && entryWord !== `${word}es`;
}

/** Single words that are lexicon entries only when written in capitals. */
const CAPS_ONLY = new Set(['us']);

const BENGALI_FORM = /^[\u0980-\u09FF\u200C\u200D -]+$/u;
/** An acronym as written: capitals only (WHO, AIMS, IT); in the lexicon, a row keyed so matches only so written. */
const ACRONYM = /^[A-Z]{2,}[0-9]*$/u;
const ENGLISH_KEY = new RegExp(`^(?:[a-z0-9][a-z0-9 .+&'-]*|${ACRONYM.source.slice(1, -1)})$`, 'u');

/** Is the word an acronym as written (WHO, IT, BPM6)? */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/**
 * Does a question tell an acronym from a shouted word: it has lowercase Latin letters or Bengali script elsewhere
 * ("according to WHO", "IT খাতের রপ্তানি")? (A question in capitals throughout says nothing.)
 */
export function readsAcronyms(tokens: readonly string[]): boolean {
  return tokens.some((t) => /[\p{Ll}\u0980-\u09FF]/u.test(t));
}

/**
 * Is the token an acronym (WHO, AIMS, IT) in a question that `readsAcronyms`? Such a token is a name, never the English
 * word it spells (who, aims, it).
 */
export function isAcronymToken(token: string, acronyms: boolean): boolean {
  return acronyms && isAcronym(trimEdges(token));
}

function trimEdges(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '').replace(/[’']s$/u, '');
}

const rowSchema = z.object({
  english: z.string().regex(ENGLISH_KEY, 'english must be lowercase latin letters/digits/phrase, or an acronym in capitals'),
  bengali: z.array(z.string().regex(BENGALI_FORM, 'bengali forms must be Bengali script')).min(1),
  category: z.enum(LEXICON_CATEGORIES),
});

const DEFAULT_FILE = fileURLToPath(new URL('./en-bn.tsv', import.meta.url));
/** Rows that translate English words only (see LexiconEntry.translationOnly); read with the default file. */
const TRANSLATION_ONLY_FILE = fileURLToPath(new URL('./en-bn.translation-only.tsv', import.meta.url));

/** Parse and validate TSV text; throws naming the first bad line. Exported for tests. */
export function parseLexiconTsv(text: string, fileLabel = 'en-bn.tsv'): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const { line, index: i } of dataLines(text)) {
    const cols = line.split('\t');
    const senses = (cols[1] ?? '').split(';').map(splitForms).filter((forms) => forms.length > 0);
    const candidate = {
      english: (cols[0] ?? '').trim(),
      bengali: senses.flat(),
      category: (cols[2] ?? '').trim(),
    };
    const parsed = rowSchema.safeParse(candidate);
    if (cols.length !== 3 || !parsed.success) {
      const why = cols.length !== 3 ? `expected 3 tab-separated columns, got ${cols.length}` : parsed.error?.issues.map((iss) => `${iss.path.join('.')}: ${iss.message}`).join('; ');
      throw new Error(`${fileLabel}:${i + 1}: invalid lexicon row (${why}): ${JSON.stringify(line)}`);
    }
    entries.push(senses.length > 1 ? { ...parsed.data, senses } : parsed.data);
  }
  return entries;
}

/** Lowercase, drop punctuation at the edges and a possessive 's: "Iran's" → "iran", "moscow?" → "moscow". */
function normalizeToken(token: string): string {
  // normalize lowercases and strips accents: "Bogotá" reaches the row "bogota"
  return trimEdges(normalize(token));
}

/** Hyphenated phrases are indexed both whole and split, since tokenizers differ on hyphens. */
function phraseVariants(english: string): string[][] {
  // (the plain splits first: this runs for every row at start-up, and most rows are one word without a hyphen)
  const words = english.includes('  ') ? english.split(/\s+/u) : english.split(' ');
  if (!english.includes('-')) return [words];
  const split = english.split(/[\s-]+/u);
  return split.length !== words.length ? [words, split] : [words];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The lemma keys of an entry's phrase variants (see phraseVariants), which byLemma files it under; none for an acronym. */
function lemmaKeysOf(entry: LexiconEntry): string[] {
  return isAcronym(entry.english) ? [] : phraseVariants(entry.english).map((words) => words.map(englishLemma).join(' '));
}

/**
 * Build an in-memory lexicon from parseLexiconTsv's entries (forms already NFC; duplicate English rows are merged), or
 * from saved rows with `savedKeys`, each merged entry's lemmaKeysOf (computing them is most of building the lexicon).
 */
function buildLexicon(rows: LexiconEntry[], source: string, savedKeys?: readonly string[][]): Lexicon {
  const byEnglish = new Map<string, LexiconEntry>();
  if (savedKeys) {
    // Saved rows were merged before they were saved.
    for (const row of rows) byEnglish.set(row.english, row);
  } else {
    for (const row of rows) {
      const existing = byEnglish.get(row.english);
      if (existing) {
        for (const form of row.bengali) if (!existing.bengali.includes(form)) existing.bengali.push(form);
      } else {
        byEnglish.set(row.english, { ...row, bengali: [...row.bengali] });
      }
    }
  }
  const entries = [...byEnglish.values()];

  // Two indexes: exact lowercase surface phrase, and lemma-key phrase. Several entries may share a
  // lemma key (Porter maps "news"/"new", "international"/"internal" together), so keep them all and
  // break ties at lookup time.
  const exact = new Map<string, LexiconEntry>();
  const byLemma = new Map<string, LexiconEntry[]>();
  let maxWords = 1;
  const keysOf = entries.map((entry, e) => savedKeys?.[e] ?? lemmaKeysOf(entry));
  entries.forEach((entry, e) => {
    // An acronym row (WHO) matches only the token so written, straight from byEnglish; every other row, any case.
    if (isAcronym(entry.english)) return;
    const keys = keysOf[e]!;
    phraseVariants(entry.english).forEach((words, v) => {
      maxWords = Math.max(maxWords, words.length);
      const surface = words.join(' ');
      if (!exact.has(surface)) exact.set(surface, entry);
      const key = keys[v] ?? words.map(englishLemma).join(' ');
      const list = byLemma.get(key);
      if (!list) byLemma.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    });
  });

  // Reverse index: a form that is an entry's primary (first) form beats one listed as a variant,
  // so "চুক্তি" glosses as "treaty" rather than as whichever later row also lists it.
  const reverseIndex = new Map<string, { entry: LexiconEntry; rank: number }>();
  for (const entry of entries) {
    entry.bengali.forEach((key, index) => {
      // Verbs share their noun's form (মিটিং/বৈঠক for "meet" and "meeting"); the noun or adjective
      // reads better as a gloss, so a verb's primary form ranks between primary and variant. A translation-only row
      // says how an English word may be put in Bengali, not what the Bengali word means (প্রকাশ is no "exposure",
      // তিনজন no "trio"): it glosses a word no other row lists, never as its primary sense.
      const rank = entry.translationOnly ? 2 + index : index > 0 ? 1 : entry.category === 'verb' ? 0.5 : 0;
      const current = reverseIndex.get(key);
      if (!current || rank < current.rank) reverseIndex.set(key, { entry, rank });
    });
  }

  function reverseEntry(bengali: string): { entry: LexiconEntry; primary: boolean } | undefined {
    const hit = reverseIndex.get(bengali.trim().normalize('NFC'));
    return hit ? { entry: hit.entry, primary: hit.rank < 1 } : undefined;
  }

  /**
   * The entry of several sharing a lemma key that the words mean, if any. A number or a name is reached only by its own
   * inflections: a number has no derivations ("Fortis" shares forty's stem and is no number), and a lowercase "bid" is
   * no form of BIDS, the institute listed as "bids"; a capitalised name reaches a plural name as its singular too
   * (Philippine → Philippines, Maldive → Maldives).
   */
  function bestByLemma(candidates: LexiconEntry[], words: string[], capitalised: boolean): LexiconEntry | undefined {
    let best: LexiconEntry | undefined;
    let bestScore = -1;
    const bases = words.map(englishBase);
    for (const candidate of candidates) {
      const cw = candidate.english.split(/[\s-]+/u);
      const inflects = inflectsEntry(bases, cw);
      const name = kindOf(candidate.category) === 'entity';
      if ((candidate.category === 'number' || name) && !inflects && !(name && capitalised && inflectsEntry(cw, bases))) continue;
      // A word of two letters is a code or a name (Li, UN): it reaches only its own row, not one it shares a stem with
      // (li and lies).
      if (!inflects && bases.some((b) => b.length <= 2)) continue;
      // Nor does a word reach a longer row that adds more than a plural to it: a row kept for a derived form holds that
      // form's own sense (out is no outing, down no downed aircraft, wonder nothing wonderful), while a row kept in the
      // plural is the word itself (hunter → hunters).
      if (bases.some((b, i) => longerThanPlural(cw[i] ?? '', b))) continue;
      // An entry the word inflects wins ("published" → publish, not publisher: both stem to "publish"); then the longest
      // shared prefix ("importance" → important, not import); then the shorter entry.
      const score = (inflects ? INFLECTS : 0) + bases.reduce((sum, b, i) => sum + commonPrefix(b, cw[i] ?? ''), 0);
      if (!best || score > bestScore || (score === bestScore && candidate.english.length < best.english.length)) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The entry an acronym reaches: a name (US, UN), or a row spelt as the acronym (odi, hsc, ceo) — not a word it only
   * inflects (AIMS is no form of "aim"), nor a function or question word (IT, WHO).
   */
  function asAcronym(entry: LexiconEntry | undefined, word: string): LexiconEntry | undefined {
    if (!entry || kindOf(entry.category) === 'entity') return entry;
    return entry.english === word && entry.category !== 'question' && !ENGLISH_STOPWORDS.has(word) ? entry : undefined;
  }

  function matchAt(words: string[], raw: string[]): LexiconEntry | undefined {
    if (words.some((w) => w === '')) return undefined;
    const hit = matchWords(words, raw) ?? (words.length === 1 ? comparativeOf(words[0]!) : undefined);
    // "vice-president" as one token still reaches "vice president".
    if (!hit && words.length === 1 && words[0].includes('-')) return matchWords(words[0].split('-').filter(Boolean), raw);
    return hit;
  }

  /**
   * "stronger", "biggest", "earlier": Porter keeps -er/-est, so the comparative and superlative of an adjective reach its
   * entry here, and only an adjective's (a "worker" is not more "work").
   */
  function comparativeOf(word: string): LexiconEntry | undefined {
    for (const base of comparativeBases(word)) {
      const entry = exact.get(base);
      if (entry?.category === 'adjective') return entry;
    }
    return undefined;
  }

  /** The one-word row spelt as `word`, or whose word `word` inflects (arrested → arrest). */
  function rowSpeltAs(word: string): LexiconEntry | undefined {
    return exact.get(word) ?? byLemma.get(englishLemma(word))?.find((e) => inflects(word, e.english));
  }

  /** The row the repairs of a word reach, when exactly one does. */
  function onlyRowOf(repairs: string[]): LexiconEntry | undefined {
    const rows = new Set(repairs.map(rowSpeltAs).filter((e) => e !== undefined));
    return rows.size === 1 ? [...rows][0] : undefined;
  }

  /** The row spelt as the words, or the one their lemmas reach (`raw`: the words as typed). */
  function entryOf(words: string[], raw: string[]): LexiconEntry | undefined {
    const exactHit = exact.get(words.join(' '));
    if (exactHit) return exactHit;
    const candidates = byLemma.get(words.map(englishLemma).join(' '));
    return candidates ? bestByLemma(candidates, words, raw.length > 0 && raw.every((r) => /^\p{Lu}/u.test(r))) : undefined;
  }

  function matchWords(words: string[], raw: string[]): LexiconEntry | undefined {
    if (words.length === 0) return undefined;
    // A row is kept in one spelling; the other English spelling reaches it too (sterilisation → sterilization).
    let hit = entryOf(words, raw);
    if (!hit) {
      const american = words.map(americanSpelling);
      if (american.some((w, i) => w !== words[i])) hit = entryOf(american, raw);
    }
    // On a miss, for one word: the commonest typo of all, a consonant typed once for twice or twice for once (arested,
    // comittee, untill), when exactly one repair is a row or an inflection of one (not inventted → invention); then a
    // compound's plural in -men, its -man row's (chairmen; Yemen and omen, rows or not, were looked up as written); then
    // two letters typed the wrong way round (univeristy, recieve), on the double letter's terms.
    if (!hit && words.length === 1) {
      const word = words[0]!;
      hit =
        onlyRowOf(doubleLetterRepairs(word)) ??
        (/^[a-z]{3,}men$/u.test(word) ? rowSpeltAs(`${word.slice(0, -3)}man`) : undefined) ??
        onlyRowOf(transpositionRepairs(word));
    }
    if (!hit) return undefined;
    // Function words ("may", "more", "with") are noise as single-token hits, except question words
    // and a capitalised mid-question "May" (the month).
    // A function word only ever hits an entry spelled like itself: "In" must not reach "innings" (both stem to "in").
    if (words.length === 1 && hit.category !== 'question' && ENGLISH_STOPWORDS.has(words[0])) {
      const original = raw[0] ?? '';
      if (!/^\p{Lu}/u.test(original) || hit.english !== words[0]) return undefined;
    }
    // "us" is the United States only when written "US" ("tell us" is a pronoun).
    if (words.length === 1 && CAPS_ONLY.has(words[0]) && raw[0] !== raw[0]?.toUpperCase()) return undefined;
    return hit;
  }

  const lexicon: Lexicon = {
    entries,
    // A one-word entry's first key is its lemma (a hyphenated word's whole form comes first: phraseVariants).
    lemmaOfEntry: (e) => (entries[e]!.english.includes(' ') ? undefined : keysOf[e]![0]) ?? englishLemma(entries[e]!.english),
    size: entries.length,
    source,
    get: (english) => byEnglish.get(english) ?? byEnglish.get(english.toLowerCase()),
    reverse: (bengali) => reverseEntry(bengali)?.entry.english,
    reverseEntry,
    lookup(typed, acronyms = readsAcronyms(typed)) {
      // "the us" is the country however it is typed: the article tells it from the pronoun.
      const tokens = typed.map((t, i) => (i > 0 && normalizeToken(t) === 'us' && normalizeToken(typed[i - 1]!) === 'the' ? 'US' : t));
      const words = tokens.map(normalizeToken);
      const matches: LexiconMatch[] = [];
      let i = 0;
      while (i < words.length) {
        let matched = false;
        for (let len = Math.min(maxWords, words.length - i); len >= 1; len--) {
          // An acronym is its own row or a name the lexicon does not know, never the word it spells (WHO, AIMS).
          const acronym = len === 1 && isAcronymToken(tokens[i]!, acronyms);
          const entry = acronym
            ? (byEnglish.get(trimEdges(tokens[i]!)) ?? asAcronym(matchAt(words.slice(i, i + 1), tokens.slice(i, i + 1)), words[i]!))
            : matchAt(words.slice(i, i + len), tokens.slice(i, i + len));
          if (entry) {
            matches.push({ english: entry.english, from: i, to: i + len, bengali: [...entry.bengali], category: entry.category });
            i += len;
            matched = true;
            break;
          }
        }
        if (!matched) i++;
      }
      return matches;
    },
  };
  builtKeys.set(lexicon, keysOf);
  return lexicon;
}

/** What an entry the words only inflect adds to its score in bestByLemma: more than any shared prefix can. */
const INFLECTS = 1000;

/**
 * British spellings and the American ones most rows are kept in: -ise/-isation (organise, sterilisation), -yse (analyse),
 * -our (labour, but not hour or four: a consonant and two letters before it), -tre (centre, metre), -ence of nouns the
 * American writes -ense (defence, licence, offence), -ogue (catalogue), -mme (programme). Tried only on a miss.
 */
const BRITISH_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1'],
  [/(?<=\w{2})ys(e|es|ed|ing)$/u, 'yz$1'],
  [/(?<=\w{2}[^aeiou])our(s|ed|ing|ite|ites|able)?$/u, 'or$1'],
  [/(?<=\w{2})tre(s)?$/u, 'ter$1'],
  [/(?<=(?:def|lic|off|pret))ence(s)?$/u, 'ense$1'],
  [/(?<=\w{3})ogue(s)?$/u, 'og$1'],
  [/(?<=\w{3}m)me(s)?$/u, '$1'],
];

/** Shortest word a double-letter typo is looked for in (shorter ones are names and abbreviations as often). */
const MIN_REPAIRED_WORD = 5;

/** The word with one consonant doubled, or one doubled consonant made single (arested → arrested, untill → until). */
export function doubleLetterRepairs(word: string): string[] {
  if (word.length < MIN_REPAIRED_WORD || !/^[a-z]+$/u.test(word)) return [];
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if ('aeiouy'.includes(c)) continue; // a doubled vowel is how names are spelt (Sayeed, Mahmood)
    if (c === word[i - 1]) out.add(word.slice(0, i) + word.slice(i + 1));
    else if (c !== word[i + 1] && i < word.length - 1) out.add(word.slice(0, i) + c + word.slice(i));
  }
  out.delete(word);
  return [...out];
}

/**
 * Shortest word a swap of two letters is looked for in: in shorter ones a swap more often makes another word of a name
 * or of romanized Bengali (Fatih → faith, gorom → groom, uttor → tutor) than it mends a typo.
 */
const MIN_TRANSPOSED_WORD = 6;

/** The word with two neighbouring letters swapped, each way it can be (recieve → receive, univeristy → university). */
export function transpositionRepairs(word: string): string[] {
  if (word.length < MIN_TRANSPOSED_WORD || !/^[a-z]+$/u.test(word) || ENGLISH_STOPWORDS.has(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

/** The American spelling of a British one (see BRITISH_SPELLINGS), or the word itself (remembered: asked per n-gram). */
export const americanSpelling: (word: string) => string = memoize((word) => {
  for (const [pattern, american] of BRITISH_SPELLINGS) {
    if (pattern.test(word)) return word.replace(pattern, american);
  }
  return word;
}, 20_000);

/**
 * Does each word (its base form) inflect the entry's word at the same place: the entry's word plus -s, -es, -d, -ed,
 * -ing, with English spelling's changes before -ed and -ing (operate → operating, ship → shipped, travel → travelling,
 * qualify → qualified)?
 */
function inflectsEntry(bases: readonly string[], entryWords: readonly string[]): boolean {
  return bases.every((b, i) => entryWords[i] !== undefined && inflects(b, entryWords[i]!));
}

function inflects(word: string, entry: string): boolean {
  if (word.startsWith(entry) && INFLECTION.test(word.slice(entry.length))) return true;
  const ending = /(?:ed|ing)$/u.exec(word)?.[0];
  if (ending === undefined) return false;
  const stem = word.slice(0, -ending.length);
  // a final e dropped (operating), a final consonant doubled (shipped, admitting), a final y written i (qualified)
  return (
    (entry.endsWith('e') && stem === entry.slice(0, -1)) ||
    (stem.length === entry.length + 1 && stem.startsWith(entry) && stem.at(-1) === entry.at(-1) && !/[aeiouy]/u.test(entry.at(-1)!)) ||
    (ending === 'ed' && entry.endsWith('y') && stem === `${entry.slice(0, -1)}i`)
  );
}

/** Possible positive forms of a comparative or superlative: stronger → strong, larger → large, bigger → big, earlier → early. */
export function comparativeBases(word: string): string[] {
  const m = /^([a-z]{2,}?)(?:er|est)$/u.exec(word);
  if (!m) return [];
  const stem = m[1]!;
  const bases = [stem, `${stem}e`];
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  if (/([^aeiou])\1$/u.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * English endings of a nationality and what the country's name ends in instead, tried in order (Kenyan → Kenya, Brazilian
 * → Brazil, Indian → India, Chilean → Chile, Chinese → China, Pakistani → Pakistan, Argentine → Argentina).
 */
const NATIONALITY_ENDINGS: ReadonlyArray<[string, string[]]> = [
  ['ian', ['ia', 'a', 'e', 'y', 'ium', '']],
  ['an', ['a', 'o', '']],
  ['ese', ['', 'a']],
  ['ine', ['ina']],
  ['i', ['']],
];

/**
 * The country a nationality belongs to, read from the lexicon's own country rows by English morphology, so that an
 * "Ugandan" question reaches উগান্ডার police without every nationality row listing its country's forms.
 */
export function countryOfNationality(lexicon: Pick<Lexicon, 'get'>, nationality: string): LexiconEntry | undefined {
  const word = nationality.toLowerCase();
  const irregular = IRREGULAR_NATIONALITIES.get(word);
  if (irregular !== undefined) return irregular.map((c) => lexicon.get(c)).find((e) => e?.category === 'country');
  // the people in the plural too (Cameroonians, Kenyans)
  return countryByEnding(lexicon, word) ?? (word.endsWith('s') ? countryByEnding(lexicon, word.slice(0, -1)) : undefined);
}

/** Nationalities no English ending leads to their country from (Portuguese → Portugal, Dutch → the Netherlands). */
const IRREGULAR_NATIONALITIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['portuguese', ['portugal']], ['dutch', ['netherlands', 'the netherlands']], ['swiss', ['switzerland']],
  ['french', ['france']], ['greek', ['greece']], ['thai', ['thailand']], ['danish', ['denmark']], ['welsh', ['wales']],
  ['scottish', ['scotland']], ['spanish', ['spain']], ['filipino', ['philippines', 'the philippines']],
  ['czech', ['czechia', 'czech republic']], ['norwegian', ['norway']], ['polish', ['poland']], ['swedish', ['sweden']],
  ['finnish', ['finland']], ['turkish', ['turkey', 'türkiye']], ['british', ['britain', 'united kingdom']],
  ['irish', ['ireland']], ['icelandic', ['iceland']], ['cypriot', ['cyprus']], ['malagasy', ['madagascar']],
  ['afghan', ['afghanistan']], ['kazakh', ['kazakhstan']], ['uzbek', ['uzbekistan']], ['kyrgyz', ['kyrgyzstan']],
  ['tajik', ['tajikistan']], ['turkmen', ['turkmenistan']], ['lebanese', ['lebanon']], ['emirati', ['united arab emirates']],
]);

/** The country row a nationality's English ending leads to (Kenyan → kenya), if the lexicon lists it. */
function countryByEnding(lexicon: Pick<Lexicon, 'get'>, word: string): LexiconEntry | undefined {
  for (const [ending, replacements] of NATIONALITY_ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const base = word.slice(0, -ending.length);
    for (const r of replacements) {
      const entry = lexicon.get(base + r);
      if (entry?.category === 'country') return entry;
    }
  }
  return undefined;
}

const cache = new Map<string, Lexicon>();

/** Is the default lexicon loaded already (by loadLexicon or installLexiconRows)? Then a start-up cache has nothing to add. */
export function defaultLexiconLoaded(): boolean {
  return cache.has(DEFAULT_FILE);
}

let defaultText: { source: string; more: string } | undefined;

/**
 * The default lexicon's text: en-bn.tsv, then its translation-only rows (a start-up cache keys on it). Read once: a cold
 * start keys the cache on it, then parses the same text (loadLexicon).
 */
export function defaultLexiconSource(): { source: string; more: string } {
  defaultText ??= { source: readFileSync(DEFAULT_FILE, 'utf8'), more: readFileSync(TRANSLATION_ONLY_FILE, 'utf8') };
  return defaultText;
}

/**
 * The default lexicon's rows as read, validated and merged: what a start-up cache saves, so that a warm start skips
 * parsing and validating some 16,000 rows (a third of a second, the largest share of a warm start). Bump
 * LEXICON_ROWS_FORMAT when LexiconEntry or the parse changes.
 */
export const LEXICON_ROWS_FORMAT = `lexicon-rows-2/${ENGLISH_LEMMA_VERSION}`;
export interface LexiconRowsJSON {
  format: string;
  entries: LexiconEntry[];
  /** Each entry's lemma keys (lemmaKeysOf): computing them is two thirds of building the lexicon. */
  lemmaKeys: string[][];
}

export function lexiconRowsToJSON(lexicon: Lexicon): LexiconRowsJSON {
  // (a Lexicon built elsewhere, a test's, has its keys computed here)
  const lemmaKeys = builtKeys.get(lexicon) ?? lexicon.entries.map(lemmaKeysOf);
  return { format: LEXICON_ROWS_FORMAT, entries: [...lexicon.entries], lemmaKeys };
}

/** The lemma keys buildLexicon filed each entry under (none for an acronym), kept for lexiconRowsToJSON. */
const builtKeys = new WeakMap<Lexicon, string[][]>();

/**
 * The default lexicon from saved rows (see lexiconRowsToJSON), registered as loadLexicon's so every later caller shares
 * it (one already loaded is kept, and the rows are not read). `text` is what the rows were read from
 * (defaultLexiconSource), which the caller's cache key already checked; throws on rows of another format or damaged.
 */
export function installLexiconRows(json: LexiconRowsJSON, text: { source: string; more: string }): Lexicon {
  const loaded = cache.get(DEFAULT_FILE);
  if (loaded) return loaded;
  const lexicon = lexiconFromRows(json, text);
  cache.set(DEFAULT_FILE, lexicon);
  return lexicon;
}

/**
 * A lexicon from saved rows, registered nowhere (installLexiconRows registers it); throws on rows of another format or
 * a damaged file.
 */
export function lexiconFromRows(json: LexiconRowsJSON, text: { source: string; more: string }): Lexicon {
  if (json?.format !== LEXICON_ROWS_FORMAT || !Array.isArray(json.entries) || !Array.isArray(json.lemmaKeys)) {
    throw new Error('saved lexicon rows of another format');
  }
  // The rows were validated when saved; a cheap check of their shape catches a file damaged since (zod over every row
  // again would cost much of what the cache saves).
  const categories = new Set<string>(LEXICON_CATEGORIES);
  const wellFormed = (e: LexiconEntry) =>
    typeof e?.english === 'string' && Array.isArray(e.bengali) && e.bengali.length > 0 && e.bengali.every((f) => typeof f === 'string') && categories.has(e.category);
  // (a key missing is computed again: see buildLexicon)
  const keysFit = (keys: string[]) => Array.isArray(keys) && keys.every((k) => typeof k === 'string');
  if (!json.entries.every(wellFormed) || json.lemmaKeys.length !== json.entries.length || !json.lemmaKeys.every(keysFit)) {
    throw new Error('saved lexicon rows damaged');
  }
  return buildLexicon(json.entries, text.source + text.more, json.lemmaKeys);
}

/**
 * Load (once per file) and validate the lexicon; a bad row throws an error naming its line. The default file comes with
 * its translation-only rows (en-bn.translation-only.tsv); another file is read alone.
 */
export function loadLexicon(file: string = DEFAULT_FILE): Lexicon {
  const cached = cache.get(file);
  if (cached) return cached;
  const { source, more } = file === DEFAULT_FILE ? defaultLexiconSource() : { source: readFileSync(file, 'utf8'), more: '' };
  const rows = parseLexiconTsv(source, file);
  for (const row of parseLexiconTsv(more, TRANSLATION_ONLY_FILE)) rows.push({ ...row, translationOnly: true });
  const lexicon = buildLexicon(rows, source + more);
  cache.set(file, lexicon);
  return lexicon;
}
