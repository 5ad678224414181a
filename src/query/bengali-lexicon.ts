/**
 * What the bilingual lexicon tells about Bengali words, read once per lexicon: the kind of each analysed Bengali form
 * (entity, topic, general) and Bengali synonyms (forms listed under the same English entry, and Bengali's own
 * paraphrase groups from bn-synonyms.tsv). Every Bengali form is run through the analysis chain exactly once. Rows of
 * en-bn.translation-only.tsv are left out (see LexiconEntry.translationOnly).
 */
import { analyzeTerms } from '../text/analyze.js';
import { isCitationForm } from '../text/verbs.js';
import { loadBengaliSynonyms } from './bn-synonyms.js';
import type { Lexicon } from './lexicon.js';

/**
 * What a word is, as far as the lexicon tells: a name, place or organisation ("entity") or a subject noun ("topic":
 * ceasefire, population, nuclear) — when the index never mentions either, the coverage most likely does not answer; a
 * verb, adjective or other general word ("general" — when unmatched it is likely a paraphrase of what the source says);
 * or a word we cannot place ("unknown").
 */
export type ConceptKind = 'entity' | 'topic' | 'general' | 'unknown';

const ENTITY_CATEGORIES = new Set(['country', 'city', 'region', 'organization', 'person', 'nationality']);
const TOPIC_CATEGORIES = new Set(['noun', 'politics', 'security', 'economy', 'time', 'number']);

/** The kind a lexicon category implies. */
export function kindOf(category: string): ConceptKind {
  return ENTITY_CATEGORIES.has(category) ? 'entity' : TOPIC_CATEGORIES.has(category) ? 'topic' : 'general';
}

/** When one Bengali form stands for several lexicon entries, the most specific kind wins. */
const KIND_RANK: Record<ConceptKind, number> = { entity: 3, topic: 2, general: 1, unknown: 0 };

/** Words listed under more entries than this are too ambiguous to widen with synonyms. */
const MAX_SENSES = 5;

export interface BengaliView {
  /** Analysed Bengali term → its kind. */
  kinds: Map<string, ConceptKind>;
  /**
   * Analysed Bengali term → terms that say the same thing (president → প্রেসিডেন্ট | রাষ্ট্রপতি; sign → সই | স্বাক্ষর),
   * so a Bengali question in one wording reaches a source in the other.
   */
  synonyms: Map<string, Set<string>>;
  /**
   * Analysed Bengali term → the several-word forms listed beside it under one sense (ডিসি → জেলা প্রশাসক, আইএমএফ →
   * আন্তর্জাতিক মুদ্রা তহবিল): the source may spell out what the question abbreviates, or name it in full.
   */
  phrases: Map<string, string[][]>;
  /** The reverse of `phrases`: a several-word form (its analysed terms joined by a space) → the one-word forms beside it. */
  byPhrase: Map<string, string[]>;
  /**
   * A several-word form (its analysed terms joined by a space) → the words another form of the same sense puts in place
   * of one of its words, by position: আগের মৌসুম beside গত মৌসুম lets আগের stand for গত before মৌসুম, and nowhere else.
   */
  swaps: Map<string, Array<[number, string]>>;
  /** The analysed one-word forms of the country rows, translation-only ones too (see homeCountryOf). */
  countries: string[];
}

/** The reverse of a view's phrase synonyms (see BengaliView.byPhrase). */
function byPhraseOf(phrases: Map<string, string[][]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [term, list] of phrases) {
    for (const phrase of list) {
      const key = phrase.join(' ');
      out.set(key, [...(out.get(key) ?? []), term]);
    }
  }
  return out;
}

/**
 * Adds to `out` the one-word swaps between the several-word forms of one sense (see BengaliView.swaps): forms of the
 * same length that differ in exactly one word, not counting a light verb each puts in its own place (যোগ দেওয়া beside
 * অংশ নেওয়া: যোগ stands for অংশ).
 */
function addSwaps(out: Map<string, Array<[number, string]>>, forms: readonly string[][]): void {
  for (const a of forms) {
    for (const b of forms) {
      if (a === b || a.length !== b.length) continue;
      const differ = a.flatMap((t, k) => (t === b[k] || (isCitationForm(t) && isCitationForm(b[k]!)) ? [] : [k]));
      if (differ.length !== 1) continue;
      const k = differ[0]!;
      const key = a.join(' ');
      const list = out.get(key) ?? [];
      if (!list.some(([at, t]) => at === k && t === b[k])) list.push([k, b[k]!]);
      out.set(key, list);
    }
  }
}

/** Longest several-word form kept as a phrase synonym, in analysed terms. */
const MAX_PHRASE_TERMS = 4;

const cache = new WeakMap<Lexicon, BengaliView>();

