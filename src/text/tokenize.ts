/**
 * Word segmentation that remembers where each word sits in the ORIGINAL string, so highlighting
 * can slice the source verbatim. Normalisation happens per token (`norm`), never on the whole
 * string, because normalisation changes lengths.
 */
import { normalize } from './normalize.js';
import { memoize } from './memo.js';

/** One word of the original text. */
export interface Token {
  /** The word exactly as it appears in the original (`original.slice(start, end)`). */
  text: string;
  /** `normalize(text)`: the form used for matching. */
  norm: string;
  /** UTF-16 offset of the first code unit in the original string. */
  start: number;
  /** UTF-16 offset one past the last code unit in the original string. */
  end: number;
}

/**
 * A candidate word: starts with a letter or digit, continues with letters, marks, digits and the
 * invisible format characters that keyboards and CMSs leave INSIDE Bengali words (ZWJ, ZWNJ,
 * ZWSP, soft hyphen, word joiner, BOM). Punctuation — danda, quotes, hyphens, brackets — ends it.
 * Leading marks are excluded on purpose: a stray vowel sign before a word ("েএই") is not part of it.
 */
const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*/gu;

/** Characters that can join the parts of a hyphen compound (ASCII hyphen and Unicode dashes). */
const JOINING_DASH = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;

/** bn = Bengali letters/signs, latin = other letters, digit = ASCII or Bengali digits, neutral = joins either side. */
type Script = 'bn' | 'latin' | 'digit' | 'neutral';

function scriptOf(code: number): Script {
  if (code >= 0x09e6 && code <= 0x09ef) return 'digit';
  if (code >= 0x0980 && code <= 0x09ff) return 'bn';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if (code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return 'neutral';
  return 'latin';
}

/**
 * Bengali letters never share a token with Latin letters or with digits ("ISএর" → "IS" + "এর",
 * "১৭০টি" → "১৭০" + "টি"), so "170" typed in a query meets "১৭০টি" in a passage. Latin letters and
 * digits stay together ("G20", "S-400" parts) because there the digits are part of a name.
 */
function breaksBetween(a: Script, b: Script): boolean {
  if (a === b) return false;
  return a === 'bn' || b === 'bn';
}

/** Splits one letter run where `breaksBetween` says so. */
function splitByScript(run: string, offset: number, out: Token[]): void {
  let pieceStart = 0;
  let current: Script = 'neutral';
  for (let i = 0; i < run.length; i++) {
    const script = scriptOf(run.charCodeAt(i));
    if (script === 'neutral') continue;
    if (current !== 'neutral' && breaksBetween(current, script)) {
      pushToken(run.slice(pieceStart, i), offset + pieceStart, out);
      pieceStart = i;
    }
    current = script;
  }
  pushToken(run.slice(pieceStart), offset + pieceStart, out);
}

/** normalize per word, memoised: at 100k passages it was the largest single cost of indexing. */
const normalizeWord = memoize(normalize, 200_000);

function pushToken(text: string, start: number, out: Token[]): void {
  const norm = normalizeWord(text);
  if (norm.length === 0) return;
  out.push({ text, norm, start, end: start + text.length });
}

/**
 * Splits `original` into words. Words are runs of Bengali letters+signs+digits or of Latin
 * letters+digits (Bengali letters are split from digits and from Latin); all punctuation (danda, quotes, commas, brackets, hyphens, …) separates words.
 * Offsets refer to `original`; `norm` is `normalize(text)`.
 */
export function tokenize(original: string): Token[] {
  const out: Token[] = [];
  for (const m of original.matchAll(WORD_RUN)) {
    splitByScript(m[0], m.index ?? 0, out);
  }
  return out;
}

/**
 * Hyphen-joined compounds (ইরান-রাশিয়া, আল-আসাদের, ইরান–সমর্থিত with an en dash) as single
 * tokens, so the index can hold them whole as well as split. Only parts joined by exactly one
 * dash character with no spaces count. `norm` uses ASCII "-" whatever dash the source used.
 */
export function hyphenCompounds(original: string): Token[] {
  const words = tokenize(original);
  return compoundGroups(original, words).map(([first, last]) => {
    const start = words[first].start;
    const end = words[last].end;
    const text = original.slice(start, end);
    return { text, norm: normalize(text), start, end };
  });
}

/** True when `words[i]` is joined to `words[i - 1]` by exactly one dash and nothing else. */
export function joinedToPrevious(original: string, words: readonly Token[], i: number): boolean {
  return i > 0 && i < words.length && JOINING_DASH.test(original.slice(words[i - 1].end, words[i].start));
}

/** Index ranges [first, last] (inclusive, at least two words) of the hyphen compounds in `words`. */
export function compoundGroups(original: string, words: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i <= words.length; i++) {
    if (joinedToPrevious(original, words, i)) continue;
    if (i - first >= 2) out.push([first, i - 1]);
    first = i;
  }
  return out;
}
