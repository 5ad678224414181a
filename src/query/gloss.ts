/**
 * English glosses for Bengali terms in a snippet, so an English or romanized-Bengali asker can see
 * what a Bengali answer says about dates, amounts and key terms ("১৭ জানুয়ারি" → "17 January",
 * "ইরানের" → "Iran's") without any translation model.
 */
import { kindOf } from './bengali-lexicon.js';
import { ENGLISH_STOPWORDS } from './english.js';
import { isAcronym, loadLexicon, type LexiconEntry } from './lexicon.js';
import { CURRENCY_NAMES } from '../text/currencies.js';
import { SPELT_LETTERS } from '../text/letter-names.js';
import { normalize } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';

const nfc = (s: string): string => s.normalize('NFC');

const MONTHS: ReadonlyArray<[string, string[]]> = [
  ['January', ['জানুয়ারি', 'জানুয়ারী']], ['February', ['ফেব্রুয়ারি', 'ফেব্রুয়ারী']], ['March', ['মার্চ']],
  ['April', ['এপ্রিল']], ['May', ['মে']], ['June', ['জুন']], ['July', ['জুলাই']], ['August', ['আগস্ট', 'আগষ্ট']],
  ['September', ['সেপ্টেম্বর']], ['October', ['অক্টোবর']], ['November', ['নভেম্বর']], ['December', ['ডিসেম্বর']],
];
const WEEKDAYS: ReadonlyArray<[string, string[]]> = [
  ['Saturday', ['শনিবার']], ['Sunday', ['রোববার', 'রবিবার']], ['Monday', ['সোমবার']], ['Tuesday', ['মঙ্গলবার']],
  ['Wednesday', ['বুধবার']], ['Thursday', ['বৃহস্পতিবার']], ['Friday', ['শুক্রবার']],
];

/** The English names of months and weekdays, lowercase: a date, never a place (on Monday, on March 5). */
export const ENGLISH_DATE_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map(([en]) => en.toLowerCase()));
const MONTH_BY_BN = new Map<string, string>(MONTHS.flatMap(([en, forms]) => forms.map((f): [string, string] => [nfc(f), en])));
const WEEKDAY_BY_BN = new Map<string, string>(WEEKDAYS.flatMap(([en, forms]) => forms.map((f): [string, string] => [nfc(f), en])));

/** Alternation of month spellings, longest first so "জুলাই" is not read as "জুন"+… */
const MONTH_ALT = [...MONTH_BY_BN.keys()].sort((a, b) => b.length - a.length).join('|');
/** Endings a month or weekday takes in running text: ফেব্রুয়ারিতে, জুলাইয়ের, শুক্রবারে. */
const TIME_SUFFIXES = ['তেই', 'তে', 'য়ের', 'য়ে', 'ের', 'র', 'ে', 'েই'].map(nfc);
const TIME_SUFFIX = `(?:${TIME_SUFFIXES.join('|')})?`;
const NUM = '[০-৯0-9]';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

const SCALES: Readonly<Record<string, number>> = {
  [nfc('হাজার')]: 1e3, [nfc('লাখ')]: 1e5, [nfc('লক্ষ')]: 1e5, [nfc('কোটি')]: 1e7,
  [nfc('মিলিয়ন')]: 1e6, [nfc('বিলিয়ন')]: 1e9, [nfc('ট্রিলিয়ন')]: 1e12,
};
/** Money, and the units an amount is told in. */
const CURRENCIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(CURRENCY_NAMES).map(([bn, en]) => [nfc(bn), en])),
  [nfc('শতাংশ')]: 'percent', [nfc('ব্যারেল')]: 'barrels', [nfc('টন')]: 'tonnes',
};
const alt = (keys: string[]): string => keys.sort((a, b) => b.length - a.length).join('|');
const NUMBER = `${NUM}+(?:[.,]${NUM}+)*`;
const SCALE_ALT = alt(Object.keys(SCALES));
const CURRENCY_ALT = alt(Object.keys(CURRENCIES));
/** A number and its scale word (৩ হাজার, ১.৫ লাখ), as the parts of a compound number are read. */
const NUMBER_PART = new RegExp(`(${NUMBER})\\s*(${SCALE_ALT})?`, 'gu');
/** Classifiers of a count (৪৮টি ছানা, ৩৫০ জন খামারি), with the case endings they take; জন counts people. */
const CLASSIFIER = nfc('(টি|টা|খানা|জন)(?:র|ের|তে|কে|ই)?');
const PEOPLE = nfc('জন');
/**
 * Number words a count is written with (তিনজন পর্যটক, দুটি বাসা), two to twelve: একটি / একজন is Bengali's article
 * ("a", "one of"), no count to gloss.
 */
