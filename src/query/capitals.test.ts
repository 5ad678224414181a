import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../search/vocabulary.js';
import { analyzeTerms } from '../text/analyze.js';
import { CAPITAL_WEIGHT, COUNTRY_WEIGHT } from './capitals.js';
import { loadLexicon } from './lexicon.js';
import { understand } from './understand.js';

const lexicon = loadLexicon();
const vocabularyOf = (sentences: string[]): Vocabulary => Vocabulary.fromPassageTerms(sentences.map(analyzeTerms));
const alternativesOf = (question: string, vocab: Vocabulary, label: string) =>
  understand(question, vocab, lexicon).concepts.find((c) => c.label === label)?.alternatives ?? [];

describe('a country asked about is looked for as its capital too', () => {
  const world = vocabularyOf([
    'মস্কো ও তেহরান বলছে তাদের সম্পর্ক অন্য দেশের বিরুদ্ধে নয়।',
    'রাশিয়া ও ইরান চুক্তি সই করবে।',
    'বেইজিংয়ের সঙ্গে আলোচনা চলছে।',
  ]);

  it('in English and in Bengali questions, at a lower weight, proposing no candidates', () => {
    const russia = alternativesOf('What did Russia and Iran sign?', world, 'Russia');
    expect(russia).toContainEqual({ terms: ['মস্কো'], weight: CAPITAL_WEIGHT, scoreOnly: true });
    const iran = alternativesOf('ইরান কী বলেছে?', world, 'ইরান');
    expect(iran.find((a) => a.terms[0] === 'তেহরান')?.weight).toBe(CAPITAL_WEIGHT);
  });

  it('only as the index spells it', () => {
    expect(alternativesOf('What did China say?', world, 'China').some((a) => a.terms[0]!.startsWith('বেইজিং'))).toBe(true);
    // (Japan's capital is not in this index: nothing to add)
    expect(alternativesOf('What did Japan say?', world, 'Japan').some((a) => a.scoreOnly)).toBe(false);
  });

  it('a capital that is not the setting is its government, the country: Washington accused, not in Moscow', () => {
    const russia = analyzeTerms('রাশিয়া')[0]!;
    expect(alternativesOf('What did Moscow and Tehran say?', world, 'Moscow')).toContainEqual({ terms: [russia], weight: COUNTRY_WEIGHT, scoreOnly: true });
    expect(alternativesOf('মস্কো কী বলেছে?', world, 'মস্কো').some((a) => a.terms[0] === russia)).toBe(true);
    expect(alternativesOf('What happened in Moscow?', world, 'Moscow').some((a) => a.terms[0] === russia)).toBe(false);
    expect(alternativesOf('মস্কোতে কী হয়েছে?', world, 'মস্কোতে').some((a) => a.terms[0] === russia)).toBe(false);
    // (the Kremlin is not said for all of Russia)
    expect(alternativesOf('What did the Kremlin say?', vocabularyOf(['ক্রেমলিন বলেছে।', 'রাশিয়া বলেছে।']), 'Kremlin').some((a) => a.terms[0] === russia)).toBe(false);
  });

  it("but not the coverage's home country: a report from Dhaka is not about Bangladesh's government", () => {
    const domestic = vocabularyOf([
      'বাংলাদেশ ব্যাংক নীতি সুদহার বাড়িয়েছে।', 'বাংলাদেশ দল জিতেছে।', 'বাংলাদেশের রপ্তানি বেড়েছে।', 'ঢাকায় যানজট।',
      'ভারত থেকে পেঁয়াজ আমদানি বেড়েছে।', 'নয়াদিল্লিতে বৈঠক হয়েছে।',
    ]);
    expect(alternativesOf('How much did Bangladesh export?', domestic, 'Bangladesh').some((a) => a.terms[0] === 'ঢাকা')).toBe(false);
    expect(alternativesOf('What did Dhaka decide?', domestic, 'Dhaka').some((a) => a.terms[0] === 'বাংলাদেশ')).toBe(false);
    expect(alternativesOf('What did India import?', domestic, 'India').some((a) => a.terms[0]!.startsWith('নয়াদিল্লি'))).toBe(true);
  });
});

describe('"Russia\'s capital" is read as the city the reports name', () => {
  const world = vocabularyOf(['পেজেশকিয়ান মস্কোতে পৌঁছেছেন।', 'ঢাকায় রাশিয়ার দূতাবাস।', 'রাজধানীতে যানজট।', 'প্যারিসে মেলা।', 'ফ্রান্সের রাজধানী।']);
  const moscow = analyzeTerms('মস্কো');
  const dhaka = analyzeTerms('ঢাকা');
  const cities = (question: string, label: string) => alternativesOf(question, world, label).map((a) => a.terms.join(' '));

  it('after a Bengali genitive, an English adjective or possessive, and before an English "of"', () => {
    expect(cities('ইরানের প্রেসিডেন্ট কবে রাশিয়ার রাজধানীতে গেলেন?', 'রাজধানীতে')).toContain(moscow.join(' '));
    expect(cities('ইরানের প্রেসিডেন্ট কবে রাশিয়ার রাজধানীতে গেলেন?', 'রাজধানীতে')).not.toContain(dhaka.join(' '));
    expect(cities("When did Iran's president reach the Russian capital?", 'capital')).toContain(moscow.join(' '));
    // (named by its adjective in Bengali too: রুশ reads as রাশিয়া by a synonym)
    expect(cities('ইরানি রাষ্ট্রপতি রুশ রাজধানীতে কবে পৌঁছান?', 'রাজধানীতে')).toContain(moscow.join(' '));
    expect(cities('When did Pezeshkian arrive in the capital of Russia?', 'capital')).toContain(moscow.join(' '));
  });

  it('not for a country named after the bare word, nor when the city itself is what is asked', () => {
    // (the embassy of Iran in the capital: Dhaka, the home capital, not Tehran)
    expect(cities('রাজধানীতে ইরানের দূতাবাস কোথায়?', 'রাজধানীতে')).not.toContain(analyzeTerms('তেহরান').join(' '));
    expect(cities('What is the capital of France?', 'capital')).not.toContain(analyzeTerms('প্যারিস').join(' '));
  });
});
