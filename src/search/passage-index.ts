/**
 * The MiniSearch index over passages — build, save, load — plus the vocabulary statistics the reranker needs.
 *
 * Every field is analysed by the one chain in src/text/analyze.ts (the same at index and query time), so MiniSearch's
 * own tokenizer and term processing are replaced by it; queries arrive already analysed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import type { Corpus, Passage } from '../corpus/types.js';
import { ANALYSIS_VERSION, analyzeTerms } from '../text/analyze.js';
import { Vocabulary } from './vocabulary.js';

/** Bump when the index layout or field set changes (the analysis chain has its own version). */
const INDEX_VERSION = 'passages-v1';

/** The document MiniSearch stores: one passage with its neighbours and its article's headline. */
interface PassageDoc {
  id: string;
  text: string;
  context: string;
  title: string;
}

/**
 * BM25+ parameters for candidate scoring. Measured on the dev set over k1 ∈ {0.6, 1.2, 2} × b ∈ {0.25, 0.5, 0.75}: hit@1
 * moved by at most two questions of 180 (the rerank decides the order), so MiniSearch's defaults are kept.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Field boosts: the sentence itself counts most; neighbours and the headline give context. */
export const FIELD_BOOST = { text: 1, context: 0.25, title: 0.3 } as const;

const MINISEARCH_OPTIONS: Options<PassageDoc> = {
  fields: ['text', 'context', 'title'],
  storeFields: [],
  // Queries are analysed before they reach MiniSearch, so the query side splits on spaces only.
  tokenize: (text) => analyzeTerms(text),
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    boost: { ...FIELD_BOOST },
    bm25: { ...BM25 },
  },
};

export interface PassageIndex {
  search: MiniSearch<PassageDoc>;
  vocabulary: Vocabulary;
}

/** The neighbours (one before, one after, same article) a passage is indexed with, as context. */
function neighbourText(passages: Passage[], i: number): string {
  const p = passages[i]!;
  const before = passages[i - 1]?.articleId === p.articleId ? passages[i - 1]!.text : '';
  const after = passages[i + 1]?.articleId === p.articleId ? passages[i + 1]!.text : '';
  return `${before}\n${after}`;
}

/** Builds the index for a corpus. */
export function buildIndex(corpus: Corpus): PassageIndex {
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title ?? '']));
  const search = new MiniSearch<PassageDoc>(MINISEARCH_OPTIONS);
  const passageTerms: string[][] = [];
  const docs = corpus.passages.map((p, i) => {
    passageTerms.push(analyzeTerms(p.text));
    return { id: p.id, text: p.text, context: neighbourText(corpus.passages, i), title: titles.get(p.articleId)! };
  });
  search.addAll(docs);
  return { search, vocabulary: Vocabulary.fromPassageTerms(passageTerms) };
}

/** A hash of everything the index depends on: the corpus text, the analysis chain and the index layout. */
export function indexKey(corpus: Corpus): string {
  const h = createHash('sha256').update(`${ANALYSIS_VERSION}\0${INDEX_VERSION}\0`);
  for (const a of corpus.articles) h.update(a.id).update('\0').update(a.source).update('\0');
  return h.digest('hex').slice(0, 24);
}

interface CacheFile {
  key: string;
  vocabulary: ReturnType<Vocabulary['toJSON']>;
  index: unknown;
}

export interface IndexLog {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/**
 * Loads the saved index when it matches this corpus and analysis chain; otherwise (missing, stale or corrupt) builds it
 * and saves it. A cache that cannot be written is not an error — the bot still serves from memory.
 */
export async function loadOrBuildIndex(corpus: Corpus, cacheDir: string | undefined, log?: IndexLog): Promise<PassageIndex> {
  if (!cacheDir) return buildIndex(corpus);
  const key = indexKey(corpus);
  const file = join(cacheDir, `index-${key}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (cached.key !== key) throw new Error('key mismatch');
    const search = MiniSearch.loadJS<PassageDoc>(cached.index as never, MINISEARCH_OPTIONS);
    return { search, vocabulary: Vocabulary.fromJSON(cached.vocabulary) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      log?.warn({ file, reason: (err as Error).message }, 'saved index unusable; rebuilding');
    }
  }
  const index = buildIndex(corpus);
  try {
    await mkdir(cacheDir, { recursive: true });
    const payload: CacheFile = { key, vocabulary: index.vocabulary.toJSON(), index: index.search.toJSON() };
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(payload));
    await rename(tmp, file); // atomic: a crash mid-write never leaves a half file under the real name
    log?.info({ file }, 'index saved');
  } catch (err) {
    log?.warn({ file, reason: (err as Error).message }, 'could not save index');
  }
  return index;
}