/** The Bengali view of a lexicon (memoised per lexicon). */
export function bengaliView(lexicon: Lexicon): BengaliView {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const kinds = new Map<string, ConceptKind>();
  const senses = new Map<string, string[][]>();
  const phraseForms = new Map<string, string[][]>();
  const countries = new Set<string>();
  const swaps = new Map<string, Array<[number, string]>>();
  for (const entry of lexicon.entries) {
    const country = entry.category === 'country';
    // A translation-only row tells how an English word may be written in Bengali, not what a Bengali word is (though its
    // forms of a country name the country: see homeCountryOf).
    if (entry.translationOnly && !country) continue;
    // Each form analysed once, per sense: only forms of one sense are synonyms (fire: আগুন ≡ অগ্নিকাণ্ড, never গুলি).
    const analysed = (entry.senses ?? [entry.bengali]).map((sense) => sense.map((form) => analyzeTerms(form)));
    const bySense = analysed.map((forms) => forms.filter((f) => f.length === 1).map((f) => f[0]!));
    if (country) for (const term of bySense.flat()) countries.add(term);
    if (entry.translationOnly) continue;
    const kind = kindOf(entry.category);
    for (const term of bySense.flat()) {
      if (KIND_RANK[kind] > KIND_RANK[kinds.get(term) ?? 'unknown']) kinds.set(term, kind);
    }
    if (entry.category === 'question') continue;
    bySense.forEach((terms, k) => {
      const phrases = analysed[k]!.filter((p) => p.length > 1 && p.length <= MAX_PHRASE_TERMS);
      addSwaps(swaps, phrases);
      for (const term of new Set(terms)) {
        const list = senses.get(term) ?? [];
        list.push(terms);
        senses.set(term, list);
        const own = phrases.filter((p) => !p.includes(term));
        if (own.length) phraseForms.set(term, [...(phraseForms.get(term) ?? []), ...own]);
      }
    });
  }
  const synonyms = new Map<string, Set<string>>();
  const phrases = new Map<string, string[][]>();
  for (const [term, lists] of senses) {
    if (lists.length > MAX_SENSES) continue;
    const others = new Set(lists.flat().filter((o) => o !== term));
    if (others.size) synonyms.set(term, others);
    const spelt = phraseForms.get(term);
    if (spelt) phrases.set(term, [...new Map(spelt.map((p) => [p.join(' '), p])).values()]);
  }
  // Bengali's own paraphrase groups (bn-synonyms.tsv): one-word forms, as analysed terms; a group's several-word forms
  // (গত বছর beside গতবার) are phrases of its one-word forms, as the lexicon's are.
  for (const group of loadBengaliSynonyms().groups) {
    const analysed = group.map((form) => analyzeTerms(form));
    const terms = [...new Set(analysed.filter((f) => f.length === 1).map((f) => f[0]!))];
    const several = analysed.filter((f) => f.length > 1 && f.length <= MAX_PHRASE_TERMS);
    addSwaps(swaps, several);
    for (const term of terms) {
      const set = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) set.add(other);
      if (set.size) synonyms.set(term, set);
      const own = several.filter((p) => !p.includes(term) && !(phrases.get(term) ?? []).some((q) => q.join(' ') === p.join(' ')));
      if (own.length) phrases.set(term, [...(phrases.get(term) ?? []), ...own]);
    }
  }
  const view = { kinds, synonyms, phrases, byPhrase: byPhraseOf(phrases), swaps, countries: [...countries] };
  cache.set(lexicon, view);
  return view;
}

/** Version of BengaliViewJSON's shape: the start-up cache keys on it, so a view saved in an older shape is rebuilt. */
export const BENGALI_VIEW_FORMAT = 'bengali-view-5';

/** Serialisable form of a BengaliView (for the start-up cache). */
export interface BengaliViewJSON {
  kinds: Array<[string, ConceptKind]>;
  synonyms: Array<[string, string[]]>;
  phrases: Array<[string, string[][]]>;
  swaps: Array<[string, Array<[number, string]>]>;
  countries: string[];
}

export function bengaliViewToJSON(view: BengaliView): BengaliViewJSON {
  return {
    kinds: [...view.kinds],
    synonyms: [...view.synonyms].map(([t, s]) => [t, [...s]]),
    phrases: [...view.phrases],
    swaps: [...view.swaps],
    countries: view.countries,
  };
}

/**
 * Installs a view read back from the start-up cache, so the first question does not pay for analysing every lexicon
 * form (about a fifth of a second). The caller keys the cache by the lexicon's content and the analysis version.
 */
export function installBengaliView(lexicon: Lexicon, json: BengaliViewJSON): void {
  if (!Array.isArray(json?.countries) || !Array.isArray(json.swaps)) throw new Error('saved Bengali view of another shape'); // the caller builds it
  const phrases = new Map(json.phrases);
  cache.set(lexicon, {
    kinds: new Map(json.kinds),
    synonyms: new Map(json.synonyms.map(([t, s]) => [t, new Set(s)])),
    phrases,
    byPhrase: byPhraseOf(phrases),
    swaps: new Map(json.swaps),
    countries: json.countries,
  });
}
