/**
 * What an article states about itself: headline, outlet, publication date. Only what the text says — when a page has no
 * headline line or no dateline, the field stays empty rather than guessed.
 */
import { COPYRIGHT_LINE, isBodySentence, leadWords, sharedWithLead, type Line } from './lines.js';
import type { ArticleMeta } from './types.js';

const MONTHS =
  'জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|অগাস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|' +
  'বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র|' +
  'January|February|March|April|May|June|July|August|September|October|November|December';
const D = '[0-9০-৯]';
/** "১৮ জানুয়ারি ২০২৫", "18 January 2025", "January 18, 2025" (NFC and decomposed nukta spellings alike). */
const DATE = new RegExp(
  `(${D}{1,2}\\s+(?:${MONTHS})[,\\s]+${D}{4}|(?:${MONTHS})\\s+${D}{1,2},?\\s+${D}{4})`,
  'iu',
);
/** The labels of a dateline (also read by the search cues: see cues.isDateline). */
export const DATELINE_LABEL_WORDS: readonly string[] = ['প্রকাশ', 'প্রকাশিত', 'প্রকাশের সময়', 'published', 'posted', 'updated', 'আপডেট', 'হালনাগাদ'];
const DATELINE_LABELS = DATELINE_LABEL_WORDS.join('|');
/** A dateline: "প্রকাশ : ১৮ জানুয়ারি ২০২৫, ১০:০৮ এএম", "প্রকাশিত: …", "Published: …". */
const PUBLISHED = new RegExp(`^(${DATELINE_LABELS})\\s*[:：]?`, 'iu');
/** A byline naming the outlet's desk: "কালবেলা ডেস্ক". Generic desks (আন্তর্জাতিক ডেস্ক) name no outlet. */
const DESK = /^(.{2,30}?)\s+(ডেস্ক|desk)$/iu;
const GENERIC_DESK = /^(আন্তর্জাতিক|অনলাইন|নিজস্ব|বিশেষ|জাতীয়|জাতীয়|খেলা|বিনোদন|অর্থনীতি|বাণিজ্য|বার্তা|international|online|news|world)(\s+(ডেস্ক|desk))?$/iu;
/** "কালবেলা অনলাইন এর সর্বশেষ খবর পেতে …" — a follow prompt that names the outlet. */
const FOLLOW_PROMPT = /^(.{2,30}?)\s+(অনলাইন\s*)?(এর|-এর)\s+সর্বশেষ খবর/u;
/** A source credit: "সূত্র: আল জাজিরা", "Source: Reuters". */
const CREDIT = /^(সূত্র|source)\s*[:：]\s*(.{2,40}?)[।.]?$/iu;

/**
 * What of a copyright line (see COPYRIGHT_LINE) is not the site's name: "© ২০২৫ সর্বস্বত্ব সংরক্ষিত | X", "স্বত্ব © ২০২৫
 * X", "© X 2019-2025" — without the sign, the years and the formula, the rest is the outlet's name.
 */
const COPYRIGHT_WORDS =
  /©|\(c\)|copyright|all rights reserved|সর্বস্বত্ব|স্বত্ব|সংরক্ষিত|[0-9০-৯]{4}(\s*[-–]\s*[0-9০-৯]{4})?|[|,;:।.]/giu;
/** Most words an outlet's name has ("দৈনিক কালের দর্পণ", "The Daily Star"). */
const MAX_OUTLET_WORDS = 5;

function outletOfCopyright(line: string): string | undefined {
  const text = line.normalize('NFC');
  if (!COPYRIGHT_LINE.test(text)) return undefined;
  const name = text.replace(COPYRIGHT_WORDS, ' ').replace(/\s+/gu, ' ').trim();
  const words = name.split(' ').filter(Boolean).length;
  return words >= 1 && words <= MAX_OUTLET_WORDS && /\p{L}/u.test(name) ? name : undefined;
}

/** The weekdays' Bengali names (also read by the search cues: a date for "when"). */
export const BENGALI_WEEKDAYS: readonly string[] = ['শনিবার', 'রবিবার', 'রোববার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার'];
/** Weekday names a dateline may carry beside the date ("দিনাজপুর, মঙ্গলবার, ৭ জানুয়ারি ২০২৬"). */
const WEEKDAY = new RegExp(
  `(${[...BENGALI_WEEKDAYS, 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'].join('|')})`,
  'giu',
);
/** A clock time and its half of the day: "১০:০৮ এএম", "4.10 pm". */
const CLOCK = new RegExp(`${D}{1,2}[:.]${D}{2}|(?<![\p{L}\p{M}])(এএম|পিএম|am|pm)(?![\p{L}\p{M}])`, 'giu');
/** The few words a dateline may name besides its date: a place, a desk or a reporter ("নিজস্ব ক্রীড়া প্রতিবেদক, সিলেট"). */
const MAX_DATELINE_WORDS = 5;
/** A dateline's label, wherever it stands in the line ("হিলি প্রতিনিধি | প্রকাশ : ১৬ মার্চ ২০২৬"). */
const DATELINE_LABEL = new RegExp(`(${DATELINE_LABELS})\\s*[:：ঃ]`, 'giu');
/** What stands between a dateline's date and the byline beside it. */
const SEPARATED_BEFORE = /[,|:;\-–—(/]\s*$/u;
const SEPARATED_AFTER = /^\s*[,|:;\-–—)/]/u;

