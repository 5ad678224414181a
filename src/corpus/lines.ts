/** A source's lines, and what a line reads as: running text, a headline, a label. Shared by the furniture rules. */
import { analyzeTerms } from '../text/analyze.js';
import type { Span } from './types.js';

/** A line of the source with its offsets; `text` is trimmed. */
export interface Line extends Span {
  text: string;
}

/**
 * A pattern over NFC text (which writes য় ড় ঢ় as letter + nukta, whatever the page typed): the lines are tested in NFC.
 */
export function nfc(pattern: string, flags = 'u'): RegExp {
  return new RegExp(pattern.normalize('NFC'), flags);
}

/** Holds a letter of any script. */
export const HAS_LETTER = /[\p{L}]/u;
/** Ends as a sentence does (a closing quote or bracket after its mark aside). */
export const SENTENCE_END = /[।?!.॥]['"’”)\]]*$/u;
/** A bare number, as a list numbers its items (১, 2.). */
export const NUMBER_ONLY = /^[\d০-৯]+[.)]?$/u;

/** Words of a line, as spaces part them. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Most words of a headline (of the page's other stories, or a sidebar's). */
export const HEADLINE_WORDS = 14;

/**
 * A line that reads as a headline, not as the report's text: short, and without a danda (a headline may ask, "…
 * সম্ভাবনা কতটা?").
 */
export function isHeadlineLike(line: string): boolean {
  return !/[।॥]/u.test(line) && wordCount(line) <= HEADLINE_WORDS;
}

/** True for a full sentence of running text — what an article body is made of. */
export function isBodySentence(line: string): boolean {
  return SENTENCE_END.test(line) && wordCount(line) >= 6;
}

/** Splits a source into trimmed, non-empty lines with offsets. */
export function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ text, start: m.index + lead, end: m.index + lead + text.length });
  }
  return lines;
}

/** How many lines from the report's first sentence on its headline is compared with. */
const LEAD_LINES = 2;

/**
 * What of a line counts as its words: its analysed terms, or those without numbers (for telling other stories'
 * headlines apart: ২ হাজার টাকা in another story's headline is no word of this one's; a page's own headline restates
 * its lead's figures, ৪২ ডিগ্রি, and they count for choosing it).
 */
export interface WordsOf {
  numbers: boolean;
}

function wordsOf(line: Line, { numbers }: WordsOf): string[] {
  const terms = analyzeTerms(line.text);
  return numbers ? terms : terms.filter((t) => !/^[0-9০-৯.,]+$/u.test(t));
}

/** The words of the report's first lines (from `firstBody`): what its own headline restates. */
export function leadWords(lines: readonly Line[], firstBody: number, words: WordsOf): ReadonlySet<string> {
  return new Set(firstBody < 0 ? [] : lines.slice(firstBody, firstBody + LEAD_LINES).flatMap((l) => wordsOf(l, words)));
}

/** How many of the lead's words a line states. */
export function sharedWithLead(line: Line, lead: ReadonlySet<string>, words: WordsOf): number {
  return new Set(wordsOf(line, words).filter((t) => lead.has(t))).size;
}
