import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyze, analyzeTerms, isYearTerm } from './analyze.js';

describe('analyze', () => {
  it('makes নুকতা forms meet (U+09DF typed vs য+় stored)', () => {
    expect(analyzeTerms('রাশি\u09DFার')).toEqual(analyzeTerms('রাশি\u09AF\u09BCার'));
    expect(analyzeTerms('মস্কো\u09DF')).toEqual(['মস্কো']);
  });

  it('makes Bengali and ASCII digits meet', () => {
    expect(analyzeTerms('১৭০টি ড্রোন')).toContain('170');
    expect(analyzeTerms('১৭০')).toEqual(analyzeTerms('170'));
  });

  it('makes ZWNJ/ZWJ-laden words meet their clean form', () => {
    expect(analyzeTerms('রা\u200Cশি\u200Dয়ার ক্রে\u200Cমলিনের')).toEqual(analyzeTerms('রাশিয়ার ক্রেমলিনের'));
  });

  it('makes ৎ and word-final ত্ meet, and both meet the inflected ত spelling', () => {
    expect(analyzeTerms('নসাত্')).toEqual(analyzeTerms('নসাৎ'));
    expect(analyzeTerms('উচিত্')).toEqual(analyzeTerms('উচিৎ'));
    expect(analyzeTerms('সাক্ষাৎ')).toEqual(analyzeTerms('সাক্ষাতের'));
  });

  it('emits hyphen compounds whole (stemmed) as well as their parts', () => {
    const terms = analyze('ইরান-রাশিয়ার চুক্তি, আল-আসাদের পতন');
    expect(terms.map((t) => [t.term, t.compound ?? false])).toEqual([
      ['ইরান-রাশিয়া', true],
      ['ইরান', false],
      ['রাশিয়া', false],
      ['চুক্তি', false],
      ['আল-আসাদ', true],
      ['আল', false],
      ['আসাদ', false],
      ['পতন', false],
    ]);
    expect(analyzeTerms('ইরান–সমর্থিত')).toEqual(analyzeTerms('ইরান-সমর্থিত'));
  });

  it('drops stopwords before stemming and keeps verbatim offsets', () => {
    const s = 'ইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন এবং পুতিনের সঙ্গে বৈঠক করবেন।';
    const terms = analyze(s);
    expect(terms.map((t) => t.term)).toEqual([
      'ইরান', 'প্রেসিডেন্ট', 'মাসুদ', 'পেজেশকিয়ান', 'শুক্রবার', 'মস্কো', 'সফর', 'শুরু', 'পুতিন', 'বৈঠক',
    ]);
    for (const t of terms) expect(s.slice(t.start, t.end)).toBe(t.surface);
  });

  it('keeps content words that published stopword lists drop', () => {
    expect(analyzeTerms('উত্তর কোরিয়া')).toEqual(['উত্তর', 'কোরিয়া']);
  });

  it('analyses an English/romanised query word by word, unchanged apart from case', () => {
    expect(analyzeTerms('Pezeshkian kobe Moscow gesen?')).toEqual(['pezeshkian', 'kobe', 'moscow', 'gesen']);
  });

  it('exposes a version string for the saved index', () => {
    expect(ANALYSIS_VERSION).toMatch(/\S/);
  });
});

describe('analyze: hyphenated inflections', () => {
  it('treats a case ending hyphenated onto a number, acronym or Latin name as part of that word', () => {
    expect(analyzeTerms('২০২২-এর ফেব্রুয়ারিতে')).toEqual(['2022', 'ফেব্রুয়ারি']);
    expect(analyzeTerms('BRICS-এর সম্মেলন')).toEqual(['brics', 'সম্মেলন']);
    expect(analyzeTerms('IAEA-কে')).toEqual(['iaea']);
  });

  it('still emits real compounds', () => {
    expect(analyzeTerms('ইউক্রেন-রাশিয়া-এর')).toEqual(['ইউক্রেন-রাশিয়া', 'ইউক্রেন', 'রাশিয়া']);
  });
});

describe('isYearTerm', () => {
  it('tells a year, in either script once analysed, from other numbers', () => {
    expect(analyzeTerms('২০২৪').map(isYearTerm)).toEqual([true]);
    expect(isYearTerm('1971')).toBe(true);
    expect(isYearTerm('2200')).toBe(false);
    expect(isYearTerm('170')).toBe(false);
  });
});