/**
 * A dateline without a label at its start: a line that states a full date and, besides its time, weekday and label, at
 * most a few words of byline set apart from the date by a comma or a bar ("১১ মার্চ ২০২৬, ১২:০৫ পিএম", "ঢাকা, ৩ এপ্রিল
 * ২০২৬", "নিজস্ব ক্রীড়া প্রতিবেদক, সিলেট | ১৩ মার্চ ২০২৬") — never a sentence, nor a headline that names a date.
 */
export function isBareDateline(line: string): boolean {
  // (NFC writes য় ড় ঢ় as letter + nukta, as DATE's month names are: some pages type the single code points.)
  const text = line.trim().normalize('NFC');
  if (text.length > 100 || /[।?!]$/u.test(text)) return false;
  const rest = text.replace(CLOCK, ' ').replace(WEEKDAY, ' ').replace(DATELINE_LABEL, ' ');
  const date = DATE.exec(rest);
  if (!date) return false;
  const before = rest.slice(0, date.index);
  const after = rest.slice(date.index + date[1]!.length);
  const words = (s: string) => s.split(/[\s,|:;।\-–—/()]+/u).filter(Boolean).length;
  if (words(before) > 0 && !SEPARATED_BEFORE.test(before)) return false;
  if (words(after) > 0 && !SEPARATED_AFTER.test(after)) return false;
  return words(before) + words(after) <= MAX_DATELINE_WORDS;
}

function dateIn(line: string): string | undefined {
  return DATE.exec(line)?.[1]?.replace(/[,\s]+/gu, ' ').trim();
}

/**
 * Reads headline, outlet and date from the article's kept lines (and the furniture lines, which sometimes name the outlet).
 */
export function extractMetadata(kept: Line[], furniture: Line[]): ArticleMeta {
  const meta: ArticleMeta = {};
  const firstBody = kept.findIndex((l) => isBodySentence(l.text));
  const head = firstBody < 0 ? kept : kept.slice(0, firstBody);

  const published = kept.filter((l) => PUBLISHED.test(l.text));
  const primary = published.find((l) => !/^(updated|আপডেট|হালনাগাদ)/iu.test(l.text)) ?? published[0];
  // A page without a labelled dateline may state its date alone on a line above the text.
  const dateline = primary ?? head.find((l) => isBareDateline(l.text));
  if (dateline) meta.date = dateIn(dateline.text.normalize('NFC'));

  for (const l of [...kept, ...furniture]) {
    const desk = DESK.exec(l.text);
    if (desk && !GENERIC_DESK.test(l.text)) {
      meta.outlet = desk[1];
      break;
    }
    const follow = FOLLOW_PROMPT.exec(l.text);
    if (follow) {
      meta.outlet = follow[1];
      break;
    }
  }
  // The site's copyright line names the site that published the page; a source credit, the agency it came from.
  const copyrighted = meta.outlet ? undefined : [...kept, ...furniture].map((l) => outletOfCopyright(l.text)).find(Boolean);
  if (copyrighted) meta.outlet = copyrighted;
  if (!meta.outlet) {
    const credit = kept.map((l) => CREDIT.exec(l.text)).find(Boolean);
    if (credit) meta.outlet = credit[2]!.trim();
  }

  // The headline: a line above the body that reads like a title — several words, no sentence punctuation, not a
  // dateline or byline. Of several (the site's name, a photo caption, the headline), the one that shares most words
  // with the lead: a headline restates its report's first sentences.
  const titles = head.filter((l) => {
    const words = l.text.split(/\s+/).length;
    return (
      words >= 3 &&
      words <= 20 &&
      !/[।?!]$/u.test(l.text) &&
      // (nor a danda inside: a caption with its credit, "… কর্মীরা। ছবি: যুগবার্তা")
      !l.text.includes('।') &&
      !PUBLISHED.test(l.text) &&
      !isBareDateline(l.text) &&
      !DESK.test(l.text) &&
      !CREDIT.test(l.text)
    );
  });
  // (one candidate is the headline without reading any words)
  let title = titles[0];
  if (titles.length > 1) {
    const lead = leadWords(kept, firstBody, { numbers: true });
    const shared = titles.map((l) => sharedWithLead(l, lead, { numbers: true }));
    title = titles[shared.indexOf(Math.max(...shared))];
  }
  if (title) meta.title = title.text;
  return meta;
}

/** Just the facts the article states (headline, outlet, date), without empty keys: for citations and article lists. */
export function statedMeta(meta: ArticleMeta): ArticleMeta {
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.date ? { date: meta.date } : {}),
  };
}
