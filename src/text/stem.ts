/**
 * A light, conservative stemmer for Bengali NOMINAL inflection (case, plural, classifier, clitic).
 *
 * Why hand-written: no npm package stems Bengali (checked @orama/stemmers, snowball-stemmers,
 * natural and multilingual-stemmer 2.1: Hindi and Nepali at most). Lucene's BengaliStemmer
 * (apache/lucene analysis/bn), which we used as the reference for the suffix inventory, strips
 * greedily by suffix length alone, so they cut বৈঠক → বৈঠ,
 * শুক্রবার → শুক্রবা and ক্ষেপণাস্ত্র → ক্ষেপণাস্ত; they also expect precomposed nukta letters,
 * whereas our normalised text keeps য়/ড়/ঢ় decomposed. Retrieval needs the opposite trade-off:
 * it is better to leave an inflection in place than to merge two different words.
 *
 * Model: stem + [plural | classifier] + [case] + [clitic] + [postposition সহ], peeled outside-in,
 * one suffix per layer, each with a guard on what may precede it and a minimum stem length
 * counted in LETTERS (consonants and independent vowels), not UTF-16 code units.
 *
 * Consistency rule: the genuinely ambiguous endings — a vowel sign followed by র (genitive
 * "রাশিয়ার" vs native "ভ্লাদিমির") or by য় (locative "মস্কোয়" vs native "উপায়") — are applied
 * once more as a final layer, so that X, X+ে and X+ের always reach the same stem even when the
 * stem is a little short (মন্দির / মন্দিরে / মন্দিরের → মন্দি). Common native words with those
 * endings are protected by name so they stay whole.
 *
 * A stem-final ৎ is written ত (সাক্ষাৎ and সাক্ষাতের both → সাক্ষাত; উচিৎ meets উচিত).
 *
 * Deliberate choice: the demonym "-ি" is NOT removed (ইরানি stays ইরানি, ইরানের → ইরান), because
 * the same ending is native in রপ্তানি, জ্বালানি, পানি, কোম্পানি; the query layer can expand
 * Iranian → ইরান if it wants.
 */
import { LETTER_NAMES } from './letter-names.js';

const VIRAMA = 0x09cd;
const NUKTA = 0x09bc;

function isConsonantCode(c: number): boolean {
  return (c >= 0x0995 && c <= 0x09b9) || c === 0x09ce || (c >= 0x09dc && c <= 0x09df) || c === 0x09f0 || c === 0x09f1;
}
/** A Bengali independent vowel letter (অ … ঔ, ৠ, ৡ). */
export function isIndependentVowelCode(c: number): boolean {
  return (c >= 0x0985 && c <= 0x0994) || c === 0x09e0 || c === 0x09e1;
}

/** Number of Bengali letters (consonants + independent vowels); signs, virama, nukta do not count. */
export function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isConsonantCode(c) || isIndependentVowelCode(c)) n++;
  }
  return n;
}

function hasBengaliLetter(s: string): boolean {
  return letterCount(s) > 0;
}

/**
 * What the stem ends with, which decides whether a suffix may attach there: a class name
 * ('cons', 'indep', 'virama', 'anusvara', 'chandrabindu', 'other') or the vowel sign itself ("া", "ি" …).
 */
type Tail = string;

/** Tail of a (non-empty) stem: a vowel sign is returned as itself ("া", "ি", …). */
function tailOf(stem: string): Tail {
  const c = stem.charCodeAt(stem.length - 1);
  if (c === NUKTA || isConsonantCode(c)) return 'cons';
  if (isIndependentVowelCode(c)) return 'indep';
  if (c === VIRAMA) return 'virama';
  if (c === 0x0982) return 'anusvara';
  if (c === 0x0981) return 'chandrabindu';
  if ((c >= 0x09be && c <= 0x09cc) || c === 0x09d7) return stem[stem.length - 1];
  return 'other';
}

interface SuffixRule {
  suffix: string;
  /** Tails the remaining stem may end with. */
  after: ReadonlySet<Tail>;
  /** Minimum letters left in the stem. */
  minLetters: number;
  /** Extra veto on the would-be stem. */
  veto?: (stem: string) => boolean;
}

