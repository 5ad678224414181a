/**
 * Page furniture: the navigation, comment prompts, photo credits and sidebar headline lists that scrapers leave around an
 * article. General rules over lines (never line numbers), so any article dropped into the corpus is cleaned the same way.
 */
import { COPYRIGHT_LINE, HAS_LETTER, isBodySentence, linesOf, nfc, SENTENCE_END, wordCount, type Line } from './lines.js';
import { leadingHeadlines, menuLines, promptedHeadlines, teaserLines, trailingListStart } from './page-blocks.js';

/** Lines after which nothing belongs to the article (comment forms, related-article and most-read blocks, the footer). */
const END_OF_ARTICLE: RegExp[] = [
  /^show more$/i,
  /^leave a (reply|comment)$/i,
  /^related (articles|posts|news|stories)$/i,
  /^back to top( button)?$/i,
  nfc('^(মন্তব্য|মন্তব্য করুন|মতামত দিন|সংশ্লিষ্ট খবর|সম্পর্কিত খবর|এ সম্পর্কিত আরও খবর|এই বিভাগের আরও খবর|এই বিভাগের আরো খবর|সর্বাধিক পঠিত|সর্বশেষ খবর|পাঠকপ্রিয়|আলোচিত খবর)$'),
  /(google news|গুগল নিউজ).{0,30}(অনুসরণ|ফলো)/iu,
  // readers' comments and the page's poll
  nfc('^(পাঠকের মন্তব্য|মন্তব্যসমূহ|মন্তব্য|comments?)\\s*(\\(\\s*[০-৯0-9]+\\s*\\))?$', 'iu'),
  nfc('^(আপনার মন্তব্য লিখুন|মন্তব্য করতে লগইন করুন|অনলাইন জরিপ|জনমত|জনমত জরিপ|পাঠক জরিপ|পাঠকের আগ্রহ|poll)$', 'iu'),
  // the footer: the editor's and publisher's lines, the copyright
  nfc('^(সম্পাদক|সম্পাদক ও প্রকাশক|ভারপ্রাপ্ত সম্পাদক|প্রকাশক|নির্বাহী সম্পাদক)\\s*[:：ঃ]'),
  COPYRIGHT_LINE,
];

/**
 * A prompt that introduces other stories (আরও পড়ুন, আরও পড়তে পারেন, Read more): alone on its line, the lines under it
 * are their headlines, up to the next sentence of the report; with text after it, the line is such a headline.
 */
const PROMPT = '(আরও|আরো)\\s+(পড়ুন|পড়তে পারেন|দেখুন|দেখতে পারেন)|read more|also read|read also|more stories';
const READ_MORE = nfc(`^(${PROMPT})`, 'iu');
/** The prompt alone, perhaps with a colon or an arrow. */
const READ_MORE_ALONE = nfc(`^(${PROMPT})\\s*[:：ঃ\\-–—>»]*$`, 'iu');
/** A photo's credit label with the credit on the next line ("ছবির উৎস," then the agency's name). */
const PHOTO_SOURCE_ALONE = nfc('^(ছবির উৎস|ছবি|image source|photo)\\s*[,:：ঃ]?$', 'iu');
/** Most words of the credit under such a label. */
const PHOTO_SOURCE_WORDS = 3;

/** Lines that are furniture wherever they stand: the end-of-article lines, and more. */
const FURNITURE_LINE: RegExp[] = [
  ...END_OF_ARTICLE,
  READ_MORE,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(share|tweet|print|email|advertisement|subscribe|follow us)( (this|on) .{0,20})?$/i,
  nfc('^(শেয়ার|শেয়ার করুন|বিজ্ঞাপন|সর্বশেষ|জনপ্রিয়|আরও খবর|আরো খবর|অনলাইন সংস্করণ|প্রিন্ট সংস্করণ|ই-পেপার|প্রিন্ট|ফলো করুন)$'),
  // share buttons and the text-size control
  nfc('^(facebook|messenger|whatsapp|twitter|x|linkedin|telegram|email|copy link|ফেসবুক|মেসেঞ্জার|হোয়াটসঅ্যাপ|টুইটার|এক্স|লিংকডইন|টেলিগ্রাম|ইমেইল|লিংক কপি করুন|লিংক কপি|কপি লিংক)$', 'iu'),
  /^[অA][-–]?\s+[অA]\s+[অA]\+$/u,
  nfc('^(ছবি|ফাইল ছবি|ছবির ক্যাপশন|ছবির উৎস|ভিডিও|image caption|image source)\\s*[,:：ঃ]', 'iu'),
  PHOTO_SOURCE_ALONE,
  // tags, and how long ago a listed story was posted
  nfc('^(ট্যাগ|ট্যাগস|বিষয়|tags?|topics?)\\s*[:：ঃ]', 'iu'),
  nfc('^[০-৯0-9]+\\s*(সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস)\\s+আগে$'),
  // the desk's initials under a report: "জেএন/এমআর/এএসএম", "কালের দর্পণ/এসএ"
  /^[^\s/]+(?:\s[^\s/]+)?(?:\s*\/\s*[^\s/]{1,12}){1,5}$/u,
  /^[•·\-–*]\s*\S{1,20}$/u, // bullet menu items such as "• সর্বশেষ"
  // a poll's answers and buttons; list labels; a live-updates box and its timed entries ("১১:৪০ — …")
  nfc('^(হ্যাঁ|না|মন্তব্য নেই|ভোট দিন|ফলাফল দেখুন|সব আপডেট দেখুন|শিরোনাম|ব্রেকিং|ব্রেকিং নিউজ|টপ নিউজ|প্রধান খবর|লাইভ|লাইভ আপডেট|এই খবরটি শেয়ার করুন)$'),
  nfc('^(লাইভ আপডেট|live updates?)\\s*[|:：\\-–—]', 'iu'),
  nfc('^[০-৯0-9]{1,2}[:.][০-৯0-9]{2}\\s*(এএম|পিএম|am|pm)?\\s*[—–-]\\s'),
  // the app, the newsletter, the text size
  nfc('(অ্যাপ|app)\\S*\\s.{0,30}(ডাউনলোড|নামিয়ে|ইনস্টল|download|install)|^(google play|app store)$|সাবস্ক্রাইব করুন', 'iu'),
  nfc('^(ফন্ট সাইজ|ফন্ট|font size)\\b', 'iu'),
];

