/**
 * Cues in a sentence's own text that the reranker reads: whether it holds the kind of answer a question asks for (a
 * date or duration for "when", a number for "how many", an attribution for "which outlet"), and whether it refers back
 * to the sentence before.
 */
import type { QuestionType } from '../query/english.js';
import { BENGALI_WEEKDAYS, DATELINE_LABEL_WORDS, isBareDateline } from '../corpus/metadata.js';
import { normalize, normalizeEnding } from '../text/normalize.js';
import { SAYS, isCitationForm } from '../text/verbs.js';
import { analyze, analyzeTerms, isYearTerm } from '../text/analyze.js';
import { isDative } from '../text/stem.js';
import { CURRENCY_NAMES } from '../text/currencies.js';

const CUE_BITS = { READ: 1, REFERS: 2, CONTINUED: 4, DATE: 8, NUMBER: 16, ASKS: 32, SOURCE: 64, DATELINE: 128, LIST: 256, CAUSE: 512, SPEECH: 1024, PERSON: 2048, UPCOMING: 4096 } as const;

/**
 * Whole words (any of `words`, then one of `suffixes`), on normalised text: a month's name inside another word is no
 * date (মে in মেট্রো, মেয়র; আজ in আজম).
 */
function wholeWords(words: readonly string[], suffixes: readonly string[]): string {
  const tail = `(?:${suffixes.map(normalizeEnding).join('|')})?`;
  return `(?<![\\p{L}\\p{M}])${anyOf(...words)}${tail}(?![\\p{L}\\p{M}])`;
}

/** Any of `words`, normalised, as one regex group. */
function anyOf(...words: string[]): string {
  return `(?:${words.map(normalize).join('|')})`;
}
/** Case endings a date word takes (শনিবারের, মার্চে, জুলাইয়ে, মে মাসের). */
const DATE_ENDINGS = ['ে', 'ের', 'র', 'এ', 'এর', 'য়ে', 'য়ের', 'ও', 'েই', 'ই', 'তে', 'তেই'];
const WEEKDAYS = new RegExp(wholeWords([...BENGALI_WEEKDAYS], DATE_ENDINGS), 'u');
const MONTH_NAMES = [
  'জানুয়ারি', 'জানুয়ারী', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর',
  'বৈশাখ', 'জ্যৈষ্ঠ', 'আষাঢ়', 'শ্রাবণ', 'ভাদ্র', 'আশ্বিন', 'কার্তিক', 'অগ্রহায়ণ', 'পৌষ', 'মাঘ', 'ফাল্গুন', 'চৈত্র',
];
const MONTHS = new RegExp(wholeWords(MONTH_NAMES, DATE_ENDINGS), 'u');
const MONTH_TERMS: ReadonlySet<string> = new Set(MONTH_NAMES.flatMap((w) => analyzeTerms(w)));

/** Is an analysed term a month's name? */
export function isMonthTerm(term: string): boolean {
  return MONTH_TERMS.has(term);
}

/** Is an analysed term a year (2024) or a month's name: what a dateline says of the time a report is set in? */
export function namesYearOrMonth(term: string): boolean {
  return isYearTerm(term) || isMonthTerm(term);
}
/** A part of the day before a clock time (রাত ১০টা, সকাল সাড়ে ৮টা): then টা is the hour, not a count. */
const DAY_PARTS = ['সকাল', 'দুপুর', 'বিকাল', 'বিকেল', 'সন্ধ্যা', 'রাত', 'ভোর'].map(normalize);
/** Half past, a quarter to, a quarter past (সকাল সাড়ে ৮টা). */
const HOUR_FRACTIONS = ['সাড়ে', 'পৌনে', 'সোয়া'].map(normalize);
const YEAR_OR_TIME = new RegExp(
  `[০-৯0-9]{4}|[০-৯0-9]{1,2}\\s*${normalize('টায়')}|` +
    `(?:^|[^\\p{L}\\p{M}])(?:${DAY_PARTS.join('|')})\\s+(?:(?:${HOUR_FRACTIONS.join('|')})\\s+)?[০-৯0-9]{1,2}\\s*${normalize('টা')}|` +
    wholeWords(['সাল', 'গতকাল', 'আজ', 'আগামী', 'আগামীকাল', 'গত সপ্তাহ', 'এ সপ্তাহ', 'এই সপ্তাহ'], ['ে', 'ের', 'কের', 'ও', 'তে']),
  'u',
);
const DURATION = /[০-৯0-9]+\s*(?:বছর|মাস|সপ্তাহ|দিন|ঘণ্টা|মিনিট)(ের|এর)?(?:\s+(\S+))?/gu;
/** After a duration in the genitive, the words that make it a time (১৫ দিনের মধ্যে, within 15 days). */
const WITHIN = new Set(['মধ্যে', 'ভেতরে', 'ভিতরে', 'মাথায়'].map((w) => w.normalize('NFC')));