const ANY_VOWEL_SIGN = ['া', 'ি', 'ী', 'ু', 'ূ', 'ৃ', 'ে', 'ৈ', 'ো', 'ৌ'];
const set = (...xs: string[]): ReadonlySet<string> => new Set(xs);
const AFTER_ANYTHING = set('cons', 'indep', 'anusvara', 'chandrabindu', ...ANY_VOWEL_SIGN);
const AFTER_CONSONANT = set('cons');
/** Vowel-final stems, nasalised too, that take the short genitive "-র" (রাশিয়ার, চুক্তির, মস্কোর, শুরুর, নওগাঁর). */
const AFTER_VOWEL_FOR_R = set('া', 'ি', 'ী', 'ু', 'ূ', 'ো', 'ৌ', 'indep', 'chandrabindu');
/** Stems that take locative "-য়" (মস্কোয়, গাজায়, নওগাঁয়); ি/ী/ে are excluded: প্রয়োজনীয়, দেয়, নেয় are native. */
const AFTER_VOWEL_FOR_Y = set('া', 'ো', 'chandrabindu');
/**
 * Stems that take "-য়ে"/"-য়ের" (জুলাইয়ে, সইয়ের, পিয়ংইয়ংয়ের, গাঁয়ের). Not after a vowel sign:
 * -া/-ো nouns inflect as -ায়/-ার, so "-ায়ে" is X+ায়+ে (পর্যায়ে, উপায়ে, সম্প্রদায়ের).
 */
const AFTER_VOWEL_SOUND = set('indep', 'anusvara', 'chandrabindu');
/**
 * "-তে" only after vowel-final stems (চুক্তিতে, মস্কোতে, ইস্যুতে, and a vowel letter: টোকিওতে, আইসিইউতে); after া it is
 * usually X+ত+ে (রাতে, হাতে).
 */
const AFTER_VOWEL_FOR_TE = set('ি', 'ী', 'ু', 'ূ', 'ো', 'ৌ', 'indep');

const Y = 'য়'; // য + nukta, the normalised form

/**
 * Nouns in -ে that keep it, in all their forms (জেলে, জেলেরা, জেলেদের, জেলেকে, জেলের → জেলে): জেলে "fisherman" is in the
 * fixture corpora nearly always that (জেলে পরিবার, স্থানীয় জেলে নুরুল), far more than জেল's locative "in jail", and as জেল
 * it met the jail's synonyms (কারাগার, কারাদণ্ড). (The jail's genitive জেলের goes with it, rarer in the reports.) Protected
 * words, and their plural and genitive endings are cut first (see CASE_RULES), before -েরা, -েদের, -ের would take the ে.
 */
const NOUNS_IN_E_KEPT: ReadonlySet<string> = set('জেলে');

/**
 * Native words ending in (vowel sign)+র or +য় (or otherwise looking inflected) that must stay
 * whole. Without this list the consistency layer would still make all their forms meet, but
 * their stems would be needlessly short and could collide with other words.
 */
