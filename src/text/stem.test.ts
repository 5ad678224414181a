import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { isDative, isGenitive, letterCount, stemBengali } from './stem.js';

/** word (as it appears in the seed articles) → expected stem. */
const SEED_TABLE: ReadonlyArray<readonly [string, string]> = [
  // required meets
  ['মস্কো', 'মস্কো'], ['মস্কোর', 'মস্কো'], ['মস্কোতে', 'মস্কো'], ['মস্কোয়', 'মস্কো'],
  // a nasalised final vowel inflects as the vowel does
  ['নওগাঁ', 'নওগাঁ'], ['নওগাঁর', 'নওগাঁ'], ['নওগাঁয়', 'নওগাঁ'],
  // … and so does a final vowel letter (foreign names, acronyms)
  ['টোকিওতে', 'টোকিও'], ['আইসিইউতে', 'আইসিইউ'],
  // a plural takes the objective -কে whatever its -লো+ক looks like (লোক); names in -েদ keep their দ
  ['দেশগুলোকে', 'দেশ'], ['জাহাজগুলোকে', 'জাহাজ'], ['আহমেদের', 'আহমেদ'], ['শাহেদের', 'শাহেদ'], ['লোকেদের', 'লোক'],
  // the plural of a noun in -ি or -ষ; names and nouns in -িদ and -ষদ keep their দ
  ['আসামিদের', 'আসামি'], ['মানুষদের', 'মানুষ'], ['হামিদের', 'হামিদ'], ['মসজিদের', 'মসজিদ'], ['পরিষদের', 'পরিষদ'],
  // names and nouns whose দ follows what a plural stem may end in, and the plurals beside them
  ['রাফিদের', 'রাফিদ'], ['শহীদের', 'শহীদ'], ['সাঈদের', 'সাঈদ'], ['উচ্ছেদের', 'উচ্ছেদ'], ['অনুচ্ছেদের', 'অনুচ্ছেদ'],
  ['হলুদের', 'হলুদ'], ['সনদের', 'সনদ'], ['যাত্রীদের', 'যাত্রী'], ['রাজাদের', 'রাজা'], ['স্বজনদের', 'স্বজন'],
  // found where a bare word and its inflected form stemmed apart: a noun in স before the plural -দের (not সংসদ's দ), ক-nouns
  // that take the locative (অর্ধেকে "by half"), a ক-like ending before the objective, ৎ after a vowel before -তে
  ['নার্সদের', 'নার্স'], ['সংসদের', 'সংসদ'], ['অর্ধেকে', 'অর্ধেক'], ['প্রত্যেকে', 'প্রত্যেক'], ['ফলাফলকে', 'ফলাফল'],
  ['বিদ্যুতে', 'বিদ্যুত'], ['বিদ্যুৎ', 'বিদ্যুত'], ['নদীতে', 'নদী'],
  // an acronym in letter names keeps its last letter, whatever ending follows; কে after it is the objective case
  ['বিআরটিএ', 'বিআরটিএ'], ['বিআরটিএর', 'বিআরটিএ'], ['বিআরটিএতে', 'বিআরটিএ'], ['আইএইএর', 'আইএইএ'], ['বিবিসিকে', 'বিবিসি'],
  ['বিএসএফের', 'বিএসএফ'], ['জেটিতে', 'জেটি'], ['একের', 'এক'], ['বিসিকের', 'বিসিক'],
  ['হ্রদের', 'হ্রদ'], ['নীলনদের', 'নীলনদ'], ['স্বজনদের', 'স্বজন'], ['কলেরায়', 'কলেরা'], // cholera is no plural of কল (tap, mill) ['দায়ের', 'দায়ের'], // মামলা দায়ের "a case filed", not the genitive of দায়
  // listed names and nouns in -রা are no plurals: their forms meet the word itself; plurals in -য়ারা still shed it
  ['আনোয়ারা', 'আনোয়ারা'], ['আনোয়ারায়', 'আনোয়ারা'], ['আনোয়ারার', 'আনোয়ারা'], ['কুশিয়ারার', 'কুশিয়ারা'],
  ['ভেড়ামারা', 'ভেড়ামারা'], ['রোহিঙ্গারা', 'রোহিঙ্গা'], ['বাসিন্দারা', 'বাসিন্দা'], ['শিয়ারা', 'শিয়া'],
  // … nor, unlisted, is a word whose -রা follows a two-letter stem ending in a consonant; a plural's stem is longer
  ['পোখরায়', 'পোখরা'], ['পোখরার', 'পোখরা'], ['খুচরা', 'খুচরা'], ['টুকরা', 'টুকরা'], ['ভোমরা', 'ভোমরা'], ['কয়রা', 'কয়রা'],
  ['নিহতরা', 'নিহত'], ['ভক্তরা', 'ভক্ত'], ['আয়োজকরা', 'আয়োজক'], ['কবিরা', 'কবি'],
  ['রাশিয়া', 'রাশিয়া'], ['রাশিয়ার', 'রাশিয়া'], ['রাশিয়াকে', 'রাশিয়া'], ['রাশিয়াও', 'রাশিয়া'],
  ['চুক্তি', 'চুক্তি'], ['চুক্তিতে', 'চুক্তি'], ['চুক্তির', 'চুক্তি'], ['চুক্তিটি', 'চুক্তি'],
  // a compound that ends in a -টি native keeps its টি (its head is no word a classifier follows); জামাটি is জামা + টি
  ['সেনাঘাঁটি', 'সেনাঘাঁটি'], ['সেনাঘাঁটিতে', 'সেনাঘাঁটি'], ['উপকমিটির', 'উপকমিটি'], ['শীতলপাটির', 'শীতলপাটি'], ['জামাটি', 'জামা'],
  ['ইরান', 'ইরান'], ['ইরানের', 'ইরান'], ['ইরানে', 'ইরান'], ['ইরানি', 'ইরানি'],
  ['পেজেশকিয়ান', 'পেজেশকিয়ান'], ['পেজেশকিয়ানের', 'পেজেশকিয়ান'], ['পেজেশকিয়ানকে', 'পেজেশকিয়ান'],
  // a one-letter noun in -া sheds -য়ের, -য়েরা, -য়েদের as longer nouns shed -র; a longer stem's -ায় is its own, and চায়
  // ("wants") is no form of চা; a noun in a vowel letter takes the plural -য়েরা as it takes -য়ের
  ['মায়ের', 'মা'], ['মায়েদের', 'মা'], ['মায়েরা', 'মা'], ['চায়ের', 'চা'], ['গাঁয়ের', 'গাঁ'], ['উপায়ের', 'উপায়'],
  ['সম্প্রদায়ের', 'সম্প্রদায়'], ['চায়', 'চায়'], ['ভাইয়েরা', 'ভাই'], ['ভাইয়ের', 'ভাই'],
  // nouns in -বা and -দা shed their genitive -র though -বার and -দার words keep theirs (শুক্রবার, তালুকদার, জোরদার)
  ['সেবার', 'সেবা'], ['বাবার', 'বাবা'], ['স্বাস্থ্যসেবার', 'স্বাস্থ্যসেবা'], ['চাহিদার', 'চাহিদা'], ['বাসিন্দার', 'বাসিন্দা'],
  ['তালুকদার', 'তালুকদার'], ['জোরদার', 'জোরদার'], ['প্রতিবার', 'প্রতিবার'],
  // over-stemming guards
  ['বৈঠক', 'বৈঠক'], ['বৈঠকে', 'বৈঠক'], ['বৈঠকের', 'বৈঠক'],
  ['ক্ষেপণাস্ত্র', 'ক্ষেপণাস্ত্র'], ['শুক্রবার', 'শুক্রবার'], ['শনিবার', 'শনিবার'], ['বুধবার', 'বুধবার'],
  ['সহযোগিতা', 'সহযোগিতা'], ['সহযোগিতার', 'সহযোগিতা'], ['সরকারের', 'সরকার'], ['ব্যবহারের', 'ব্যবহার'],
  ['ডলারের', 'ডলার'], ['ভ্লাদিমির', 'ভ্লাদিমির'], ['অংশীদার', 'অংশীদার'], ['জোরদার', 'জোরদার'],
  ['কোটি', 'কোটি'], ['মাটিতে', 'মাটি'], ['সই', 'সই'], ['সইয়ের', 'সই'], ['আসাদের', 'আসাদ'], ['আসাদকে', 'আসাদ'],
  ['মাসুদ', 'মাসুদ'], ['জাজিরা', 'জাজিরা'], ['জাজিরার', 'জাজিরা'], ['অপরদিকে', 'অপরদিক'], ['ইউকে', 'ইউকে'],
  ['মিত্র', 'মিত্র'], ['সময়', 'সময়'], ['সময়ে', 'সময়'], ['বিষয়ে', 'বিষয়'], ['বিষয়টি', 'বিষয়'],
  // case endings
  ['ক্রেমলিনের', 'ক্রেমলিন'], ['তেহরানে', 'তেহরান'], ['তেহরানের', 'তেহরান'], ['পুতিনের', 'পুতিন'],
  ['সফরে', 'সফর'], ['সফরের', 'সফর'], ['সফরও', 'সফর'], ['ইউক্রেনে', 'ইউক্রেন'], ['ইউক্রেনের', 'ইউক্রেন'],
  ['লেবাননে', 'লেবানন'], ['সিরিয়ায়', 'সিরিয়া'], ['সিরিয়ার', 'সিরিয়া'], ['গাজায়', 'গাজা'],
  ['মালয়েশিয়ায়', 'মালয়েশিয়া'], ['নিষেধাজ্ঞায়', 'নিষেধাজ্ঞা'], ['ইস্যুতে', 'ইস্যু'], ['বিবৃতিতে', 'বিবৃতি'],
  ['ফেব্রুয়ারিতে', 'ফেব্রুয়ারি'], ['প্রযুক্তির', 'প্রযুক্তি'], ['অবকাঠামোর', 'অবকাঠামো'], ['নেতাকে', 'নেতা'],
  ['হামাসকে', 'হামাস'], ['সম্পর্ককে', 'সম্পর্ক'], ['সম্পর্কের', 'সম্পর্ক'], ['সম্পর্কও', 'সম্পর্ক'],
  ['জুলাইয়ে', 'জুলাই'], ['জুলাই', 'জুলাই'], ['পিয়ংইয়ংয়ের', 'পিয়ংইয়ং'], ['সোনারগাঁয়ের', 'সোনারগাঁ'],
  ['হিজবুল্লাহরও', 'হিজবুল্লাহ'], ['ক্ষেপণাস্ত্রের', 'ক্ষেপণাস্ত্র'], ['শুক্রবারের', 'শুক্রবার'],
  // plural, classifier, clitic, postposition
  ['দেশগুলো', 'দেশ'], ['দেশগুলোর', 'দেশ'], ['দেশগুলোও', 'দেশ'], ['দেশটির', 'দেশ'], ['দেশের', 'দেশ'], ['দেশই', 'দেশ'],
  ['প্রতিষ্ঠানগুলো', 'প্রতিষ্ঠান'], ['হামলাগুলি', 'হামলা'], ['বিদ্যুৎকেন্দ্রগুলোর', 'বিদ্যুৎকেন্দ্র'],
  ['নেতারা', 'নেতা'], ['মিত্ররা', 'মিত্র'], ['গোয়েন্দারা', 'গোয়েন্দা'], ['বিদ্রোহীরা', 'বিদ্রোহী'],
  ['মিত্রদের', 'মিত্র'], ['পশ্চিমাদের', 'পশ্চিমা'], ['যোদ্ধাদের', 'যোদ্ধা'], ['সাংবাদিকদের', 'সাংবাদিক'],
  ['শাসকদের', 'শাসক'], ['নেতারাসহ', 'নেতা'], ['হাসিনাসহ', 'হাসিনা'], ['ঢাকাসহ', 'ঢাকা'], ['সোনাসহ', 'সোনা'], ['দুঃসহ', 'দুঃসহ'], ['শুরুতেই', 'শুরু'], ['মতই', 'মত'],
  ['যুক্তরাষ্ট্রও', 'যুক্তরাষ্ট্র'], ['কোরিয়াও', 'কোরিয়া'], ['ফিডটি', 'ফিড'],
  // khanda ta: stems end in ত so the inflected spelling meets
  ['সাক্ষাতের', 'সাক্ষাত'], ['সাক্ষাৎ', 'সাক্ষাত'],
];