/**
 * Does the sentence state a span of time that dates something (৩ দিন আগে, ২ ঘণ্টা পর, ১৫ দিনের মধ্যে)? A span in the
 * genitive describes a thing instead (২০ বছরের চুক্তি, a 20-year treaty): that dates nothing.
 */
function statesDuration(nfc: string): boolean {
  for (const m of nfc.matchAll(DURATION)) {
    if (!m[1] || WITHIN.has((m[2] ?? '').replace(/[,।]$/u, ''))) return true;
  }
  return false;
}
/** Bengali number words: one to ten (দুই and its combining form দু apart), and the large units. */
const ONE_TO_TEN = ['এক', 'তিন', 'চার', 'পাঁচ', 'ছয়', 'সাত', 'আট', 'নয়', 'দশ'];
const LARGE_UNITS = ['শত', 'হাজার', 'লাখ', 'কোটি'];
/** One and a half, two and a half: a number without a digit (দেড় মাস, আড়াই ঘণ্টা). */
const FRACTIONS = ['দেড়', 'আড়াই'];
/**
 * A number as digits or as a whole number word (তিনজন, হাজারো, কয়েকটি; not the তিন of তিনি or the আট of আটক). Bare নয়
 * is "is not"; দু only counts with its classifier (দুজন, দুটি).
 */
const NUMBER = new RegExp(
  `[০-৯0-9]|` +
    wholeWords(
      [...ONE_TO_TEN.filter((w) => w !== 'নয়'), 'নয়টি', 'নয়জন', 'দুই', 'দুটি', 'দুজন', 'দুটো', ...LARGE_UNITS, 'বিলিয়ন', 'মিলিয়ন', 'কয়েক', ...FRACTIONS],
      ['টি', 'টা', 'জন', 'শ', 'ো', 'ই', 'টির', 'টিকে', 'জনের', 'জনকে', 'ের', 'ে'],
    ),
  'u',
);

/** Third-person pronouns: they stand for someone named before. */
const PRONOUNS = ['তিনি', 'তাঁর', 'তার', 'তাঁকে', 'তাকে', 'তাঁরা', 'তারা', 'তাঁদের', 'তাদের'];
/** Pronouns and demonstratives that refer back to someone or something named in the previous sentence. */
const BACK_REFERENCES = [...PRONOUNS, 'তাদেরকে', 'এটি', 'এটা', 'সেটি', 'দুই নেতা', 'উভয়', 'উভয় দেশ'].map(normalize);
/** Counting words that take the classifier -টি without referring back (একটি, দুটি, কয়েকটি). */
const COUNTS = [...ONE_TO_TEN, 'দু', 'কয়েক', 'অনেক'].map(normalize);
const ANAPHORA = new RegExp(
  `(?:^|[\\s,‘“'"(])(?:${BACK_REFERENCES.join('|')}` +
    // a noun with the definite classifier refers back to what was named before (প্রতিষ্ঠানটির, সংস্থাটি, দেশটি)
    `|(?!(?:${COUNTS.join('|')})টি)(?![০-৯0-9])\\p{L}[\\p{L}\\p{M}]{2,}টি(?:র|কে|তে)?` +
    `)(?=[\\s,।?!’”'"]|$)`,
  'u',
);

/** Does the sentence refer back to the one before it (a pronoun, দেশটি, প্রতিষ্ঠানটির …)? */
export function refersBack(sentence: string): boolean {
  return ANAPHORA.test(normalize(sentence));
}

/**
 * How a sentence opens when it carries on from the one before ("সেই বৈঠকে তারা …", "এই জয়ে …", "ফলে …"): it cannot be
 * read alone, and what it says completes its predecessor. (A pronoun anywhere, opening or not, is ANAPHORA's.)
 */