const PROTECTED_WORDS = set(
  // -ার natives
  'সরকার', 'বাজার', 'হাজার', 'ব্যবহার', 'আবার', 'অধিকার', 'প্রকার', 'শিকার', 'স্বীকার', 'অস্বীকার',
  'বিচার', 'প্রচার', 'আচার', 'বিস্তার', 'সংস্কার', 'পুরস্কার', 'আবিষ্কার', 'উদ্ধার', 'গ্রেপ্তার',
  'গ্রেফতার', 'প্রত্যাহার', 'আকার', 'উপহার', 'অন্ধকার', 'প্রসার', 'প্রতিকার', 'অঙ্গীকার',
  'সাক্ষাৎকার', 'কমান্ডার', 'অর্ডার', 'বর্ডার', 'ডলার', 'সেন্টার', 'খাবার', 'আহার', 'বিহার',
  'ইশতেহার', 'মিনার', 'চার', 'পার', 'তার', 'কারাগার', 'ভান্ডার', 'ভাণ্ডার', 'দরকার', 'হার', 'ধার',
  'সার', 'ভার', 'জার', 'প্রহার', 'সংসার', 'বাহার', 'পাহাড়',
  // -ির / -ীর natives
  'ভ্লাদিমির', 'ব্লাদিমির', 'মন্দির', 'আমির', 'কবির', 'শিবির', 'নজির', 'হাজির', 'বাহির', 'অস্থির',
  'স্থির', 'ফকির', 'জহির', 'বশির', 'নাসির', 'জাকির', 'শিশির', 'উজির', 'তাকদির', 'কাশ্মীর', 'শরীর',
  'গভীর', 'তীর', 'পীর', 'বীর', 'মীর', 'জাহাঙ্গীর', 'আলমগীর', 'প্রাচীর', 'অধীর',
  // -ুর / -ূর / -োর natives
  'দূর', 'সুর', 'নূর', 'খেজুর', 'মজুর', 'অসুর', 'ঠাকুর', 'কুকুর', 'মঞ্জুর', 'হুজুর', 'মশহুর',
  'ভোর', 'চোর', 'জোর', 'কিশোর', 'যশোর', 'লাহোর', 'ঘোর',
  // -য় natives after া/ো
  'উপায়', 'অধ্যায়', 'সহায়', 'বিদায়', 'আদায়', 'পর্যায়', 'সম্প্রদায়', 'অন্যায়', 'ন্যায়', 'রায়',
  'প্রায়', 'দায়', 'সমবায়', 'অভিপ্রায়',
  // -রা natives (not plurals)
  'ধারা', 'দ্বারা', 'পাহারা', 'চেহারা', 'ইশারা', 'সারা', 'মারা', 'করা', 'ভরা', 'পরা', 'ধরা', 'ঘেরা',
  'ফেরা', 'হারা', 'খরা', 'ছোরা', 'ঘোরা', 'তারা', 'আঙ্কারা', 'সাহারা', 'অপ্সরা', 'বসুন্ধরা', 'পসরা',
  'ফোয়ারা', 'বেচারা', 'নারা', 'আনোয়ারা', 'কুশিয়ারা', 'ভেড়ামারা', 'পেয়ারা', // (শিয়ারা, ফড়িয়ারা are plurals)
  // -টি / -টা natives (not classifiers)
  'ত্রুটি', 'কমিটি', 'ঘাঁটি', 'মাটি', 'কোটি', 'রুটি', 'ছুটি', 'বাটি', 'খাঁটি', 'সিটি', 'ডিউটি',
  'সেফটি', 'ইউনিভার্সিটি', 'বিউটি', 'চটি', 'গুটি', 'কোটা', 'গোটা', 'কাঁটা', 'মোটা', 'ফোঁটা', 'ডাটা',
  'ভাটা', 'ঝাঁটা', 'বোঁটা', 'হাঁটা', 'আটা', 'ফাটা', 'ছোটা', 'বাটা', 'পেটা', 'খোঁটা',
  // names / words ending in a clitic-looking vowel
  'খামেনেই', 'সই', 'ইউকে',
  // names and nouns whose final র / রা / ার is part of the word (Latin-key matching needs it kept)
  'জাজিরা', 'ক্যামেরা', 'কলেরা', 'হীরা', 'কারা', 'সিয়েরা', 'বাশার', 'আনোয়ার', 'মোক্তার', 'মুখতার', 'নিসার',
  'কায়সার', 'আম্মার', 'আবরার', 'ইয়াসির', 'ব্যাপার', 'মধ্যকার', 'কাতার', 'কান্দাহার', 'আনসার', 'তাতার',
  'ইফতার', 'জাফার', 'মোজাফফার',
  // দায়ের করা "to file (a case)": in news far more often than the genitive of দায় "liability"
  'দায়ের',
  ...NOUNS_IN_E_KEPT,
);
/**
 * Endings of native words that look like "-র" genitives: weekdays/-বার, -দার (অংশীদার), -পুর places; and -সেরা "best" of
 * the compounds sports pages write (ম্যাচসেরা, বর্ষসেরা, দেশসেরা), which looked like a plural in -েরা.
 */