/** A breadcrumb: short items joined by › » > or / ("প্রচ্ছদ › সারাদেশ › ময়মনসিংহ"). */
const BREADCRUMB = /^[^›»>/|]{1,25}(?:\s*[›»>/]\s*[^›»>/|]{1,25}){1,5}$/u;
/** A one- or two-word Latin label (International, World News). */
const LATIN_LABEL = /^[A-Za-z&]+( [A-Za-z&]+)?$/;
/** A source credit closing a report (সূত্র: আল জাজিরা), kept for the metadata that reads it. */
const CREDIT_LINE = /^(সূত্র|তথ্যসূত্র|source)\s*[:：ঃ]/iu;

/** A photo's credit standing after its caption's last sentence, on the caption's line ("… কর্মীরা। ছবি: যুগবার্তা"). */
const TRAILING_PHOTO_CREDIT = nfc('^(ছবি|ফাইল ছবি|photo)\\s*[:：ঃ]\\s*\\S+(\\s+\\S+){0,3}$', 'iu');

/** Is a sentence of a kept line page furniture all the same (a photo's credit after its caption)? */
export function isFurnitureSentence(sentence: string): boolean {
  return TRAILING_PHOTO_CREDIT.test(sentence.trim().normalize('NFC'));
}

/**
 * Returns the lines that belong to the article: furniture lines removed, everything after an end-of-article marker that
 * follows body text removed, a trailing numbered headline list removed, and category labels above the text removed.
 */
export function articleLines(source: string): Line[] {
  let lines = linesOf(source);
  // (each line's NFC form and furniture test once: the patterns are many, and a line is asked about several times)
  const texts = lines.map((l) => l.text.normalize('NFC'));
  const furniture = texts.map((t) => FURNITURE_LINE.some((re) => re.test(t)));
  const at = new Map(lines.map((l, i) => [l, i]));
  const nfcOf = (l: Line) => texts[at.get(l)!]!;
  const isFurniture = (l: Line) => furniture[at.get(l)!]!;
  // (a live box's timed entry or an app prompt reads as a sentence: the report starts with its first sentence that is not)
  const isBody = (l: Line) => isBodySentence(l.text) && !isFurniture(l);

  const firstBody = lines.findIndex(isBody);
  if (firstBody >= 0) {
    const end = lines.findIndex((l, i) => i > firstBody && END_OF_ARTICLE.some((re) => re.test(nfcOf(l))));
    if (end >= 0) lines = lines.slice(0, end);
  }
  lines = lines.slice(0, trailingListStart(lines));
  const teasers = teaserLines(lines, firstBody);
  let lastBody = -1;
  lines.forEach((l, i) => {
    if (isBody(l) && !teasers.has(i)) lastBody = i;
  });
  const menu = menuLines(lines, firstBody);
  const otherStories = new Set([
    ...promptedHeadlines(lines, (l) => READ_MORE_ALONE.test(nfcOf(l))),
    ...leadingHeadlines(lines, firstBody, isFurniture),
  ]);

  return lines.filter((line, i) => {
    const text = nfcOf(line);
    if (!HAS_LETTER.test(text)) return false;
    if (isFurniture(line)) return false;
    // Headlines of other stories (under a "read more" prompt of its own line, listed above the report, or with their
    // teasers below it); a photo's credit under its label.
    if (otherStories.has(i) || teasers.has(i)) return false;
    if (i > 0 && PHOTO_SOURCE_ALONE.test(nfcOf(lines[i - 1]!)) && wordCount(text) <= PHOTO_SOURCE_WORDS) return false;
    if (menu.has(i) || BREADCRUMB.test(text)) return false;
    // Below the report's last sentence, only a source credit or a sentence belongs to it: the rest is the page's
    // (tags, share buttons, the desk's initials, headlines of other stories).
    if (firstBody >= 0 && i > lastBody && !CREDIT_LINE.test(text) && !SENTENCE_END.test(text)) return false;
    // A one- or two-word Latin label above the text ("International", "World News") is a section name.
    if ((firstBody < 0 || i < firstBody) && LATIN_LABEL.test(text) && /[ঀ-৾]/u.test(source)) return false;
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