/** Words outside the seeds that exercise the guards (general Bengali news vocabulary). */
const GENERAL_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['ধারা', 'ধারা'], ['ধারায়', 'ধারা'], ['মুদ্রা', 'মুদ্রা'], ['মুদ্রার', 'মুদ্রা'], ['ভিডিও', 'ভিডিও'],
  ['ত্রুটি', 'ত্রুটি'], ['পার্টির', 'পার্টি'], ['ইসলামাবাদের', 'ইসলামাবাদ'], ['সংবাদের', 'সংবাদ'],
  ['শিশুদের', 'শিশু'], ['পরিষদের', 'পরিষদ'], ['সংসদের', 'সংসদ'], ['ইরাকে', 'ইরাক'], ['ফেসবুকে', 'ফেসবুক'],
  ['লড়াই', 'লড়াই'], ['ভাই', 'ভাই'], ['রাতে', 'রাত'], ['ভারতে', 'ভারত'], ['ছাত্রেরা', 'ছাত্র'],
  ['খামেনেই', 'খামেনেই'], ['উপায়', 'উপায়'], ['পর্যায়ে', 'পর্যায়'], ['আইএইএর', 'আইএইএ'], ['কাতারের', 'কাতার'],
  ['ঢাকার', 'ঢাকা'], ['ঢাকায়', 'ঢাকা'], ['কর্মকর্তাদের', 'কর্মকর্তা'], ['ইরানিদের', 'ইরানি'], ['সদস্যরা', 'সদস্য'],
  ['মেয়েদের', 'মেয়'], ['মেয়ে', 'মেয়'], ['নেতানিয়াহুকে', 'নেতানিয়াহু'], ['দেশগুলিতে', 'দেশ'], ['সামরিকভাবে', 'সামরিক'], ['অর্থনৈতিকভাবে', 'অর্থনৈতিক'], ['আনুষ্ঠানিকভাবে', 'আনুষ্ঠানিক'], ['কীভাবে', 'কীভাব'], ['রায়ে', 'রায়'], ['রায়ের', 'রায়'], ['সায়ের', 'সায়'], ['পায়ের', 'পা'],
];

