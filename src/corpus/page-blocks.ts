/**
 * Blocks of a page that are not its report, found by their shape rather than by any word: the site's menu, other
 * stories' headlines listed above the report or below it (numbered, or each with a teaser sentence). Each returns the
 * indexes of the lines it finds, for articleLines to leave out.
 */
import {
  HAS_LETTER, HEADLINE_WORDS, isBodySentence, isHeadlineLike, leadWords, NUMBER_ONLY, SENTENCE_END, sharedWithLead, wordCount, type Line,
} from './lines.js';

/** Most words of a menu item (জাতীয়, সারা বাংলা, ই-পেপার). */
const MENU_ITEM_WORDS = 3;
/** So many short labels in a row above the text are the site's menu. */
const MENU_RUN = 3;

/**
 * Index of the first line of a trailing sidebar list — short headline-like lines without sentence punctuation, interleaved
 * with bare numbers — or `lines.length` when there is none.
 */
export function trailingListStart(lines: Line[]): number {
  let i = lines.length;
  let numbers = 0;
  let headlines = 0;
  while (i > 0) {
    const t = lines[i - 1]!.text;
    if (NUMBER_ONLY.test(t) || !HAS_LETTER.test(t)) numbers++;
    else if (!SENTENCE_END.test(t) && wordCount(t) <= HEADLINE_WORDS) headlines++;
    else break;
    i--;
  }
  return numbers >= 3 && headlines >= 3 ? i : lines.length;
}

/** So many other stories' headlines in a row make a list (above the report, or with their teasers below it). */
const LIST_RUN = 3;
/** Fewest words of a listed headline (fewer: a menu item, a byline). */
const LISTED_HEADLINE_WORDS = 4;
/**
 * Another story's headline shares at most a quarter as many words with the report's lead as the page's own headline
 * does, or one: common words (প্রথম, হাজার টাকা, জেলা) are in every report.
 */
const SHARED_SHARE = 0.25;
const MIN_SHARED_WORDS = 1;

/**
 * Headlines of other stories listed above the report (শিরোনাম, সর্বশেষ, ব্রেকিং …, labelled or not): LIST_RUN or more
 * headline-like lines in a row (furniture between them aside), each sharing only common words with the report's first
 * sentences (see SHARED_SHARE). The page's own headline restates its lead (the line that shares most is never one); a
 * dateline has a colon or is too short.
 */
export function leadingHeadlines(lines: Line[], firstBody: number, isFurniture: (l: Line) => boolean): number[] {
  if (firstBody < 0) return [];
  const listable = (l: Line) => isHeadlineLike(l.text) && wordCount(l.text) >= LISTED_HEADLINE_WORDS && !/[:：ঃ]/u.test(l.text);
  const head = lines.slice(0, firstBody);
  // (most pages list nothing above the report: the words are read only when a list could be there)
  if (head.filter(listable).length < LIST_RUN) return [];
  const words = { numbers: false };
  const lead = leadWords(lines, firstBody, words);
  const shared = head.map((l) => (listable(l) ? sharedWithLead(l, lead, words) : 0));
  // (the line that shares most with the lead is the page's own headline, whatever it shares)
  const own = shared.indexOf(Math.max(0, ...shared));
  const unrelated = (l: Line, i: number) =>
    i !== own && listable(l) && shared[i]! <= Math.max(MIN_SHARED_WORDS, shared[own]! * SHARED_SHARE);
  const found: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= LIST_RUN) found.push(...run);
    run = [];
  };
  for (let i = 0; i < firstBody; i++) {
    const l = lines[i]!;
    if (unrelated(l, i)) run.push(i);
    else if (!isFurniture(l)) close();
  }
  close();
  return found;
}

/**
 * Other stories listed below the report with a teaser each (a headline-like line, then one sentence, LIST_RUN times or
 * more in a row): a related-news block, labelled or not.
 */
export function teaserLines(lines: Line[], firstBody: number): Set<number> {
  const teasers = new Set<number>();
  if (firstBody < 0) return teasers;
  const oneSentence = (t: string) => isBodySentence(t) && (t.match(/[।?!]/gu) ?? []).length === 1;
  for (let i = firstBody + 1; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && isHeadlineLike(lines[j]!.text) && wordCount(lines[j]!.text) >= LISTED_HEADLINE_WORDS - 1 && oneSentence(lines[j + 1]!.text)) j += 2;
    if ((j - i) / 2 >= LIST_RUN) for (let k = i; k < j; k++) teasers.add(k);
    i = j > i ? j : i + 1;
  }
  return teasers;
}

/**
 * The site's menu above the text: runs of MENU_RUN or more short labels (প্রচ্ছদ, জাতীয়, সারাদেশ …) without sentence
 * punctuation, each on its own line.
 */
export function menuLines(lines: Line[], firstBody: number): Set<number> {
  const menu = new Set<number>();
  const isLabel = (l: Line) => !SENTENCE_END.test(l.text) && wordCount(l.text) <= MENU_ITEM_WORDS && !/[0-9০-৯]/u.test(l.text);
  const end = firstBody < 0 ? lines.length : firstBody;
  for (let i = 0; i < end; ) {
    let j = i;
    while (j < end && isLabel(lines[j]!)) j++;
    if (j - i >= MENU_RUN) for (let k = i; k < j; k++) menu.add(k);
    i = Math.max(j, i + 1);
  }
  return menu;
}

/** Other stories' headlines under a prompt on its own line (আরও পড়ুন, Read more): every headline-like line after it. */
export function promptedHeadlines(lines: Line[], isPrompt: (l: Line) => boolean): number[] {
  const found: number[] = [];
  lines.forEach((l, i) => {
    if (!isPrompt(l)) return;
    for (let j = i + 1; j < lines.length && isHeadlineLike(lines[j]!.text); j++) found.push(j);
  });
  return found;
}