const PROTECTED_ENDINGS = ['বার', 'দার', 'পুর', 'সেরা'];
/**
 * … but these are genitives of nouns in -বা and -দা, common in news, that the endings above would keep whole (সেবার, বাবার,
 * স্বাস্থ্যসেবার, চাহিদার, মর্যাদার, গোয়েন্দার, বাসিন্দার; কলমাকান্দার, দামুড়হুদার of places in -কান্দা, -হুদা).
 */
const GENITIVES_IN_PROTECTED_ENDINGS = ['সেবার', 'বাবার', 'ডোবার', 'চাহিদার', 'মর্যাদার', 'পর্দার', 'বারান্দার', 'মন্দার', 'চাঁদার', 'কাদার', 'দাদার', 'গোয়েন্দার', 'বাসিন্দার', 'ওয়াদার', 'ফায়দার', 'কান্দার', 'হুদার', 'নিন্দার'];

/** Stems ending in ক that take the locative "-ে": their "-কে" is NOT the objective case. */
const K_FINAL_STEMS = set(
  'বৈঠক', 'ইরাক', 'দিক', 'লোক', 'ব্যাংক', 'ফেসবুক', 'সড়ক', 'ট্রাক', 'ব্লক', 'এক', 'অনেক', 'দশক',
  'শতক', 'নাটক', 'আটক', 'মোড়ক', 'ফলক', 'ঝলক', 'পলক', 'শোক', 'বাঁক', 'ঢাক', 'ঠিক', 'অর্ধেক', 'প্রত্যেক',
  // found in the archive with the locative beside the bare noun and never with -কে (ফটকে, ক্লিনিকে, সাজেকে)
  'ফটক', 'ক্লিনিক', 'অলিম্পিক', 'টেকনিক', 'প্রতীক', 'একনেক', 'সাজেক', 'স্ট্রোক', 'স্মারক', 'ট্র্যাক', 'পোশাক', 'সূচক',
  'দুদক', 'মড়ক',
);

/**
 * Words that end like a ক-noun above but take the objective -কে: ফলাফলকে "the result", not ফলাফল + ফলক's locative;
 * বন্দিকে "the prisoner", not বন্দ + দিক's.
 */
const OBJECTIVE_KE_STEMS = ['ফলাফল', 'বন্দি'];

/**
 * Stem endings before "-দের" that mean the দ belongs to the word, so "-দের" is really X+দ+"-ের":
 * -বাদ (ইসলামাবাদ, সন্ত্রাসবাদ, সংবাদ, প্রতিবাদ), names in -াদ/-ুদ (আসাদ, মুরাদ, মাসুদ, মাহমুদ) and nouns
 * in consonant+দ (সম্পদ, বিপদ, সংসদ, পরিষদ, অনুষদ, নগদ, হ্রদ). The plural stems they shadow (নেতাদের, শিশুদের,
 * ইরানিদের, মিত্রদের, শাসকদের, মানুষদের, নার্সদের: so সংস, not any স) end differently.
 */
const NATIVE_D_ENDINGS = ['বা', 'শা', 'সা', 'হা', 'রা', 'য়া', 'সু', 'মু', 'প', 'সংস', 'পরিষ', 'অনুষ', 'গ', 'হ্র'];

/**
 * Words in -িদ, names most of them (হামিদ, মজিদ, জাহিদ, ফরিদ, মসজিদ, উদ্ভিদ): as endings (মি, জি, হি, রি) they had also
 * kept the plural of nouns in -ি whole (আসামিদের → আসামিদ), so they are listed by name; and নীলনদ, whose ন ending
 * would keep স্বজনদের whole.
 */
