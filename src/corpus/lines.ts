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

/** The page's copyright line (© ২০২৫ সর্বস্বত্ব সংরক্ষিত | X): it ends the article and names the site. */
export const COPYRIGHT_LINE = /^(©|স্বত্ব|সর্বস্বত্ব|copyright\b)/iu;

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

/**
 * Splits a source into trimmed, non-empty lines with offsets — a hard-wrapped source's paragraphs joined back into one
 * line each (see unwrap).
 */
export function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ text, start: m.index + lead, end: m.index + lead + text.length });
  }
  return unwrap(lines, source);
}

/** Widest a hard-wrapped source's lines run (copied from a PDF, an e-paper or a terminal: 60–100 columns). */
const MAX_WRAP_WIDTH = 120;
/** A wrapped line fills most of the width; the last line of its paragraph may be short. */
const WRAPPED_SHARE = 0.6;
/** So many wrapped lines make a source hard-wrapped. */
const MIN_WRAPPED_LINES = 3;

/**
 * A hard-wrapped source (every line cut at a fixed width, sentences running on over the line breaks) read as its
 * paragraphs. In a source whose longest line is at most MAX_WRAP_WIDTH and which holds lines that fill most of the width
 * and end no sentence, a paragraph is a run of such full lines (ending a sentence or not: the cut may fall after a
 * danda, inside a quotation) and the line after them, with no blank line between; the run is joined up to its last line
 * that ends a sentence, provided a line before that ends none. A run that reaches no sentence end (a headline over its
 * byline and dateline) stays as it is. Sources whose paragraphs stand on one line each are left alone: their longest
 * line is wider than any wrap.
 */
function unwrap(lines: Line[], source: string): Line[] {
  const width = Math.max(0, ...lines.map((l) => l.text.length));
  // (a line cut after মো. or ডা. ends no sentence)
  const endsSentence = (t: string) => SENTENCE_END.test(t) && !/(?:^|\s)[^\s.]{1,3}\.$/u.test(t);
  const full = (l: Line) => l.text.length >= WRAPPED_SHARE * width;
  const wraps = (l: Line) => full(l) && !endsSentence(l.text);
  if (width > MAX_WRAP_WIDTH || lines.filter(wraps).length < MIN_WRAPPED_LINES) return lines;
  const sameParagraph = (a: Line, b: Line) => !/\n[ \t\r]*\n/u.test(source.slice(a.end, b.start));
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && full(lines[j]!) && sameParagraph(lines[j]!, lines[j + 1]!)) j++;
    // the run's last line that ends a sentence, with a line before it that ends none
    let k = j;
    while (k > i && !(endsSentence(lines[k]!.text) && lines.slice(i, k).some((l) => !endsSentence(l.text)))) k--;
    if (k > i) {
      const { start } = lines[i]!;
      const { end } = lines[k]!;
      out.push({ start, end, text: source.slice(start, end) });
      i = k + 1;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
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
