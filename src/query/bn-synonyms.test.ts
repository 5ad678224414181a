import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../search/vocabulary.js';
import { analyzeTerms } from '../text/analyze.js';
import { loadBengaliSynonyms, parseBengaliSynonyms } from './bn-synonyms.js';
import { loadLexicon } from './lexicon.js';
import { understand } from './understand.js';

/** The index terms a question's concept (found by its label) reaches in an index of these sentences. */
function reached(sentences: readonly string[], question: string, label: string): string[] {
  const vocab = Vocabulary.fromPassageTerms(sentences.map((text) => analyzeTerms(text)));
  const concept = understand(question, vocab, loadLexicon()).concepts.find((c) => c.label === label)!;
  return concept.alternatives.flatMap((a) => a.terms);
}

describe('Bengali paraphrase groups', () => {
  it('loads the shipped file: hundreds of groups, each of two forms or more in Bengali script', () => {
    const { groups } = loadBengaliSynonyms();
    expect(groups.length).toBeGreaterThan(200);
    for (const g of groups) expect(g.length).toBeGreaterThanOrEqual(2);
  });

  it('names the line of a bad group instead of loading it', () => {
    expect(() => parseBengaliSynonyms('# comment\nনিহত|মৃত্যু\nনিহত\n')).toThrow(/:3: invalid synonym group/);
    expect(() => parseBengaliSynonyms('killed|নিহত\n')).toThrow(/:1:/);
    expect(parseBengaliSynonyms('\n# x\nগ্রেপ্তার | আটক |গ্রেপ্তার\n')).toEqual([['গ্রেপ্তার', 'আটক']]);
  });

  // [what it reads, the source's sentences, the question, the concept's label, a term it must reach]
  it.each<[string, string[], string, string, string]>([
    ['a Bengali question in one wording reaches a source in another', ['তিনি গত জুলাইয়ে রাষ্ট্রপতি পদে জয়লাভ করেন।'], 'পেজেশকিয়ান কবে প্রেসিডেন্ট নির্বাচিত হন?', 'নির্বাচিত', 'জয়লাভ'],
    ['the two spellings of a water pitcher as one (কলস, কলসি)', ['প্রতি কলসি ২০ টাকায় পানি কিনতে হয়।', 'মাটির কলস তৈরি হয়।'], 'এক কলস পানির দাম কত?', 'কলস', 'কলসি'],
    ['a military base as reports also write it, a military installation (সামরিক ঘাঁটি → সামরিক স্থাপনা)', ['সিরিয়ায় দুটি প্রধান সামরিক স্থাপনা বজায় রেখেছে।'], 'সিরিয়ায় কয়টা সামরিক ঘাঁটি আছে?', 'ঘাঁটি', 'স্থাপনা'],
    ['a side bowled out as cricket reports write it (গুটিয়ে যায় → অলআউট)', ['শেষ পর্যন্ত ১৯৯ রানে অলআউট হয় সিলেট।'], 'ফাইনালে সিলেট কত রানে গুটিয়ে যায়?', 'গুটিয়ে', 'অলআউট'],
    ['a loan repaid as reports write it (শোধ → পরিশোধ), though the index holds শোধ itself', ['ঋণ পরিশোধ করা যাবে পাঁচ বছরে।', 'ধার শোধ হয়নি।'], 'ঋণ কত বছরে শোধ করতে হবে', 'শোধ', 'পরিশোধ'],
    ['days as a deadline is written in working days (কত দিনের মধ্যে → সাত কার্যদিবসের মধ্যে)', ['কমিটিকে সাত কার্যদিবসের মধ্যে প্রতিবেদন দিতে বলা হয়েছে।', 'তিন দিন পর।'], 'তদন্ত কমিটি কত দিনের মধ্যে প্রতিবেদন দেবে', 'দিনের', 'কার্যদিবস'],
    ['a height asked as উঁচু in উচ্চতা', ['নতুন বাতিঘরের উচ্চতা ৪১ মিটার।', 'উঁচু দালান।'], 'নতুন টাওয়ারটি কত মিটার উঁচু?', 'উঁচু', 'উচ্চতা'],
    ['a birth asked with the verb in the noun (জন্মেছে → জন্ম)', ['জেব্রা শাবক দুটির জন্ম হয় ৩ ফেব্রুয়ারি।'], 'জেব্রার বাচ্চা দুটি কবে জন্মেছে?', 'জন্মেছে', 'জন্ম'],
    ['a worry in an apprehension (দুশ্চিন্তা → আশঙ্কা)', ['তবে কিছু জেলের মনে আশঙ্কাও আছে।', 'দুশ্চিন্তা নেই।'], 'জেলেরা কেন দুশ্চিন্তায় আছেন?', 'দুশ্চিন্তায়', 'আশঙ্কা'],
    ['a length asked as দৈর্ঘ্য in লম্বা (১৪ মিটার লম্বা)', ['দেয়ালটি প্রায় ১৪ মিটার লম্বা।', 'সেতুর দৈর্ঘ্য অনেক।'], 'দেয়ালটির দৈর্ঘ্য কত?', 'দৈর্ঘ্য', 'লম্বা'],
    ['a width asked as প্রস্থ in চওড়া', ['দেয়ালটি চওড়ায় ১ দশমিক ২ মিটার।', 'নদীর প্রস্থ কম।'], 'দেয়ালটির প্রস্থ কত?', 'প্রস্থ', 'চওড়া'],
    ['everyone in the public (সবার জন্য → জনসাধারণের জন্য)', ['রিঙ্কটি গত ২৪ জানুয়ারি জনসাধারণের জন্য খুলে দেওয়া হয়।', 'সবার আগে।'], 'রিঙ্কটি কবে সবার জন্য খুলে দেওয়া হয়?', 'সবার', 'জনসাধারণ'],
  ])('reads %s', (_what, sentences, question, label, source) => {
    expect(reached(sentences, question, label)).toContain(analyzeTerms(source)[0]);
  });

  it('reads a group\'s several-word form both ways: the question\'s আগের বছর reaches গতবার, its গতবার the source\'s গত বছর', () => {
    const vocab = Vocabulary.fromPassageTerms([analyzeTerms('গতবার পাসের হার ছিল ২৩ শতাংশ।'), analyzeTerms('গত বছর ভোট হয়েছিল।')]);
    const lexicon = loadLexicon();
    const before = understand('আগের বছর পাসের হার কত ছিল?', vocab, lexicon).concepts.find((c) => c.label === 'বছর')!;
    expect(before.alternatives.flatMap((a) => a.terms)).toContain('গতবার');
    const lastTime = understand('গতবার ভোট কবে হয়েছিল?', vocab, lexicon).concepts.find((c) => c.label === 'গতবার')!;
    expect(lastTime.alternatives.some((a) => a.terms.join(' ') === analyzeTerms('গত বছর').join(' '))).toBe(true);
  });

  it('reads news idioms for the missing, a flood and diarrhoea: হদিস মেলেনি → নিখোঁজ, বানের পর → বন্যা, পেটের অসুখ → ডায়রিয়া', () => {
    const vocab = Vocabulary.fromPassageTerms([
      analyzeTerms('নিখোঁজ রয়েছেন আরও ৯ জন।'),
      analyzeTerms('বন্যার পর ডায়রিয়ার প্রকোপ দেখা দিয়েছে।'),
    ]);
    const lexicon = loadLexicon();
    const termsOf = (q: string, label: string) => understand(q, vocab, lexicon).concepts.find((c) => c.label === label)!.alternatives.flatMap((a) => a.terms);
    expect(termsOf('এখনো কতজনের হদিস মেলেনি?', 'হদিস')).toContain('নিখোঁজ');
    expect(termsOf('বানের পর কী রোগ ছড়াল?', 'বানের')).toContain(analyzeTerms('বন্যা')[0]);
    expect(termsOf('বানের পর পেটের অসুখে কতজন ভর্তি?', 'পেটের')).toContain(analyzeTerms('ডায়রিয়া')[0]);
  });

  it('reads closeness and a world order as reports write them: সখ্য → ঘনিষ্ঠতা, বিশ্বব্যবস্থা → ওয়ার্ল্ড অর্ডার', () => {
    const vocab = Vocabulary.fromPassageTerms([
      analyzeTerms('দুই দেশের ঘনিষ্ঠতা বেড়েছে।'),
      analyzeTerms('পুতিন নিউ ওয়ার্ল্ড অর্ডার গড়ার কথা বলেন।'),
    ]);
    const lexicon = loadLexicon();
    const concept = (q: string, label: string) => understand(q, vocab, lexicon).concepts.find((c) => c.label === label)!;
    expect(concept('কোন দেশের সাথে সখ্য বাড়ছে?', 'সখ্য').alternatives.flatMap((a) => a.terms)).toContain(analyzeTerms('ঘনিষ্ঠতা')[0]);
    const order = concept('পুতিন কেমন বিশ্বব্যবস্থা চান?', 'বিশ্বব্যবস্থা');
    expect(order.alternatives.some((a) => a.terms.join(' ') === analyzeTerms('ওয়ার্ল্ড অর্ডার').join(' '))).toBe(true);
  });

  it('reads trade and the season as market reports write them: বেচাকেনা → বিক্রি, এবার → চলতি মৌসুম, মহার্ঘ → দামি', () => {
    const vocab = Vocabulary.fromPassageTerms([
      analyzeTerms('চলতি মৌসুমে জেলায় প্রায় ৩৫ কোটি টাকার স্ট্রবেরি বিক্রি হবে।'),
      analyzeTerms('সুতা এখন দামি হয়ে উঠেছে।'),
    ]);
    const lexicon = loadLexicon();
    const termsOf = (q: string, label: string) => understand(q, vocab, lexicon).concepts.find((c) => c.label === label)!.alternatives;
    expect(termsOf('কত টাকার বেচাকেনা হবে?', 'বেচাকেনা').flatMap((a) => a.terms)).toContain(analyzeTerms('বিক্রি')[0]);
    expect(termsOf('এবার কত টাকার স্ট্রবেরি বিক্রি হবে?', 'এবার').some((a) => a.terms.join(' ') === analyzeTerms('চলতি মৌসুম').join(' '))).toBe(true);
    expect(termsOf('সুতা কতটা মহার্ঘ হয়েছে?', 'মহার্ঘ').flatMap((a) => a.terms)).toContain(analyzeTerms('দামি')[0]);
  });

  it('lets an English word typed in Bengali letters reach the Bengali word the report writes (টিচার → শিক্ষক)', () => {
    expect(reached(['বিদ্যালয়ে শিক্ষক নিয়োগ দেওয়া হয়েছে।'], 'স্কুলে টিচার কবে আসবে?', 'টিচার')).toContain('শিক্ষক');
  });
});