const WORDS_IN_ID = set(
  'হামিদ', 'মজিদ', 'মাজিদ', 'জাহিদ', 'ফরিদ', 'রশিদ', 'রাশিদ', 'সাজিদ', 'ওয়াহিদ', 'মুজাহিদ', 'তাহমিদ', 'আবিদ', 'শহিদ',
  'নাহিদ', 'তৌহিদ', 'শাহিদ', 'খুরশিদ', 'জুবায়িদ', 'মসজিদ', 'উদ্ভিদ', 'তাগিদ', 'রসিদ', 'তাওহিদ', 'নীলনদ',
  // more names and words whose দ follows a vowel or consonant that a plural stem ends in too (শহীদ beside যাত্রীদের,
  // আমজাদ beside রাজাদের, দাউদ beside বউদের, সনদ beside স্বজনদের), found in the archive as X+দ standing alone while X did not
  'রাফিদ', 'ফাহিদ', 'ওয়ালিদ', 'নাভিদ', 'জাভিদ', 'তানজিদ', 'শহীদ', 'সাঈদ', 'আমজাদ', 'ইমদাদ', 'মিকদাদ', 'বাগদাদ',
  'দাউদ', 'হলুদ', 'সনদ', 'হালনাগাদ', 'ত্রিনিদাদ',
);

/** Plural markers a case ending may follow (দেশগুলোকে, দেশগুলির). */
const PLURAL_MARKERS = ['গুলো', 'গুলি', 'গুলা'];

/**
 * Names and nouns in -েদ (আহমেদ, খালেদ, শাহেদ, উচ্ছেদ): their genitive -েদের is not the colloquial plural -েদের of
 * লোকেদের, so আহমেদের meets আহমেদ rather than আহম.
 */
const NAMES_IN_ED = set(
  'আহমেদ', 'খালেদ', 'শাহেদ', 'জাহেদ', 'মাজেদ', 'ওয়াহেদ', 'সাজেদ', 'রাশেদ', 'হামেদ', 'মোর্শেদ', 'মুর্শেদ', 'জাভেদ',
  'নাভেদ', 'আবেদ', 'জুনায়েদ', 'জায়েদ', 'ওবায়েদ', 'সাইয়েদ', 'মাহমেদ', 'মেহেদ',
  // and nouns in -ছেদ, -ভেদ (উচ্ছেদের: of the eviction, অনুচ্ছেদের: of the article)
  'উচ্ছেদ', 'বিচ্ছেদ', 'অনুচ্ছেদ', 'পরিচ্ছেদ', 'মতভেদ', 'ভেদাভেদ',
);

function dBelongsToWord(stem: string): boolean {
  if (stem.endsWith('ে')) return true; // আহমেদ, খালেদ, শাহেদ
  for (const e of NATIVE_D_ENDINGS) if (stem.endsWith(e)) return true;
  return WORDS_IN_ID.has(`${stem}দ`);
}

/** True when stem+ক is (or ends with) a ক-final noun that takes the locative -ে (বৈঠকে, অপরদিকে). */
function kBelongsToWord(stem: string): boolean {
  // A plural takes the objective -কে (দেশগুলোকে), whatever noun its -লো+ক ends like (লোক).
  if (PLURAL_MARKERS.some((m) => stem.endsWith(m))) return false;
  if (OBJECTIVE_KE_STEMS.some((w) => stem.endsWith(w))) return false;
  const word = stem + 'ক';
  for (const k of K_FINAL_STEMS) if (word.endsWith(k)) return true;
  return false;
}

/**
 * -টি natives that also end solid compounds (সেনাঘাঁটি, উপকমিটি, শীতলপাটি, ক্যাপিটাল সিটি written solid): what precedes
 * their টি is no word a classifier could follow, so the compound keeps it too. (Not মাটি, ভাটা and the like: জামাটি,
 * সভাটা are জামা, সভা with a classifier.)
 */
const COMPOUND_FINAL_NATIVES = ['ঘাঁটি', 'কমিটি', 'পাটি', 'সিটি', 'ত্রুটি', 'পার্টি'];
const TI = 'টি';

function isProtected(word: string): boolean {
  if (PROTECTED_WORDS.has(word)) return true;
  if (word.endsWith(TI) && COMPOUND_FINAL_NATIVES.some((e) => word.length > e.length + 1 && word.endsWith(e))) return true;
  for (const e of PROTECTED_ENDINGS) {
    if (word.length > e.length && word.endsWith(e)) return !GENITIVES_IN_PROTECTED_ENDINGS.some((g) => word.endsWith(g));
  }
  return false;
}