const NUMBER_WORDS = new Map(
  [
    ['দু', 2], ['দুই', 2], ['তিন', 3], ['চার', 4], ['পাঁচ', 5], ['ছয়', 6], ['ছ', 6], ['সাত', 7], ['আট', 8], ['নয়', 9],
    ['দশ', 10], ['এগারো', 11], ['বারো', 12],
  ].map(([bn, n]) => [normalize(bn as string), n as number]),
);
/** Units of a duration (২০ বছরের চুক্তি: a 20-year treaty), with their English (understand asks "how long" in them too). */
export const DURATION_UNITS: ReadonlyMap<string, string> = new Map([['বছর', 'year'], ['মাস', 'month'], ['সপ্তাহ', 'week'], ['দিন', 'day'], ['ঘণ্টা', 'hour'], ['মিনিট', 'minute']].map(([bn, en]) => [nfc(bn!), en!]));

/** Date and amount patterns, most specific first. Each yields an English rendering. */
const PATTERNS: ReadonlyArray<{ re: RegExp; render: (m: RegExpExecArray) => string }> = [
  { // ১৭ জানুয়ারি ২০২৫ / ১৭ জানুয়ারি
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUM}{1,2})\\s+(${MONTH_ALT})${TIME_SUFFIX}(?:,?\\s+(${NUM}{4}))?${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => [toAsciiDigits(m[1]), MONTH_BY_BN.get(m[2]), m[3] ? toAsciiDigits(m[3]) : ''].filter(Boolean).join(' '),
  },
  { // ২০২২ সালের ফেব্রুয়ারিতে / ২০২২ সালের ফেব্রুয়ারি মাসে
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUM}{4})\\s+${nfc('সাল(?:ের|ে)?')}\\s+(${MONTH_ALT})${TIME_SUFFIX}(?:\\s+${nfc('মাস(?:ে|ের)?')})?${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => `${MONTH_BY_BN.get(m[2])} ${toAsciiDigits(m[1])}`,
  },
  { // জানুয়ারি ২০২৫
    re: new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_ALT})${TIME_SUFFIX},?\\s+(${NUM}{4})${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => `${MONTH_BY_BN.get(m[1])} ${toAsciiDigits(m[2])}`,
  },
  { // ২০২২ সালে
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUM}{4})\\s+${nfc('সাল(?:ের|ে|েই)?')}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => toAsciiDigits(m[1]),
  },
  { // জুলাই মাসে
    re: new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_ALT})\\s+${nfc('মাস(?:ে|ের)?')}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => MONTH_BY_BN.get(m[1]) ?? '',
  },
  { // ৩ হাজার ১২০টি / ১ কোটি ২০ লাখ টাকা: a number written in parts, read as one
    re: new RegExp(`${NOT_LETTER_BEFORE}((?:${NUMBER}\\s*(?:${SCALE_ALT})\\s+)+${NUMBER}(?:\\s*(?:${SCALE_ALT}))?)\\s*(?:${CLASSIFIER}|(${CURRENCY_ALT})${nfc('(?:ের|র|ে)?')})?${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => renderCount(m[1]!, m[2], m[3]),
  },
  { // ১৫০ থেকে ২০০টি / ৫-৭ জন: a range of counts
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUMBER}(?:\\s*(?:${SCALE_ALT}))?)\\s*(?:${nfc('থেকে')}|[-–])\\s*(${NUMBER}(?:\\s*(?:${SCALE_ALT}))?)\\s*${CLASSIFIER}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => {
      const [from, to] = [renderCount(m[1]!, undefined, undefined), renderCount(m[2]!, m[3], undefined)];
      return from && to ? `${from}–${to}` : '';
    },
  },
  { // ২০ বছরের / ৩ মাস / ৪৮ ঘণ্টা: a duration
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUMBER})\\s*(${alt([...DURATION_UNITS.keys()])})${nfc('(?:ের|র|ে|েই)?')}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => {
      const n = renderCount(m[1]!, undefined, undefined);
      const unit = DURATION_UNITS.get(m[2]!)!;
      return n ? `${n} ${n === '1' ? unit : `${unit}s`}` : '';
    },
  },
  { // তিনজন / দুটি / পাঁচ জন: a count in words
    re: new RegExp(`${NOT_LETTER_BEFORE}(${alt([...NUMBER_WORDS.keys()].map(nfc))})\\s?${CLASSIFIER}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => {
      const n = String(NUMBER_WORDS.get(normalize(m[1]!)));
      return m[2] === PEOPLE ? `${n} people` : n;
    },
  },
  { // ৪৮টি / ৩৫০ জন / ১২ হাজারটি: a count, which a reader who has no Bengali digits cannot read
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUMBER}(?:\\s*(?:${SCALE_ALT}))?)\\s*${CLASSIFIER}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => renderCount(m[1]!, m[2], undefined),
  },
  { // ১৭০ কোটি ডলার / ৫০ শতাংশ / ৩ লাখ
    re: new RegExp(`${NOT_LETTER_BEFORE}(${NUMBER})\\s*(${SCALE_ALT})?\\s*(${CURRENCY_ALT})?${nfc('(?:ের|র|ে)?')}${NOT_LETTER_AFTER}`, 'gu'),
    render: (m) => (m[2] || m[3] ? renderAmount(m[1], m[2], m[3]) : ''),
  },
];

