import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../text/analyze.js';
import { VARIANT_WEIGHTS, Vocabulary } from './vocabulary.js';

/** One index term per name, as a report states it, and the Latin spelling English news gives it. */
const NAMES: ReadonlyArray<readonly [latin: string, bengali: string]> = [
  ['Steve', 'স্টিভ'], // a silent final e
  ['Pete', 'পিট'],
  ['Paul', 'পল'], // au as o
  ['Trudeau', 'ট্রুডো'], // French eau
  ['Claudia', 'ক্লদিয়া'],
  ['Maryam', 'মরিয়ম'], // y before a vowel as ি + য়
  ['Yahya', 'ইয়াহিয়া'],
  ['Ajay', 'অজয়'], // -ay as অয়
  ['Rishi', 'ঋষি'], // ঋ sounds ri
  ['Mrinal', 'মৃণাল'],
  ['Ghior', 'ঘিওর'], // the stemmer reads its র as the genitive's: ঘিও, one symbol of skeleton
  ['Liege', 'লিয়েজ'], // a soft g
  ['Hathazari', 'হাটহাজারী'], // th as t and h apart
  ['Azharul', 'আজহারুল'], // zh as z and h
  ['Satchari', 'সাতছড়ি'], // tch as t and ch
  ['Imamoglu', 'ইমামোলু'], // the Turkish ğ, silent
  ['Erdogan', 'এরদোয়ান'],
  ['Galway', 'গলওয়ে'], // the stemmer reads -য়ে as the locative: গলও
  ['Peskof', 'পেসকভ'], // a Russian -ov written as said
  ['Smirnoff', 'স্মিরনভ'],
  ['Ashgabad', 'আশগাবাত'], // a long name's final d said as t
];

describe('Vocabulary.fromPassageTerms', () => {
  it('counts each passage once per term, and lists the passages holding a term in corpus order', () => {
    const v = Vocabulary.fromPassageTerms([['ক', 'খ', 'ক'], ['খ'], [], ['ক', 'গ', 'ক', 'ক']]);
    expect([v.docFreq('ক'), v.docFreq('খ'), v.docFreq('গ'), v.docFreq('ঘ')]).toEqual([2, 2, 1, 0]);
    expect([...v.postings('ক')]).toEqual([0, 3]);
    expect([...v.postings('খ')]).toEqual([0, 1]);
    expect([...v.postings('গ')]).toEqual([3]);
    expect(v.has('ঘ')).toBe(false);
  });
});

describe('Vocabulary.expandLatin', () => {
  const vocab = Vocabulary.fromPassageTerms([
    ...NAMES.map(([, bengali]) => analyzeTerms(`${bengali} বৈঠকে যোগ দেন।`)),
    analyzeTerms('ব্যাংক থেকে ঋণ নেওয়া হয়।'),
  ]);

  it.each(NAMES)('reaches %s written %s', (latin, bengali) => {
    const [term] = analyzeTerms(bengali);
    expect([...vocab.expandLatin(latin, 2).keys()]).toContain(term);
  });

  it('reads a name the second way too when the spelling as written meets a word (Kvitheia: কবিতা, and ক্ভিটহেইয়া)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('কবিতা পড়া হয়। ক্ভিটহেইয়া সুড়ঙ্গ খুলবে।')]);
    expect([...v.expandLatin('Kvitheia', 2).keys()]).toContain(analyzeTerms('ক্ভিটহেইয়া')[0]);
  });

  it('reads a short word\'s final d as written only (Eid is ঈদ, not এত or অতি)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ঈদের আগে এত ভিড়। অতি বৃষ্টি হয়েছে।')]);
    expect([...v.expandLatin('Eid', 2).keys()]).not.toContain(analyzeTerms('অতি')[0]);
  });

  it('does not read a name whose vowels disagree as a word that shares its consonants (Roni is not ঋণ, a loan)', () => {
    expect([...vocab.expandLatin('Roni', 2).keys()]).not.toContain(analyzeTerms('ঋণ')[0]);
  });
});