const rule = (suffix: string, after: ReadonlySet<Tail>, minLetters: number, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  suffix,
  after,
  minLetters,
  ...extra,
});

/**
 * Postpositions glued to the noun: হাসিনাসহ, নেতারাসহ, and after a two-letter noun too (ঢাকাসহ, সোনাসহ, টাকাসহ); a
 * one-letter remainder is a word of its own (দুঃসহ "unbearable").
 */
const POSTPOSITION_RULES: readonly SuffixRule[] = [
  rule('সহ', AFTER_ANYTHING, 2),
  // the adverb an adjective makes with -ভাবে (সামরিকভাবে "militarily", অর্থনৈতিকভাবে): the adjective (সামরিক); not after
  // a one- or two-letter stem (এভাবে, কীভাবে, যেভাবে, সেভাবে "thus, how": words of their own)
  rule('ভাবে', AFTER_ANYTHING, 3),
];

/** Emphatic/inclusive clitics: রাশিয়াও, সম্পর্কও, দেশগুলোও; দেশই, মতই, শুরুতেই. */
const CLITIC_RULES: readonly SuffixRule[] = [
  // Not after ি: ভিডিও, রেডিও, অডিও are native.
  rule('ও', set('cons', 'anusvara', 'া', 'ী', 'ু', 'ে', 'ো'), 2),
  // Only after a consonant or ে: after া it is native (ভাই, লড়াই, জুলাই, দুবাই).
  rule('ই', set('cons', 'ে'), 2),
];

/**
 * Plural -রা (নেতারা, মিত্ররা, গোয়েন্দারা); never after virama (মুদ্রা, যাত্রা) — the generic guard. After a bare
 * consonant, a stem of two letters is the word's own: খুচরা "retail", টুকরা, পায়রা, and the names উত্তরা, কয়রা, পোখরা.
 * (Counted over the fixture corpora's 21,000 words: every -রা after a two-letter consonant-final stem was the word's own,
 * while such plurals had three letters or more: নিহতরা, ভক্তরা, আয়োজকরা.)
 */
const PLURAL_RA = rule('রা', AFTER_ANYTHING, 2, { veto: (stem) => tailOf(stem) === 'cons' && letterCount(stem) < 3 });

/**
 * Words in ত or ৎ after a vowel sign (বিদ্যুৎ, অতীত, স্রোত): their locative -তে is ত+এ (বিদ্যুতে meets বিদ্যুতের and
 * বিদ্যুৎ, স্রোতে meets স্রোত), not the -তে of নদীতে, বাড়িতে — which are the many, so these are listed: the nouns the
 * archive writes with the locative beside the bare word.
 */
const T_FINAL_AFTER_VOWEL = ['বিদ্যু', 'তড়ি', 'অতী', 'সংগী', 'স্রো', 'গণি', 'মজু', 'বিপরী', 'গিলগি'];

/** The one-letter nouns in -া, which take -য়ের (মায়ের, পায়ের): mother, foot, tea, wound, body. */
const ONE_LETTER_A_NOUNS: ReadonlySet<string> = new Set(['মা', 'পা', 'চা', 'ঘা', 'গা']);