function toAsciiDigits(s: string): string {
  return s.replace(/[০-৯]/gu, (d) => String(d.charCodeAt(0) - 0x09e6));
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

/** "১৭০", "কোটি", "ডলার" → "1.7 billion dollars"; Indian scales converted to international ones. */
function renderAmount(digits: string, scaleBn: string | undefined, currencyBn: string | undefined): string {
  const value = Number(toAsciiDigits(digits).replace(/,/gu, ''));
  const currency = currencyBn ? CURRENCIES[currencyBn] : undefined;
  const text = !scaleBn || !Number.isFinite(value) ? toAsciiDigits(digits) : renderTotal(value * (SCALES[scaleBn] ?? 1));
  return currency ? `${text} ${currency}` : text;
}

/**
 * A number in parts (৩ হাজার ১২০, ১ কোটি ২০ লাখ) or with a classifier (৪৮টি, ৩৫০ জন), as one figure: "3,120",
 * "12 million taka", "350 people"; '' (no gloss) when a part is no number.
 */
function renderCount(number: string, classifier: string | undefined, currencyBn: string | undefined): string {
  let total = 0;
  for (const [, digits, scale] of number.matchAll(NUMBER_PART)) {
    const value = Number(toAsciiDigits(digits!).replace(/,/gu, ''));
    if (!Number.isFinite(value)) return '';
    total += value * (scale ? SCALES[scale]! : 1);
  }
  const text = renderTotal(total);
  const currency = currencyBn ? CURRENCIES[currencyBn] : undefined;
  return currency ? `${text} ${currency}` : classifier === PEOPLE ? `${text} people` : text;
}

/** 3,120 / 300,000 below a million, then 1.7 million, 2 billion …: the scale English readers use. */
function renderTotal(total: number): string {
  if (total >= 1e12) return `${formatNumber(total / 1e12)} trillion`;
  if (total >= 1e9) return `${formatNumber(total / 1e9)} billion`;
  if (total >= 1e6) return `${formatNumber(total / 1e6)} million`;
  return Number.isInteger(total) ? total.toLocaleString('en-US') : formatNumber(total);
}

/** Case/number endings stripped to find a lexicon stem; genitive ones make "Iran's". */
const SUFFIXES: ReadonlyArray<{ suffix: string; genitive: boolean }> = [
  ['গুলোর', true], ['গুলোকে', false], ['গুলোতে', false], ['গুলো', false], ['গুলি', false], ['দের', true],
  ['টির', true], ['টিকে', false], ['টি', false], ['টা', false], ['কে', false], ['তে', false], ['য়ের', true],
  ['য়', false], ['ের', true], ['এর', true], ['র', true], ['রা', false], ['ে', false], ['ই', false], ['ও', false],
].map(([suffix, genitive]) => ({ suffix: nfc(suffix as string), genitive: genitive as boolean }));

/** The classifier endings among SUFFIXES. */
const CLASSIFIER_SUFFIXES = new Set(['টির', 'টিকে', 'টি', 'টা'].map(nfc));

/** Organisation names written in capitals in English. */
const ACRONYMS = new Set([
  'brics', 'mi5', 'mi6', 'cia', 'fbi', 'kgb', 'fsb', 'gru', 'nsa', 'un', 'nato', 'eu', 'sco', 'asean', 'saarc',
  'bimstec', 'opec', 'opec+', 'g7', 'g20', 'imf', 'wto', 'unicef', 'unesco', 'unhcr', 'iaea', 'icc', 'icj', 'oic',
  'gcc', 'csto', 'eaeu', 'ap', 'afp', 'bbc', 'cnn', 'tass', 'irna', 'irgc', 'isis', 'hts', 'pkk', 'uae', 'uk', 'us',
  'usa', 'jcpoa', 'ngo', 'ceo', 'gdp', 'lng', 'vat', 'ai', 'tv', 'uav', 'mou', 'mp', 'mbs', 'ria novosti', 'rab',
]);

/**
 * Is the row an abbreviation Bengali writes by its letters' names (bgb → বিজিবি, bnp → বিএনপি)? Then its English is
 * written in capitals too, without listing it in ACRONYMS.
 */
function spelledByLetters(entry: LexiconEntry): boolean {
  if (!/^[a-z]{2,6}$/u.test(entry.english)) return false;
  const spelt = [...entry.english].map((c) => SPELT_LETTERS[c]).join('');
  return entry.bengali.some((form) => normalize(form) === spelt);
}

/** English display form: names title-cased, acronyms upper-cased, common words as in the lexicon. */
function display(entry: LexiconEntry): string {
  if (ACRONYMS.has(entry.english) || spelledByLetters(entry)) return entry.english.toUpperCase();
  if (kindOf(entry.category) !== 'entity') return entry.english;
  return entry.english.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function glossWord(word: string): string | undefined {
  const lexicon = loadLexicon();
  const exact = lexicon.reverseEntry(word);
  if (exact?.primary) return display(exact.entry);
  // A stem that is an entry's primary form beats a variant listing of the inflected word:
  // "রাশিয়ার" is Russia's (stem রাশিয়া), not the variant listed under "russian".
  for (const { suffix, genitive } of SUFFIXES) {
    // (a classifier leaves a word of its own: সিটি is no সি — Xi — with টি)
    if (!word.endsWith(suffix) || word.length - suffix.length < (CLASSIFIER_SUFFIXES.has(suffix) ? 3 : 2)) continue;
    const stem = word.slice(0, -suffix.length);
    if (/\s$/u.test(stem)) continue; // "মস্কো ও" is a word plus a conjunction, not an inflection
    const hit = lexicon.reverseEntry(stem);
    if (!hit) continue;
    if (!hit.primary && exact) break;
    const text = display(hit.entry);
    if (!genitive || kindOf(hit.entry.category) !== 'entity' || hit.entry.category === 'nationality') return text;
    return /s$/u.test(text) ? `${text}'` : `${text}'s`; // "United States'", "Iran's"
  }
  return exact ? display(exact.entry) : undefined;
}

function glossTimeWord(word: string): string | undefined {
  for (const table of [WEEKDAY_BY_BN, MONTH_BY_BN]) {
    const direct = table.get(word);
    if (direct) return direct;
    for (const suffix of TIME_SUFFIXES) {
      if (word.endsWith(suffix)) {
        const hit = table.get(word.slice(0, -suffix.length));
        if (hit) return hit;
      }
    }
  }
  return undefined;
}

/** PATTERNS anchored to a whole term, for glossBengali (compiled once: compose asks it of quoted words). */
const WHOLE_PATTERNS = PATTERNS.map(({ re, render }) => ({ whole: new RegExp(`^(?:${re.source})$`, 'u'), render }));

/**
 * English gloss for one Bengali term (a word, a short phrase, or a date/amount expression), or
 * undefined when we have none. Examples: শুক্রবার → Friday, "২০২২ সালের ফেব্রুয়ারিতে" → February 2022,
 * "১৭০ কোটি ডলার" → 1.7 billion dollars, ইরানের → Iran's, চুক্তি → treaty.
 */
export function glossBengali(surface: string): string | undefined {
  const text = nfc(surface).trim().replace(/\s+/gu, ' ');
  if (text === '') return undefined;
  for (const { whole, render } of WHOLE_PATTERNS) {
    const full = whole.exec(text);
    if (full) {
      const rendered = render(full);
      if (rendered) return rendered;
    }
  }
  if (/^[০-৯0-9]+(?:[.,][০-৯0-9]+)*$/u.test(text)) return toAsciiDigits(text);
  return glossTimeWord(text) ?? glossWord(text);
}

/** Categories too generic to be worth showing as a gloss in a snippet. */
const SKIP_IN_TEXT = new Set(['general', 'question', 'number']);
/** Relative-time words that say nothing alone ("গত" = last, "পর" = after); phrases like "last week" still show. */
const VAGUE_TIME = new Set(['last', 'next', 'ago', 'now', 'later', 'early', 'late', 'time', 'previous', 'beginning', 'end']);

/**
 * Date/amount expressions and lexicon terms found in a snippet, in order of appearance,
 * deduplicated, at most `limit` items. Multi-word lexicon phrases win over their single words.
 */
export function glossText(snippet: string, limit = 8): Array<{ bn: string; en: string }> {
  const text = nfc(snippet);
  const found: Array<{ at: number; bn: string; en: string }> = [];
  const covered: Array<[number, number]> = [];
  const isCovered = (start: number, end: number): boolean => covered.some(([s, e]) => start < e && end > s);

  for (const { re, render } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '' || isCovered(start, end)) continue;
      const en = render(m);
      if (!en) continue;
      covered.push([start, end]);
      found.push({ at: start, bn: m[0].trim(), en });
    }
  }

  const words = [...text.matchAll(/[\u0980-\u09E5\u09F0-\u09FF\u200C\u200D]+/gu)].map((m) => ({ w: m[0], at: m.index ?? 0 }));
  const lexicon = loadLexicon();
  for (let i = 0; i < words.length; ) {
    let advanced = false;
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      const span = words.slice(i, i + len);
      const start = span[0].at;
      const end = span[len - 1].at + span[len - 1].w.length;
      // Phrases must be contiguous words separated by whitespace only.
      if (len > 1 && !/^[\p{L}\p{M}\u200C\u200D\s]+$/u.test(text.slice(start, end))) continue;
      if (isCovered(start, end)) continue;
      const bn = span.map((s) => s.w).join(' ');
      // A function word (বলে "says", করে "doing", হলে "if") is no content to gloss, whatever a lexicon row it resembles.
      if (len === 1 && isStopword(normalize(bn))) continue;
      const en = glossTimeWord(bn) ?? glossWord(bn);
      if (!en) continue;
      // (an acronym row keeps its capitals: ডব্লিউএইচও is WHO, not the stopword "who")
      const entryEnglish = isAcronym(en) ? en : en.replace(/'s$/u, '').toLowerCase();
      const category = lexicon.get(entryEnglish)?.category;
      if ((category && SKIP_IN_TEXT.has(category)) || ENGLISH_STOPWORDS.has(entryEnglish) || VAGUE_TIME.has(entryEnglish)) continue;
      covered.push([start, end]);
      found.push({ at: start, bn, en });
      i += len;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }

  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: Array<{ bn: string; en: string }> = [];
  for (const { bn, en } of found) {
    const key = en.toLowerCase();
    if (seen.has(key) || seen.has(bn)) continue;
    seen.add(key);
    seen.add(bn);
    out.push({ bn, en });
    if (out.length >= limit) break;
  }
  return out;
}
