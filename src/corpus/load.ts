/** Corpus folder → cleaned articles with metadata → passages with offsets. */
import { articleLines, furnitureLines, isFurnitureSentence } from './furniture.js';
import { extractMetadata } from './metadata.js';
import { readCorpusDir, type CorpusWarn, type RawArticle } from './read.js';
import { splitSentences } from './sentences.js';
import type { Article, Corpus, Passage } from './types.js';

/** Builds one article: furniture stripped, metadata read, each kept line a paragraph, each sentence a passage. */
export function buildArticle(raw: RawArticle): Article {
  const kept = articleLines(raw.source);
  const meta = extractMetadata(kept, furnitureLines(raw.source, kept));
  const passages: Passage[] = [];
  kept.forEach((line, paragraph) => {
    for (const span of splitSentences(raw.source, line)) {
      if (isFurnitureSentence(raw.source.slice(span.start, span.end))) continue;
      const ordinal = passages.length;
      passages.push({
        id: `${raw.id}#${ordinal}`,
        articleId: raw.id,
        ordinal,
        paragraph,
        start: span.start,
        end: span.end,
        text: raw.source.slice(span.start, span.end),
      });
    }
  });
  return {
    id: raw.id,
    source: raw.source,
    ...meta,
    paragraphs: kept.map(({ start, end }) => ({ start, end })),
    passages,
  };
}

/** Builds a corpus from raw articles (in the given order). */
export function buildCorpus(raws: RawArticle[]): Corpus {
  const articles = raws.map(buildArticle).filter((a) => a.passages.length > 0);
  return { articles, passages: articles.flatMap((a) => a.passages) };
}

/**
 * Reads and builds the corpus in `dir` (or several folders, in order); unreadable, non-UTF-8 and empty files are skipped
 * with a warning.
 */
export async function loadCorpus(dir: string | string[], warn?: CorpusWarn): Promise<Corpus> {
  const dirs = Array.isArray(dir) ? dir : [dir];
  const raws = (await Promise.all(dirs.map((d) => readCorpusDir(d, warn)))).flat();
  return buildCorpus(raws);
}