describe('stemBengali', () => {
  it.each([...SEED_TABLE, ...GENERAL_TABLE])('%s → %s', (word, stem) => {
    expect(stemBengali(normalize(word))).toBe(normalize(stem));
  });

  it('has a table of at least 60 pairs from the seeds', () => {
    expect(SEED_TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it('passes Latin words and digits through unchanged', () => {
    for (const w of ['moscow', 'pezeshkian', 'iran', '170', '2025', 'g20']) expect(stemBengali(w)).toBe(w);
  });

  it('reaches the same stem for X, X+ে and X+ের even for ambiguous -র words', () => {
    for (const base of ['মন্দির', 'গভীর', 'কিশোর', 'পাকিস্তান', 'সেপ্টেম্বর']) {
      const s = stemBengali(normalize(base));
      expect(stemBengali(normalize(base + 'ে'))).toBe(s);
      expect(stemBengali(normalize(base + 'ের'))).toBe(s);
    }
  });

  it('reaches the same stem for every form of a noun that ends in -ে (জেলে, জেলেকে, জেলেদের, জেলেটি)', () => {
    for (const base of ['জেলে', 'ছেলে', 'মেয়ে']) {
      const s = stemBengali(normalize(base));
      for (const ending of ['কে', 'দের', 'রা', 'র', 'টি', 'গুলো']) expect(stemBengali(normalize(base + ending)), base + ending).toBe(s);
    }
  });

  it('is idempotent on its own output', () => {
    for (const [word] of SEED_TABLE) {
      const once = stemBengali(normalize(word));
      expect(stemBengali(once)).toBe(once);
    }
  });

  it('counts letters, not code units', () => {
    expect(letterCount(normalize('বৈঠ'))).toBe(2);
    expect(letterCount(normalize('ক্ষেপণাস্ত্র'))).toBe(7);
    expect(letterCount(normalize('রাশিয়া'))).toBe(3);
  });
});

describe('isDative', () => {
  it('tells the dative -কে from a locative -ে after ক', () => {
    expect(isDative(normalize('রাশিয়াকে'))).toBe(true);
    expect(isDative(normalize('পুতিনকে'))).toBe(true);
    expect(isDative(normalize('বৈঠকে'))).toBe(false); // বৈঠক + ে, "at the meeting"
    expect(isDative(normalize('মস্কোতে'))).toBe(false);
  });
});

describe('isGenitive', () => {
  it('tells the genitive -র / -এর from a র of the word itself', () => {
    expect(isGenitive(normalize('পাশের'))).toBe(true);
    expect(isGenitive(normalize('সিংড়ার'))).toBe(true);
    expect(isGenitive(normalize('বাজার'))).toBe(false);
    expect(isGenitive(normalize('সরকার'))).toBe(false);
    expect(isGenitive(normalize('কলাপাড়া'))).toBe(false);
  });
});
