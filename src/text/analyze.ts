/**
 * The whole text-analysis chain in one place, used IDENTICALLY for passages (index time) and
 * questions (query time): tokenize → normalize → drop stopwords (unstemmed) → stem.
 * Hyphen compounds (ইরান-রাশিয়া) are emitted whole as well as split.
 */
import { normalize } from './normalize.js';
import { memoize } from './memo.js';
import { stemBengali } from './stem.js';
import { isStopword } from './stopwords.js';
import { compoundGroups, joinedToPrevious, tokenize, type Token } from './tokenize.js';

/**
 * Bump whenever any part of the chain (normalize, tokenize, stopwords, stem) changes its output:
 * saved indexes are keyed by it and must be rebuilt.
 */
export const ANALYSIS_VERSION = 'bn-analysis-36';

/** One index/query term with its place in the original text. */
export interface AnalyzedTerm {
  /** Normalised, stemmed form used for matching. */
  term: string;
  /** The original text of the word (`original.slice(start, end)`). */
  surface: string;
  start: number;
  end: number;
  /** True for a whole hyphen compound, which is emitted in addition to its parts. */
  compound?: boolean;
}

/**
 * Case endings and clitics that writers hyphenate onto numbers, acronyms and Latin names
 * ("২০২২-এর", "BRICS-এর", "IAEA-কে"). Such a part is an inflection of the word before it, not a
 * word of its own: it is neither emitted as a term nor kept in the compound.
 */
const HYPHENATED_INFLECTIONS: ReadonlySet<string> = new Set(
  ['এর', 'র', 'ের', 'কে', 'তে', 'য়', 'য়ে', 'য়ের', 'এ', 'ও', 'ই', 'রা', 'দের', 'টি', 'টা', 'গুলো', 'গুলি', 'সহ'].map((w) => normalize(w)),
);

/** stemBengali, memoised: most tokens of a large corpus repeat. */
const stem = memoize(stemBengali, 200_000);

function isHyphenatedInflection(original: string, tokens: readonly Token[], i: number): boolean {
  return HYPHENATED_INFLECTIONS.has(tokens[i].norm) && joinedToPrevious(original, tokens, i);
}

/**
 * Analyses `original` into terms, in text order; a compound comes just before its first part.
 * Stopwords are dropped from the single-word terms only (a compound keeps all its parts, each
 * stemmed: "ইরান-রাশিয়ার" → "ইরান-রাশিয়া").
 */
export function analyze(original: string): AnalyzedTerm[] {
  const tokens = tokenize(original);
  const inflection = tokens.map((_, i) => isHyphenatedInflection(original, tokens, i));
  const compoundAt = new Map<number, AnalyzedTerm>();
  for (const [first, last] of compoundGroups(original, tokens)) {
    const parts: string[] = [];
    for (let i = first; i <= last; i++) if (!inflection[i]) parts.push(stem(tokens[i].norm));
    if (parts.length < 2) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    compoundAt.set(first, { term: parts.join('-'), surface: original.slice(start, end), start, end, compound: true });
  }
  const out: AnalyzedTerm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const compound = compoundAt.get(i);
    if (compound) out.push(compound);
    const t = tokens[i];
    if (inflection[i] || isStopword(t.norm)) continue;
    out.push({ term: stem(t.norm), surface: t.text, start: t.start, end: t.end });
  }
  return out;
}

/** Just the terms of `analyze(text)` — what an index or a query matcher consumes. */
export function analyzeTerms(text: string): string[] {
  return analyze(text).map((t) => t.term);
}

/** The one term `text` analyses to, or undefined when it yields none or several (a lexicon form that is a single word). */
export function singleTerm(text: string): string | undefined {
  const terms = analyzeTerms(text);
  return terms.length === 1 ? terms[0] : undefined;
}

/**
 * Is an analysed term a year (1971, 2024: digits from 1900 to 2099)? A question's year is a constraint as firm as a
 * name: deaths in 2019 are not deaths this year.
 */
export function isYearTerm(term: string): boolean {
  return YEAR_TERM.test(term);
}

const YEAR_TERM = /^(?:19|20)[0-9]{2}$/u;