const CONTINUATION = new RegExp(
  `^[\\s‘“'"(]*(?:(?:${['এদিকে', 'তবে', 'এছাড়া', 'আর', 'এবং'].map(normalize).join('|')})\\s+)?` +
    `(?:${['সেই', 'সে', 'এই', 'এ', 'ওই', 'এতে', 'এর', 'সেখানে', 'এখানে', 'ফলে', 'তাই', 'এসময়', 'এ সময়']
      .map(normalize)
      .join('|')})(?=[\\s,।]|$)`,
  'u',
);

/**
 * Does `next` complete `sentence`: it opens by referring back, refers back anywhere ("… আলোচনা করেছেন তারা।" after the
 * lead that names them: a report's second sentence often says what its lead only announces), or `sentence` asks a
 * question the text then answers ("তবে কেন অক্টোবরে রপ্তানি কমল?" → the reason).
 */
export function continues(sentence: string, next: string): boolean {
  const following = normalize(next);
  return asks(sentence) || CONTINUATION.test(following) || ANAPHORA.test(following);
}

/** Is the sentence a question? Quoted alone it cannot be an answer. */
export function asks(sentence: string): boolean {
  return /[?？]\s*[’”'"]?\s*$/u.test(sentence);
}

/**
 * A sentence that names where the report comes from: a source line (সূত্র: আল জাজিরা), a closing attribution (খবর
 * রয়টার্সের।), a news agency or report quoted as saying it (বার্তা সংস্থা তাস জানিয়েছে, প্রতিবেদনে বলা হয়েছে), or the
 * page's byline (কালবেলা ডেস্ক, নিজস্ব প্রতিবেদক, ঢাকা).
 */
const SOURCE_LINE = new RegExp(
  [
    `^[\\s'"(]*${anyOf('সূত্র', 'তথ্যসূত্র', 'source')}\\s*[:ঃ]`,
    `^[\\s'"(]*${anyOf('খবর')}\\s+\\S+(?:\\s+\\S+){0,3}?(?:র|এর)\\s*[।.]?\\s*$`,
    `${anyOf('বার্তা', 'সংবাদ')}\\s*${anyOf('সংস্থা')}`,
    `${anyOf('খবরে', 'প্রতিবেদনে')}\\s+${anyOf('বলা', 'জানানো')}\\s+${anyOf('হয়েছে')}`,
    // a byline: the desk or the reporter a page credits (কালবেলা ডেস্ক, নিজস্ব প্রতিবেদক, কুষ্টিয়া; আন্তর্জাতিক ডেস্ক)
    `^[\\s'"(]*(?:\\S+\\s+){0,2}${anyOf('ডেস্ক', 'প্রতিবেদক', 'প্রতিনিধি', 'সংবাদদাতা')}\\s*(?:[,،]\\s*\\S+(?:\\s+\\S+)?)?\\s*$`,
  ].join('|'),
  'iu',
);

/** A page's dateline: "প্রকাশ : ১৮ জানুয়ারি ২০২৫, ১০:০৮ এএম", "আপডেট: …", "Published: …", "প্রকাশিত: …". */
const DATELINE = new RegExp(`^[\\s'"(]*${anyOf(...DATELINE_LABEL_WORDS)}\\s*[:ঃ]`, 'iu');

/** Is the sentence (`norm`: its normalised form) a page's dateline, labelled or bare? */
function datelineIn(sentence: string, norm: string): boolean {
  return DATELINE.test(norm) || isBareDateline(sentence);
}

/**
 * The characters a dateline's label and its colon stand within (DATELINE is anchored at the start): isDateline reads
 * only these, and normalises them only when they hold a colon, since the rerank asks it of every line of an article.
 * (normalize() makes no colon of anything else.)
 */
const LABEL_SPAN = 64;

/** Is the sentence a page's dateline, labelled or bare? (Cheaper than reading all of a line's cues.) */
export function isDateline(sentence: string): boolean {
  const start = sentence.slice(0, LABEL_SPAN);
  return (/[:ঃ]/u.test(start) && DATELINE.test(normalize(start))) || isBareDateline(sentence);
}

/**
 * The cue of the answer each question type asks for: a date for "when", a number for "how many", an attribution for
 * "which outlet", a dateline for "when was the report published".
 */
export const ANSWER_CUE: Partial<Record<QuestionType, number>> = {
  when: CUE_BITS.DATE,
  how_many: CUE_BITS.NUMBER,
  source: CUE_BITS.SOURCE,
  published: CUE_BITS.DATELINE,
};

/**
 * A list of three or more: "বাণিজ্য, বিনিয়োগ, পরিবহন ও লজিস্টিকস", "Kazakhstan, Kyrgyzstan and Tajikistan". Its parts:
 * the words before the first comma, the items between commas, the word after ও (see listItemTerms). (Exported for the
 * test that holds holdsList to it.)
 */
export const LIST = /([^,،।]{2,40})((?:[,،]\s*[^,،।]{2,40})+)\s(?:ও|এবং|আর|and)\s+([^\s,،।]+)/u;
const isSeparator = (ch: string) => ch === ',' || ch === '،' || ch === '।';
const isComma = (ch: string) => ch === ',' || ch === '،';
/** The conjunction that closes a list, after a space, followed by spaces and a word (LIST's tail). */
const LIST_TAIL = /\s(?:ও|এবং|আর|and)\s+[^\s,،।]/uy;

/**
 * Does the sentence hold a list, exactly as LIST.test says, in one pass over its separators? (The regex backtracks through
 * every start of every comma-free stretch: on a long sentence it cost more than all the other cues together — about
 * 9 % of a question's time over 100,000 passages.) LIST's first item is any two characters or more before a comma, and
 * a field of two or more between commas can always be read as such a first item, so the chain of middle items adds no
 * condition: the list is there when two characters or more stand before a comma and the field after it holds an item
 * and LIST's tail.
 */
export function holdsList(nfc: string): boolean {
  let fieldStart = 0;
  let afterItem = false;
  for (let i = 0; i <= nfc.length; i++) {
    if (i < nfc.length && !isSeparator(nfc[i]!)) continue;
    // the field nfc[fieldStart, i), ended by the separator at i (or by the end)
    if (afterItem && fieldHoldsTail(nfc, fieldStart, i)) return true;
    afterItem = i < nfc.length && isComma(nfc[i]!) && i - fieldStart >= 2;
    fieldStart = i + 1;
  }
  return false;
}

/** Does the field [from, to) open with an item (two to forty characters after its leading spaces) and LIST's tail? */
function fieldHoldsTail(nfc: string, from: number, to: number): boolean {
  let spaces = 0;
  while (from + spaces < to && /\s/u.test(nfc[from + spaces]!)) spaces++;
  // (the tail holds no separator, so a tail that starts inside the field ends inside it)
  for (let p = from + 2; p < to && p - from - spaces <= 40; p++) {
    LIST_TAIL.lastIndex = p;
    if (LIST_TAIL.test(nfc)) return true;
  }
  return false;
}

/**
 * The analysed terms of the items of a sentence's list (see LIST): the last word before its first comma, the parts
 * between commas, and the word after its "ও" — not the lead-in words before the first item, which the regex cannot
 * tell from it by more than that. Empty when the sentence holds no list.
 */
export function listItemTerms(sentence: string): string[] {
  const nfc = sentence.normalize('NFC');
  const m = holdsList(nfc) ? LIST.exec(nfc) : null;
  if (!m) return [];
  const first = m[1]!.trim().split(/\s+/u).pop() ?? '';
  return analyzeTerms([first, ...m[2]!.split(/[,،]/u), m[3]!].join(' '));
}

/**
 * Words that give a reason or a cause (কারণে, কারণেই, ফলে, দাবিতে, অভিযোগে, সূত্রপাত, দায়ী; ব্যবহারের দায়ে, "on the charge
 * of"; বিজ্ঞাপনের চাপে, "under the pressure of"; বিরোধের জের ধরে, "in the wake of"; আসামিপক্ষের যুক্তি, "the defence's
 * argument"; ভূমিকা রেখেছে, "played a part"; হওয়ায়, which the verb table does not read as a verbal noun: the others in
 * -য় are givesCauseByVerb's). (কারণেই, ফলেই, দায়ে and চাপে, session 26: dev +1 hit@1, +2 hit@3; তাই, "so", moved no
 * dev question and is as often "that very".)
 */
const CAUSE = new RegExp(
  `(?:^|[\\s,‘“'"(])${anyOf('কারণে', 'কারণেই', 'কারণ', 'ফলে', 'ফলেই', 'দায়ে', 'চাপে', 'দাবিতে', 'অভিযোগে', 'অভিযোগ', 'সূত্রপাত', 'দায়ী', 'কেননা', 'যেহেতু', 'প্রতিবাদে', 'বিরোধের', 'বিরোধে', 'হওয়ায়', 'জের', 'যুক্তি', 'ভূমিকা')}(?=[\\s,।’”'")]|$)`,
  'u',
);

/** A date told as still to come (আগামী ১৬ ডিসেম্বর, আগামী বছর): what the sentence dates has not happened yet. */
const UPCOMING = new RegExp(`(?<![\\p{L}\\p{M}])${anyOf('আগামী')}(?![\\p{L}\\p{M}])`, 'u');

/** The forms of জানানো ("let know") that report words: only with a comma after them or বলে before them (see SPEECH). */
const INFORMS = anyOf('জানান', 'জানিয়েছেন', 'জানিয়েছে', 'জানাচ্ছেন', 'জানিয়েছিলেন');

/**
 * A sentence that reports what someone said: a quotation, or a verb of saying (বলেন, জানিয়েছেন, মন্তব্য করেন …). জানান
 * and জানিয়েছে say something only before a comma or after বলে (সফরের আমন্ত্রণ জানান: "invited"); বলে alone is also
 * "that" and "because", so it counts only before one of them.
 */
const SPEECH = new RegExp(
  [
    '"',
    `(?<![\\p{L}\\p{M}])${anyOf(...SAYS, 'বলেছিল', 'বলেনি', 'মন্তব্য করেন', 'মন্তব্য করেছেন', 'উল্লেখ করেন', 'উল্লেখ করেছেন', 'দাবি করেন', 'দাবি করেছেন', 'অভিযোগ করেন', 'অভিযোগ করেছেন', 'সতর্ক করেন', 'সতর্ক করেছেন')}(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])${INFORMS}\\s*,`,
    `(?<![\\p{L}\\p{M}])${anyOf('বলে', 'বলেও')}\\s+${INFORMS}`,
  ].join('|'),
  'u',
);

/**
 * A person named the way Bangladeshi reports name people: a title (অধ্যাপক, ডা., বিচারপতি, লেফটেন্যান্ট কর্নেল), a
 * family or given name most names carry (রহমান, ইসলাম, হোসেন, আক্তার, খাতুন …), or the role a name follows (প্রকল্প
 * পরিচালক, অভিনেত্রী, বাদী). What a "who" question asks for; a foreign name with no role before it goes unnoticed (no
 * gazetteer of names), so the cue only ever adds.
 */
const PERSON = new RegExp(
  wholeWords(
    [
      'অধ্যাপক', 'ড.', 'ডা.', 'মো.', 'মোহাম্মদ', 'মুহাম্মদ', 'বিচারপতি', 'ব্যারিস্টার', 'অ্যাডভোকেট', 'প্রকৌশলী', 'লেফটেন্যান্ট',
      'রহমান', 'ইসলাম', 'হোসেন', 'হোসাইন', 'আহমেদ', 'আহমদ', 'খান', 'চৌধুরী', 'আলম', 'উদ্দিন', 'হক', 'আলী', 'মিয়া', 'বেগম',
      'খাতুন', 'আক্তার', 'আখতার', 'সুলতানা', 'দাস', 'সাহা', 'ঘোষ', 'বিশ্বাস', 'মজুমদার', 'ভূঁইয়া', 'তালুকদার', 'মোল্লা',
      'হাসান', 'কবির', 'করিম', 'জামান', 'পারভীন', 'নাহার', 'ইয়াসমিন', 'জাহান', 'শেখ', 'সিদ্দিকী', 'কাদের', 'মাহমুদ',
      'রশিদ', 'হাবিব', 'আবদুল', 'আব্দুল', 'বড়ুয়া', 'চাকমা', 'সরদার', 'প্রামাণিক', 'মণ্ডল', 'মন্ডল',
      // the role a report names a person by, just before the name (জেলা প্রশাসক শাহনেওয়াজ কবির, জ্যোতির্বিদ নালেদি
      // মোকোয়েনা, বাদী হয়ে): foreign names too. (Session 26: dev +1 hit@1, +1 hit@3; holdout +1 hit@1.)
      'প্রশাসক', 'পরিচালক', 'উপপরিচালক', 'চেয়ারম্যান', 'সভাপতি', 'মেয়র', 'ম্যাজিস্ট্রেট', 'পরিদর্শক', 'বিজ্ঞানী',
      'জ্যোতির্বিদ', 'অভিনেতা', 'অভিনেত্রী', 'গবেষক', 'আহ্বায়ক', 'নির্বাহী', 'ওপেনার', 'ফরোয়ার্ড', 'অধিনায়ক', 'বাদী',
      'মালিক', 'আইনজীবী', 'গৃহবধূ', 'কলেজছাত্রী', 'কলেজছাত্র',
    ],
    ['ের', 'র', 'কে', 'এর'],
  ),
  'u',
);

const LOCATIVE_Y = normalize('য়');
/**
 * A verbal noun in the locative (পারায়, থাকায়, খোলায়: "because it could not …, since it stayed …") gives a cause: a
 * word in -য় whose rest is a verb's citation form. (The shape alone does not tell: ঢাকায় is "in Dhaka".)
 */
function givesCauseByVerb(norm: string): boolean {
  for (const word of norm.split(/[\s,;:।‘’“”'"()]+/u)) {
    if (word.length > LOCATIVE_Y.length + 1 && word.endsWith(LOCATIVE_Y)) {
      const noun = word.slice(0, -LOCATIVE_Y.length);
      if (isCitationForm(noun)) return true;
    }
  }
  return false;
}

/** An analysed term that states a quantity: digits, or a Bengali number word (তিন, দুজন, হাজার, কয়েকটি). */
const QUANTITY = new RegExp(
  `^(?:[0-9]+|(?:${[...ONE_TO_TEN, 'দুই', 'দু', 'বিশ', ...LARGE_UNITS, 'শ', 'কয়েক', 'শতাধিক', 'সহস্রাধিক', ...FRACTIONS].map(normalize).join('|')})(?:জন|টি|টা|শ)?)$`,
  'u',
);
/**
 * Words between a number and what it counts: classifiers (১২টি স্টেশন, ২৩ জন আহত), and the member count of a body (১৫
 * সদস্যের দল, পাঁচ সদস্যের কমিটি: how many are in the team).
 */
const CLASSIFIERS = new Set(['টি', 'টা', 'জন', 'টির', ...analyzeTerms('সদস্যের সদস্যবিশিষ্ট')]);
/** Words (adjectives) that may stand between a number with its classifier and what it counts. */
const MAX_COUNT_GAP = 2;
/** Words between what is counted and its number (আহত অন্তত ২২, শয্যা মাত্র ৪০টি). */
const APPROXIMATORS = new Set(['অন্তত', 'প্রায়', 'মোট', 'আরও', 'আরো', 'মাত্র', 'কমপক্ষে', 'আনুমানিক'].map(normalize));

/**
 * Analysed terms of currencies: the amount of money a price question asks for is stated in one. (One-word names: the
 * মার্কিন of মার্কিন ডলার, "US", names no money.)
 */
const CURRENCY_TERMS: ReadonlySet<string> = new Set(
  Object.keys(CURRENCY_NAMES).flatMap((w) => {
    const terms = analyzeTerms(w);
    return terms.length === 1 ? terms : [];
  }),
);

/** Does a sentence's analysed terms name a currency (৩২ হাজার টাকা, ১২ কোটি ডলার)? */
export function statesMoney(terms: readonly string[]): boolean {
  return terms.some((t) => CURRENCY_TERMS.has(t));
}

/** Does a sentence's analysed terms state a quantity that `known` (the question's own terms) does not (ছয় লেন asked)? */
export function statesNewQuantity(terms: readonly string[], known: ReadonlyMap<string, unknown>): boolean {
  return terms.some((t) => QUANTITY.test(t) && !known.has(t));
}

/**
 * Does a quantity stand right before one of `counted` in a sentence's analysed terms (a classifier between), or right
 * after it (an approximator between), as Bengali reports a toll (নিহত হয়েছেন অন্তত ৫ জন: the verb is a function word,
 * not a term)?
 */
export function statesCount(terms: readonly string[], counted: ReadonlySet<string>): boolean {
  for (let i = 0; i < terms.length; i++) {
    if (!counted.has(terms[i]!)) continue;
    let k = i - 1;
    if (k > 0 && CLASSIFIERS.has(terms[k]!)) k--;
    if (k >= 0 && QUANTITY.test(terms[k]!)) return true;
    // A number with its classifier counts the noun a word or two on (২১টি বিপন্ন কালো গন্ডার: 21 rhinos).
    for (let gap = 1; gap <= MAX_COUNT_GAP && i - gap - 2 >= 0; gap++) {
      if (CLASSIFIERS.has(terms[i - gap - 1]!) && QUANTITY.test(terms[i - gap - 2]!)) return true;
    }
    let j = i + 1;
    if (j < terms.length && APPROXIMATORS.has(terms[j]!)) j++;
    if (j < terms.length && QUANTITY.test(terms[j]!)) return true;
    if (numberOfItIn(terms, i + 1)) return true;
  }
  return false;
}

/** The analysed সংখ্যা ("number"): জিরাফের সংখ্যা দাঁড়াল ১১টিতে, "the number of giraffes came to 11". */
const NUMBER_NOUN = analyzeTerms('সংখ্যা')[0]!;
/** Words that may stand between what is counted and সংখ্যা (বেকার মানুষের সংখ্যা), and between সংখ্যা and its number. */
const NUMBER_NOUN_GAP = 2;

/**
 * Does a count follow what is counted as its সংখ্যা, "number" (পার্কে জিরাফের সংখ্যা দাঁড়াল ১১টিতে; বেকার মানুষের সংখ্যা
 * বেড়ে ২৭ লাখে দাঁড়িয়েছে), from `from` on: সংখ্যা a word or two on, then a quantity a word or two after it?
 */
function numberOfItIn(terms: readonly string[], from: number): boolean {
  for (let k = from; k < terms.length && k <= from + NUMBER_NOUN_GAP - 1; k++) {
    if (terms[k] !== NUMBER_NOUN) continue;
    for (let j = k + 1; j < terms.length && j <= k + NUMBER_NOUN_GAP + 1; j++) if (QUANTITY.test(terms[j]!)) return true;
    return false;
  }
  return false;
}

/**
 * The terms a sentence names only in the dative, -কে (পুতিন পেজেশকিয়ানকে বলেন: Putin speaks to Pezeshkian): a sentence
 * that names a person so does not report that person's words.
 */
export function namedOnlyAsAddressee(text: string): Set<string> {
  const dative = new Set<string>();
  const other = new Set<string>();
  for (const word of analyze(text)) (isDative(normalize(word.surface)) ? dative : other).add(word.term);
  for (const term of other) dative.delete(term);
  return dative;
}

/** Does the passage hold what this type of question asks for? */
export function holdsAnswerType(type: QuestionType, text: string): boolean {
  const cue = ANSWER_CUE[type];
  return cue !== undefined && (readCues(text, undefined) & cue) !== 0;
}

function holdsDate(nfc: string, norm: string): boolean {
  return WEEKDAYS.test(norm) || MONTHS.test(norm) || YEAR_OR_TIME.test(norm) || statesDuration(nfc);
}

/** The cues of one sentence as bits (see readCues). */
export const CUE = CUE_BITS;

/**
 * Every cue of a sentence at once, its NFC and normalised forms computed once: it refers back; `next` (the following
 * sentence of the same paragraph, if any) carries it on; it holds a date; a number; it asks a question; it says where
 * the report comes from; it is the page's dateline; it lists three things or more; it gives a cause; it reports what
 * someone said; it names a person; it dates something still to come. CUE.READ is always
 * set, so 0 can mean "not read yet".
 */
export function readCues(sentence: string, next: string | undefined): number {
  const nfc = sentence.normalize('NFC');
  const norm = normalize(sentence);
  return (
    CUE.READ |
    (ANAPHORA.test(norm) ? CUE.REFERS : 0) |
    (next !== undefined && continues(sentence, next) ? CUE.CONTINUED : 0) |
    (holdsDate(nfc, norm) ? CUE.DATE : 0) |
    (NUMBER.test(norm) ? CUE.NUMBER : 0) |
    (asks(sentence) ? CUE.ASKS : 0) |
    (SOURCE_LINE.test(norm) ? CUE.SOURCE : 0) |
    (datelineIn(sentence, norm) ? CUE.DATELINE : 0) |
    (holdsList(nfc) ? CUE.LIST : 0) |
    (CAUSE.test(norm) || givesCauseByVerb(norm) ? CUE.CAUSE : 0) |
    (SPEECH.test(norm) ? CUE.SPEECH : 0) |
    (PERSON.test(norm) ? CUE.PERSON : 0) |
    (UPCOMING.test(norm) ? CUE.UPCOMING : 0)
  );
}