/** Case endings and the plural endings fused with case. Tried in order; first applicable wins. */
const CASE_RULES: readonly SuffixRule[] = [
  // A kept noun in -ে (NOUNS_IN_E_KEPT) with its plural or genitive: জেলেরা is জেলে + রা, not জেল + -েরা.
  ...['দের', 'রা', 'র'].map((suffix) => rule(suffix, set('ে'), 2, { veto: (stem) => !NOUNS_IN_E_KEPT.has(stem) })),
  // A one-letter noun in -া takes -য়ের, -য়েরা, -য়েদের (মায়ের, মায়েদের, চায়ের, পায়ের), which the length guard would
  // keep whole; a longer stem's -ায় is its own (উপায়ের, সম্প্রদায়ের). (চায়, the verb "wants", keeps its য়.) Those nouns
  // are a closed handful: another one-letter stem's -ায় is its own too (রায়ের is the verdict's, রায়ে and রায় meet it).
  ...[Y + 'ের', Y + 'েরা', Y + 'েদের'].map((suffix) =>
    rule(suffix, set('া', 'chandrabindu'), 1, { veto: (stem) => letterCount(stem) > 1 || (stem.endsWith('া') && !ONE_LETTER_A_NOUNS.has(stem)) }),
  ),
  rule('েদের', AFTER_CONSONANT, 2, { veto: (stem) => NAMES_IN_ED.has(`${stem}েদ`) }),
  rule('দের', AFTER_ANYTHING, 2, { veto: dBelongsToWord }),
  rule(Y + 'ের', AFTER_VOWEL_SOUND, 2),
  rule(Y + 'েরা', AFTER_VOWEL_SOUND, 2),
  rule('েরা', AFTER_CONSONANT, 2),
  rule('ের', AFTER_CONSONANT, 2),
  // Not after an independent vowel: there the word itself ends in এ (আইএইএর = IAEA + র).
  rule('এর', set('cons', 'anusvara', ...ANY_VOWEL_SIGN), 2),
  PLURAL_RA,
  // "-াহর": হিজবুল্লাহর, আল্লাহর — genitive after a silent-vowel হ.
  rule('র', set('cons'), 3, { veto: (stem) => !stem.endsWith('াহ') }),
  rule('র', AFTER_VOWEL_FOR_R, 2),
  rule('কে', AFTER_ANYTHING, 2, { veto: kBelongsToWord }),
  rule('তে', AFTER_VOWEL_FOR_TE, 2, { veto: (stem) => T_FINAL_AFTER_VOWEL.some((w) => stem.endsWith(w)) }),
  rule(Y + 'ে', AFTER_VOWEL_SOUND, 2),
  rule(Y, AFTER_VOWEL_FOR_Y, 2),
  rule('এ', AFTER_VOWEL_FOR_R, 2),
  rule('ে', AFTER_CONSONANT, 2),
];

/** Plural markers and classifiers, after case has been removed: দেশগুলো, চুক্তিটি, দেশটা. */
const PLURAL_CLASSIFIER_RULES: readonly SuffixRule[] = [...PLURAL_MARKERS, 'সমূহ', 'টি', 'টা'].map((suffix) => rule(suffix, AFTER_ANYTHING, 2));

/** The ambiguous vowel+র / vowel+য় endings once more, so X, X+ে, X+ের meet (see header). */
const CONSISTENCY_RULES: readonly SuffixRule[] = [
  rule('র', AFTER_VOWEL_FOR_R, 2),
  rule(Y, AFTER_VOWEL_FOR_Y, 2),
  // X+রা+র is always the genitive of a non-plural X+রা (plural genitive is -দের), so strip রা again.
  PLURAL_RA,
  // A noun ending in -ে (জেলে, ছেলে, মেয়ে) loses it as if locative; its other forms (জেলেকে, ছেলেটি, মেয়েগুলো) must too.
  rule('ে', AFTER_CONSONANT, 2),
];

const KHANDA_TA = 'ৎ';

function applyLayer(word: string, rules: readonly SuffixRule[]): string {
  if (isProtected(word)) return word;
  for (const r of rules) {
    if (word.length <= r.suffix.length || !word.endsWith(r.suffix)) continue;
    const stem = word.slice(0, word.length - r.suffix.length);
    const tail = tailOf(stem);
    if (!r.after.has(tail)) continue;
    if (letterCount(stem) < r.minLetters) continue;
    if (r.veto?.(stem)) continue;
    return stem;
  }
  return word;
}

/** Endings an acronym takes (বিআরটিএর, বিএসএফের, বিবিসিকে, এমপিরা), shortest first: the longest acronym wins. */
const ACRONYM_ENDINGS = ['র', 'ের', 'এর', 'কে', 'তে', Y, 'রা', 'দের', 'েরা'];