describe('Vocabulary.expandBengali', () => {
  it('meets a reph over য-ফলা as the j it is said (porjobekkhon, karjokor), and a Latin name still as written (Surya)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('রোগীদের পর্যবেক্ষণে রাখা হয়েছে। নতুন হার কার্যকর হবে। সূর্য ডুবেছে।')]);
    const romanized = (spelt: string) => [...v.expandBengali(analyzeTerms(spelt)[0]!, { minKey: 2, guessedVowels: true }).keys()];
    expect(romanized('পরজবেক্ষনে')).toContain(analyzeTerms('পর্যবেক্ষণে')[0]);
    expect(romanized('কারজকর')).toContain(analyzeTerms('কার্যকর')[0]);
    expect([...v.expandLatin('Surya', 2).keys()]).toContain(analyzeTerms('সূর্য')[0]);
  });

  it('meets, from a transliteration, the letters romanized Bengali cannot tell apart, as surely as a spelling fold', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('মেলায় পাটি বিক্রি হয়। কাঁচা মরিচের পাতি দাম। তাঁর বাড়ি সিলেটে। মুর্তা বেত কাটা হয়।')]);
    const romanized = (spelt: string) => v.expandBengali(analyzeTerms(spelt)[0]!, { minKey: 2, guessedVowels: true });
    // pati: পাতি as spelt, and পাটি (t is ত or ট); bari: বাড়ি (r is র or ড়); murta: মুর্তা (consonants joined or not)
    expect(romanized('পাতি').get(analyzeTerms('পাটি')[0]!)).toBe(VARIANT_WEIGHTS.fold);
    expect(romanized('বারি').get(analyzeTerms('বাড়ি')[0]!)).toBe(VARIANT_WEIGHTS.fold);
    expect(romanized('মুরতা').get(analyzeTerms('মুর্তা')[0]!)).toBe(VARIANT_WEIGHTS.fold);
    // (a Bengali word as typed is no guess: পাতি does not meet পাটি so)
    expect(v.expandBengali(analyzeTerms('পাতি')[0]!).get(analyzeTerms('পাটি')[0]!) ?? 0).toBeLessThan(VARIANT_WEIGHTS.fold);
  });

  it('widens a known word with a short skeleton by sound when its many vowels agree (ইউরেশিয়া / ইউরোএশিয়া), not otherwise', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ইউরেশিয়া অঞ্চলে করিডর। ইউরোএশিয়া অঞ্চলে যোগাযোগ। আইন পাস। আয়ান এসেছেন।')]);
    const [eurasia, euroAsia, law, ayan] = analyzeTerms('ইউরেশিয়া ইউরোএশিয়া আইন আয়ান');
    expect(v.expandBengali(eurasia!).has(euroAsia!)).toBe(true);
    // (two vowels tell too little: a known short word keeps to its own spelling)
    expect(v.expandBengali(law!).has(ayan!)).toBe(false);
  });
});

describe('Vocabulary.acronymNames', () => {
  it('reads the Bengali acronyms the sources write after a name, made of its words\' first letters', () => {
    const v = Vocabulary.fromPassageTerms(
      [
        'যশোর বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়ের (যবিপ্রবি) ভর্তি পরীক্ষার ফল প্রকাশ হয়েছে।',
        'পানি উন্নয়ন বোর্ড (পাউবো) জিও ব্যাগ ফেলছে।',
        'ঢাকার বাজারে চালের দাম বেড়েছে।',
      ].map(analyzeTerms),
    );
    const names = v.acronymNames();
    expect(names.get('যবিপ্রবি')).toEqual(analyzeTerms('যশোর বিজ্ঞান প্রযুক্তি বিশ্ববিদ্যালয়'));
    expect(names.get('পাউবো')).toEqual(analyzeTerms('পানি উন্নয়ন বোর্ড'));
    expect(names.size).toBe(2);
  });
});
