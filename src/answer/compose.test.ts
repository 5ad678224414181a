import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/load.js';
import { loadLexicon } from '../query/lexicon.js';
import { understand } from '../query/understand.js';
import { buildIndex } from '../search/passage-index.js';
import { DEFAULT_RETRIEVAL, Retriever } from '../search/retrieve.js';
import { composeCitations } from './compose.js';

const corpus = buildCorpus([
  { id: 'summit', source: 'আঞ্চলিক সম্মেলন শুরু\nসম্মেলনে কাজাখস্তান ও উজবেকিস্তানের নেতারা অংশ নিচ্ছেন।' },
  { id: 'deal', source: 'নতুন চুক্তি\nমস্কো ও তেহরান শুক্রবার একটি চুক্তিতে সই করেছে।' },
  { id: 'visit', source: 'সফর\nইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন।' },
  { id: 'crocodiles', source: 'কুমিরছানা\nকেন্দ্রে এবার ৪৮টি কুমিরছানা জন্ম নিয়েছে। এসব কুমিরের বয়স পাঁচ থেকে সাত বছর।' },
]);
const index = buildIndex(corpus);
const lexicon = loadLexicon();
const retriever = new Retriever(corpus, index, { ...DEFAULT_RETRIEVAL, minCoverage: 0, relativeCoverage: 0 });
const articles = new Map(corpus.articles.map((a) => [a.id, a]));
/** The glosses of the first citation quoting `text`, as "বাংলা — English". */
const glossesFor = (question: string, text: string) => {
  const query = understand(question, index.vocabulary, lexicon);
  const citation = composeCitations(retriever.retrieve(query, 5).hits, query, articles).find((c) => c.text.includes(text));
  return (citation?.gloss ?? []).map((g) => `${g.bn} — ${g.en}`);
};

describe('composeCitations glosses', () => {
  it("gives a matched word the asker's own English word", () => {
    expect(glossesFor('Which leaders attended the summit?', 'নেতারা')).toEqual(expect.arrayContaining(['নেতারা — leaders']));
  });

  it('does not gloss a word that only stands in for the one asked (a member for its region, a capital for its country)', () => {
    const region = glossesFor('Which Central Asian leaders attended the summit?', 'নেতারা');
    expect(region.some((g) => g.endsWith('— Central Asian'))).toBe(false);
    expect(region).toEqual(expect.arrayContaining(['উজবেকিস্তানের — Uzbekistan\'s']));
    const capital = glossesFor('What did Russia and Iran sign?', 'চুক্তিতে');
    expect(capital.some((g) => g.startsWith('মস্কো — Russia') || g.startsWith('তেহরান — Iran'))).toBe(false);
  });

  it('glosses a name once, not again inside the longer name the lexicon lists', () => {
    const glosses = glossesFor('When did Pezeshkian visit Moscow?', 'মাসুদ');
    expect(glosses.filter((g) => g.includes('পেজেশকিয়ান'))).toHaveLength(1);
  });

  it('glosses the words of a phrase asked together, and one word of it alone as that word', () => {
    expect(glossesFor('How many crocodiles were born this year?', 'জন্ম নিয়েছে')).toEqual(expect.arrayContaining(['জন্ম নিয়েছে — born', '৪৮টি — 48']));
    const age = glossesFor('How old are the crocodiles this year?', 'বয়স');
    expect(age).toContain('বছর — year');
    expect(age).not.toContain('বছর — this year');
  });
});
