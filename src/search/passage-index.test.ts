import { describe, expect, it } from 'vitest';
import { buildArticle } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { indexKey } from './passage-index.js';

const source = 'ঢাকায় নতুন সেতু খুলেছে।\n\nসেতুটি চার লেনের। এতে যানজট কমবে।\n';
const corpusOf = (mutate?: (c: Corpus) => void): Corpus => {
  const article = buildArticle({ id: 'a', source });
  const corpus = { articles: [article], passages: article.passages };
  mutate?.(corpus);
  return corpus;
};

describe('index cache key', () => {
  it('is the same for the same corpus read the same way', () => {
    expect(indexKey(corpusOf())).toBe(indexKey(corpusOf()));
  });

  it('changes when the reader cuts the same text into other passages, or reads another headline', () => {
    const base = indexKey(corpusOf());
    // (an upgrade of the furniture rules or the sentence splitter, with the corpus files untouched)
    const merged = corpusOf((c) => {
      const a = c.articles[0]!;
      const [p1, p2] = a.passages.slice(1, 3);
      a.passages = [a.passages[0]!, { ...p1!, end: p2!.end, text: source.slice(p1!.start, p2!.end) }];
    });
    expect(indexKey(merged)).not.toBe(base);
    expect(indexKey(corpusOf((c) => (c.articles[0]!.title = 'অন্য শিরোনাম')))).not.toBe(base);
  });
});
