import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../search/vocabulary.js';
import { analyzeTerms } from '../text/analyze.js';
import { bengaliView, bengaliViewToJSON, installBengaliView } from './bengali-lexicon.js';
import { homeCountryOf } from './home-country.js';
import { loadLexicon } from './lexicon.js';
import { understand } from './understand.js';

const lexicon = loadLexicon();
const vocabularyOf = (sentences: string[]): Vocabulary => Vocabulary.fromPassageTerms(sentences.map(analyzeTerms));

/** A domestic archive: its own country in most reports, another now and then. */
const domestic = vocabularyOf([
  'বাংলাদেশের প্রথম ভূ-পর্যবেক্ষণ উপগ্রহের নির্মাণকাজ শেষ পর্যায়ে।',
  'বাংলাদেশ ব্যাংক নীতি সুদহার বাড়িয়েছে।',
  'বাংলাদেশ দল শ্রীলঙ্কাকে হারিয়েছে।',
  'দেশে প্রথমবারের মতো প্রসূতি মায়েদের গর্ভফুলে মাইক্রোপ্লাস্টিক পাওয়া গেছে বলে বাংলাদেশের গবেষকেরা জানিয়েছেন।',
  'ভারত থেকে পেঁয়াজ আমদানি বেড়েছে।',
]);

describe('homeCountryOf', () => {
  it('is the country named far more often than any other', () => {
    expect(homeCountryOf(domestic, lexicon)).toBe('বাংলাদেশ');
  });

  it('is none when two countries are named about as often: the subject of the coverage, not its home', () => {
    const seeds = vocabularyOf(['রাশিয়া ও ইরান চুক্তি সই করবে।', 'ইরান রাশিয়াকে ড্রোন দিয়েছে।', 'রাশিয়ার প্রেসিডেন্ট পুতিন।']);
    expect(homeCountryOf(seeds, lexicon)).toBeUndefined();
    expect(homeCountryOf(vocabularyOf(['নদীর পানি বিপৎসীমার ওপরে।']), lexicon)).toBeUndefined();
  });
});

describe('the country forms it weighs (the lexicon\'s Bengali view)', () => {
  it('are the one-word forms of the country rows, analysed, and travel with the view through the start-up cache', () => {
    const countries = bengaliView(lexicon).countries;
    for (const country of ['বাংলাদেশ', 'রাশিয়া', 'ইরান', 'ভারত']) expect(countries).toContain(analyzeTerms(country)[0]);
    expect(countries).not.toContain('কোরিয়া'); // (উত্তর কোরিয়া is two words: only one-word forms count)
    const saved = JSON.parse(JSON.stringify(bengaliViewToJSON(bengaliView(lexicon))));
    const other = loadLexicon('src/query/en-bn.tsv'); // (another Lexicon object: its view is not built yet)
    installBengaliView(other, saved);
    expect(bengaliView(other).countries).toEqual(countries);
    // a view saved in an older shape, without them, is refused: the caller builds it anew
    const { countries: _countries, ...older } = saved;
    expect(() => installBengaliView(loadLexicon('./src/query/en-bn.tsv'), older)).toThrow(/another shape/);
    // and so is one saved before the word swaps were (see BengaliView.swaps); they travel with the view too
    const { swaps: _swaps, ...noSwaps } = saved;
    expect(() => installBengaliView(loadLexicon('./src/query/en-bn.tsv'), noSwaps)).toThrow(/another shape/);
    expect(bengaliView(other).swaps).toEqual(bengaliView(lexicon).swaps);
  });
});

describe('understand, with a home country', () => {
  it('reads the home country as the setting of a question, and another country as asked about', () => {
    const concepts = understand("What is the cost of Bangladesh's first earth observation satellite?", domestic, lexicon).concepts;
    expect(concepts.find((c) => c.label === 'Bangladesh')?.setting).toBe(true);
    const india = understand('How much onion did India export?', domestic, lexicon).concepts;
    expect(india.find((c) => c.label === 'India')?.setting).toBeFalsy();
  });
});