/**
 * How many letter names (বিআরটিএ = B R T A, এমএসএফ = M S F) `s` is made of from `from` on, at most; 0 at its end, and
 * -1 when it is not made of them alone.
 */
function letterNameCount(s: string, from = 0): number {
  if (from === s.length) return 0;
  let best = -1;
  for (const name of LETTER_NAMES) {
    if (!s.startsWith(name, from)) continue;
    const rest = letterNameCount(s, from + name.length);
    if (rest >= 0 && rest + 1 > best) best = rest + 1;
  }
  return best < 0 ? -1 : best;
}

/** Is the (stemmed) word an acronym written in letter names (বিআরটিসি, এমএসএফ)? Its letters are exact: no sound-alike. */
export function spellsLetters(word: string): boolean {
  return letterNameCount(word) >= 2;
}

/**
 * The acronym a word spells in letter names (two or more), without its case or plural ending; undefined for other words.
 * A suffix stemmer would take an acronym's last letter for an ending (বিআরটিএ: the এ as a locative, then টি as a
 * classifier, leaving বিআ — while বিআরটিএতে kept it whole). A final কে is the objective case (বিবিসিকে), never the
 * letter K: কে after one letter name is a word's objective (একে, টিকে), and কে+র the genitive of a ক-final word (একের).
 */
function acronymOf(word: string): string | undefined {
  const spells = (base: string) => !base.endsWith('কে') && spellsLetters(base);
  if (word.endsWith('কে') && spells(word.slice(0, -2))) return word.slice(0, -2);
  if (spells(word)) return word;
  for (const ending of ACRONYM_ENDINGS) {
    if (word.length > ending.length && word.endsWith(ending) && spells(word.slice(0, -ending.length))) {
      return word.slice(0, -ending.length);
    }
  }
  return undefined;
}

/**
 * Stems one NORMALISED word (output of `normalize`). Removes nominal inflection conservatively:
 * postposition সহ, clitics ও/ই, case endings (-র/-এর/-ের/-কে/-তে/-য়/-য়ে/-এ/-ে), plural
 * (-রা/-েরা/-দের/-গুলো/-গুলি/-সমূহ) and classifiers (-টি/-টা), in that order, one per layer.
 * Words without Bengali letters (Latin, digits) are returned unchanged. Pure.
 */
export function stemBengali(normWord: string): string {
  if (!hasBengaliLetter(normWord)) return normWord;
  const acronym = acronymOf(normWord);
  if (acronym !== undefined) return acronym;
  let s = normWord;
  s = applyLayer(s, POSTPOSITION_RULES);
  s = applyLayer(s, CLITIC_RULES);
  s = applyLayer(s, CASE_RULES);
  s = applyLayer(s, PLURAL_CLASSIFIER_RULES);
  s = applyLayer(s, CONSISTENCY_RULES);
  // ৎ is written ত once a suffix follows (সাক্ষাৎ → সাক্ষাতের, বিদ্যুৎ → বিদ্যুতের): end stems in ত.
  if (s.endsWith(KHANDA_TA)) s = s.slice(0, -1) + 'ত';
  return s;
}

const DATIVE_ENDING = '\u0995\u09C7'; // কে

/**
 * Is a normalised word a noun in the dative or accusative, -কে (রাশিয়াকে, পুতিনকে: to whom)? বৈঠকে ends the same way but is
 * বৈঠক in the locative: the stemmer tells them apart.
 */
export function isDative(normWord: string): boolean {
  return normWord.endsWith(DATIVE_ENDING) && stemBengali(normWord) + DATIVE_ENDING === normWord;
}

const GENITIVE_R = '\u09B0'; // র

/**
 * Is a normalised word in the genitive, -র or -এর, that the stemmer strips (পাশের, সিংড়ার: whose, which)? বাজার and
 * সরকার end in a র of their own, which the stemmer keeps.
 */
export function isGenitive(normWord: string): boolean {
  return normWord.endsWith(GENITIVE_R) && !stemBengali(normWord).endsWith(GENITIVE_R);
}
