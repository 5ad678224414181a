import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../search/vocabulary.js';
import { analyzeTerms } from '../text/analyze.js';
import { loadLexicon } from './lexicon.js';
import { MEMBER_WEIGHT } from './regions.js';
import { understand } from './understand.js';

const lexicon = loadLexicon();
const vocabularyOf = (sentences: string[]): Vocabulary => Vocabulary.fromPassageTerms(sentences.map(analyzeTerms));
const reached = (question: string, vocab: Vocabulary, label: string) =>
  understand(question, vocab, lexicon).concepts.find((c) => c.label === label)?.alternatives ?? [];
const term = (word: string) => analyzeTerms(word)[0]!;

describe('a region asked about is looked for as its member countries too', () => {
  const world = vocabularyOf([
    'সম্মেলনে কাজাখস্তান, তাজিকিস্তান ও উজবেকিস্তানের নেতারা অংশ নিচ্ছেন।',
    'মধ্য এশিয়ার দেশগুলোর সঙ্গে বাণিজ্য বাড়ছে।',
    'সবজি জার্মানির ফ্রাঙ্কফুর্টে পাঠানো হয়েছে।',
    'রাশিয়া ও ইরান চুক্তি সই করবে।',
  ]);

  it('in an English question (one concept: the lexicon phrase), at a lower weight, proposing no candidates', () => {
    const central = reached('Which Central Asian leaders attended?', world, 'Central Asian');
    expect(central).toContainEqual({ terms: [term('উজবেকিস্তানের')], weight: MEMBER_WEIGHT, scoreOnly: true });
    expect(reached('Which European cities got the vegetables?', world, 'European').map((a) => a.terms[0])).toContain(term('জার্মানির'));
  });

  it('in a Bengali question, where the region is one concept per word: each of them', () => {
    const query = understand('মধ্য এশিয়ার কোন কোন দেশের নেতারা আছেন?', world, lexicon);
    for (const label of ['মধ্য', 'এশিয়ার']) {
      expect(query.concepts.find((c) => c.label === label)!.alternatives.map((a) => a.terms[0]), label).toContain(term('কাজাখস্তান'));
    }
    // a word of the region alone is not the region: মধ্য ("middle") by itself reaches no country
    expect(understand('মধ্য রাতে কী হয়েছে?', world, lexicon).concepts.flatMap((c) => c.alternatives).some((a) => a.scoreOnly)).toBe(false);
  });

  it('not the other way round, nor the coverage’s home country', () => {
    expect(reached('What did Uzbekistan say?', world, 'Uzbekistan').some((a) => a.terms[0] === 'মধ্য')).toBe(false);
    const domestic = vocabularyOf([
      'বাংলাদেশ দল জিতেছে।', 'বাংলাদেশের রপ্তানি বেড়েছে।', 'বাংলাদেশ ব্যাংক সুদহার বাড়িয়েছে।', 'নেপালের পোখরায় দক্ষিণ এশীয় চ্যাম্পিয়নশিপ চলছে।',
    ]);
    const south = reached('Who won the South Asian championship?', domestic, 'South Asian').map((a) => a.terms[0]);
    expect(south).toContain(term('নেপালের'));
    expect(south).not.toContain('বাংলাদেশ');
  });
});
