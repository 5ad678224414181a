/**
 * Page furniture: the navigation, comment prompts, photo credits and sidebar headline lists that scrapers leave around an
 * article. General rules over lines (never line numbers), so any article dropped into the corpus is cleaned the same way.
 */
import type { Span } from './types.js';

/** A line of the source with its offsets; `text` is trimmed. */
export interface Line extends Span {
  text: string;
}

/** Lines after which nothing belongs to the article (comment forms, related-article blocks, follow prompts). */
const END_OF_ARTICLE: RegExp[] = [
  /^show more$/i,
  /^leave a (reply|comment)$/i,
  /^related (articles|posts|news|stories)$/i,
  /^back to top( button)?$/i,
  /^(মন্তব্য করুন|মতামত দিন|সংশ্লিষ্ট খবর|এই বিভাগের আরও খবর|সর্বাধিক পঠিত)$/u,
  /(google news|গুগল নিউজ).{0,30}(অনুসরণ|ফলো)/iu,
];

/** Lines that are furniture wherever they stand: the end-of-article lines, and more. */
const FURNITURE_LINE: RegExp[] = [
  ...END_OF_ARTICLE,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(share|tweet|print|email|advertisement|subscribe|read more|also read|follow us)( (this|on) .{0,20})?$/i,
  /^(আরও পড়ুন|আরো পড়ুন|শেয়ার করুন|বিজ্ঞাপন|সর্বশেষ|জনপ্রিয়|আরও খবর|আরো খবর|অনলাইন সংস্করণ|প্রিন্ট সংস্করণ)$/u,
  /^(ছবি|ফাইল ছবি|ছবির ক্যাপশন)\s*[:：]/u,
  /^[•·\-–*]\s*\S{1,20}$/u, // bullet menu items such as "• সর্বশেষ"
];

const HAS_LETTER = /[\p{L}]/u;
const SENTENCE_END = /[।?!.॥]['"’”)\]]*$/u;
const NUMBER_ONLY = /^[\d০-৯]+[.)]?$/u;
const LATIN_LABEL = /^[A-Za-z&]+( [A-Za-z&]+)?$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
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

/**
 * Index of the first line of a trailing sidebar list — short headline-like lines without sentence punctuation, interleaved
 * with bare numbers — or `lines.length` when there is none.
 */
function trailingListStart(lines: Line[]): number {
  let i = lines.length;
  let numbers = 0;
  let headlines = 0;
  while (i > 0) {
    const t = lines[i - 1]!.text;
    if (NUMBER_ONLY.test(t) || !HAS_LETTER.test(t)) numbers++;
    else if (!SENTENCE_END.test(t) && wordCount(t) <= 14) headlines++;
    else break;
    i--;
  }
  return numbers >= 3 && headlines >= 3 ? i : lines.length;
}

/**
 * Returns the lines that belong to the article: furniture lines removed, everything after an end-of-article marker that
 * follows body text removed, a trailing numbered headline list removed, and category labels above the text removed.
 */
export function articleLines(source: string): Line[] {
  let lines = linesOf(source);

  const firstBody = lines.findIndex((l) => isBodySentence(l.text));
  if (firstBody >= 0) {
    const end = lines.findIndex((l, i) => i > firstBody && END_OF_ARTICLE.some((re) => re.test(l.text)));
    if (end >= 0) lines = lines.slice(0, end);
  }
  lines = lines.slice(0, trailingListStart(lines));

  return lines.filter((line, i) => {
    if (!HAS_LETTER.test(line.text)) return false;
    if (FURNITURE_LINE.some((re) => re.test(line.text))) return false;
    // A one- or two-word Latin label above the text ("International", "World News") is a section name.
    if ((firstBody < 0 || i < firstBody) && LATIN_LABEL.test(line.text) && /[ঀ-৾]/u.test(source)) return false;
    return true;
  });
}

/**
 * The raw lines that were removed as furniture (for metadata that only furniture states, e.g. the outlet's name), given
 * the lines articleLines kept.
 */
export function furnitureLines(source: string, kept: readonly Line[]): Line[] {
  const starts = new Set(kept.map((l) => l.start));
  return linesOf(source).filter((l) => !starts.has(l.start));
}
