/**
 * Sentence boundaries in Bengali news text: danda (।), ॥, ? and !, and a period that ends a sentence (not a decimal point
 * or an abbreviation such as "ড." or "U.S."). A quotation stays with its sentence: a terminator inside open quotes does not
 * cut, and closing quotes after a terminator belong to the sentence they close.
 */
import type { Span } from './types.js';

const OPEN = new Set(['“', '‘', '«', '(', '[']);
const CLOSE: Record<string, string> = { '”': '“', '’': '‘', '»': '«', ')': '(', ']': '[' };
const TERMINATOR = new Set(['।', '॥', '?', '!', '.', '؟']);
const TRAILING = new Set(['।', '॥', '?', '!', '.', '”', '’', '"', "'", '»', ')', ']', ' ', '\u00a0']);
/** Longest span a quotation may hold together before its quotes are treated as unbalanced noise. */
const MAX_QUOTED = 700;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/** A period that does not end a sentence: decimals (1.7), initials and short abbreviations (ড., মো., U.S., Mr.). */
function isAbbreviationPeriod(text: string, i: number): boolean {
  if (/[0-9০-৯]/u.test(text[i + 1] ?? '')) return true;
  if (!isSpace(text[i + 1]) && !/["'”’)]/u.test(text[i + 1] ?? '')) return true;
  let j = i;
  while (j > 0 && !isSpace(text[j - 1])) j--;
  const word = text.slice(j, i);
  const letters = [...word.replace(/[.\u09BC\u09BE-\u09CD\u09D7]/gu, '')];
  return letters.length <= 2 || /^(mr|mrs|ms|dr|st|jr|sr|prof|gen|col|lt|no|vs)$/i.test(word);
}

function split(text: string, base: number, honourQuotes: boolean): Span[] {
  const spans: Span[] = [];
  const stack: string[] = [];
  let start = 0;
  let asciiDouble = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (honourQuotes) {
      if (OPEN.has(ch)) stack.push(ch);
      else if (CLOSE[ch] && stack[stack.length - 1] === CLOSE[ch]) stack.pop();
      else if (ch === '"') asciiDouble = !asciiDouble;
    }
    // A quotation that ends with its own terminator (“… যাব।”) ends the sentence when it closes.
    const closesQuotedSentence =
      honourQuotes && (CLOSE[ch] !== undefined || ch === '"') && stack.length === 0 && !asciiDouble && TERMINATOR.has(text[i - 1] ?? '');
    if (!closesQuotedSentence) {
      if (!TERMINATOR.has(ch) || stack.length > 0 || asciiDouble) continue;
      if (ch === '.' && isAbbreviationPeriod(text, i)) continue;
    }
    let end = i + 1;
    while (end < text.length && TRAILING.has(text[end]!)) {
      const c = text[end]!;
      // A straight quote after a space, before a word, opens the next sentence's quotation (টাকা। "এই দামে …).
      if ((c === '"' || c === "'") && isSpace(text[end - 1]) && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) break;
      if (CLOSE[c] && stack[stack.length - 1] === CLOSE[c]) stack.pop();
      end++;
    }
    spans.push({ start: base + start, end: base + end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push({ start: base + start, end: base + text.length });
  return spans;
}

function trim(source: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && isSpace(source[start])) start++;
  while (end > start && isSpace(source[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Splits one paragraph (a span of `source`) into sentence spans, trimmed, covering every word of the paragraph.
 * Fragments without letters (a stray "।") are merged into the sentence before them.
 */
export function splitSentences(source: string, paragraph: Span): Span[] {
  const text = source.slice(paragraph.start, paragraph.end);
  let spans = split(text, paragraph.start, true);
  // Unbalanced quotes can glue a whole paragraph together; past a sane length, cut at terminators regardless.
  spans = spans.flatMap((s) =>
    s.end - s.start > MAX_QUOTED ? split(source.slice(s.start, s.end), s.start, false) : [s],
  );
  const out: Span[] = [];
  for (const raw of spans) {
    const s = trim(source, raw);
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev && !/\p{L}/u.test(source.slice(s.start, s.end))) prev.end = s.end;
    else out.push(s);
  }
  return out;
}
