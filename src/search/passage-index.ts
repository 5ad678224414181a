/**
 * The MiniSearch index over passages — build, save, load — plus the vocabulary statistics the reranker needs.
 *
 * Every field is analysed by the one chain in src/text/analyze.ts (the same at index and query time), so MiniSearch's
 * own tokenizer and term processing are replaced by it; queries arrive already analysed.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import { ANALYSIS_VERSION, analyzeTerms } from '../text/analyze.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import { Vocabulary } from './vocabulary.js';

/** Bump when the index layout or field set changes (the analysis chain has its own version). */
const INDEX_VERSION = 'passages-v4';

/**
 * The document MiniSearch indexes: one passage's analysed terms and its article's headline terms. Neighbouring
 * sentences are not indexed with it (that tripled every posting list and the cost of every query); the reranker reads
 * them from `terms` instead.
 */
interface PassageDoc {
  id: string;
  text: string;
  title: string;
}

/**
 * BM25+ parameters for candidate scoring. Measured on the dev set over k1 ∈ {0.6, 1.2, 2} × b ∈ {0.25, 0.5, 0.75}: hit@1
 * moved by at most two questions of 180 (the rerank decides the order), so values close to MiniSearch's defaults are kept.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Field boosts: the sentence itself counts most; the headline gives context. */
export const FIELD_BOOST = { text: 1, title: 0.3 } as const;

/** Fields arrive as space-joined analysed terms (each text is analysed once, see buildIndex), so splitting is all. */
const splitTerms = (text: string) => (text ? text.split(' ') : []);

const MINISEARCH_OPTIONS: Options<PassageDoc> = {
  fields: ['text', 'title'],
  storeFields: [],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: {
    tokenize: splitTerms,
    processTerm: (term) => term,
    boost: { ...FIELD_BOOST },
    bm25: { ...BM25 },
  },
};

export interface PassageIndex {
  search: MiniSearch<PassageDoc>;
  vocabulary: Vocabulary;
  /** Analysed terms of each passage, in corpus.passages order (the reranker reads them instead of re-analysing). */
  terms: string[][];
  /** Analysed terms of each article's headline and outlet. */
  articleTerms: Map<string, string[]>;
}

function articleTermsOf(corpus: Corpus): Map<string, string[]> {
  return new Map(corpus.articles.map((a) => [a.id, analyzeTerms(`${a.title ?? ''}\n${a.outlet ?? ''}`)]));
}

/** Adds the passages to a MiniSearch index from their analysed terms. */
function indexPassages(corpus: Corpus, terms: string[][], articleTerms: Map<string, string[]>): MiniSearch<PassageDoc> {
  const search = new MiniSearch<PassageDoc>(MINISEARCH_OPTIONS);
  search.addAll(
    corpus.passages.map((p, i) => ({
      id: p.id,
      text: terms[i]!.join(' '),
      title: (articleTerms.get(p.articleId) ?? []).join(' '),
    })),
  );
  return search;
}

/** Builds the index for a corpus: every passage is analysed exactly once. */
export function buildIndex(corpus: Corpus): PassageIndex {
  const terms = corpus.passages.map((p) => analyzeTerms(p.text));
  const articleTerms = articleTermsOf(corpus);
  return {
    search: indexPassages(corpus, terms, articleTerms),
    vocabulary: Vocabulary.fromPassageTerms(terms),
    terms,
    articleTerms,
  };
}

/**
 * A hash of everything the index depends on: the corpus text; how the reader cut it into passages and what it read of
 * each article's headline, outlet and date (a change to the furniture rules or the sentence splitter moves them); the
 * analysis chain; the index layout.
 */
export function indexKey(corpus: Corpus): string {
  const h = createHash('sha256').update(`${ANALYSIS_VERSION}\0${INDEX_VERSION}\0`);
  for (const a of corpus.articles) {
    h.update(a.id).update('\0').update(a.source).update('\0');
    h.update(a.passages.map((p) => `${p.start}-${p.end}`).join(',')).update('\0');
    h.update(`${a.title ?? ''}\0${a.outlet ?? ''}\0${a.date ?? ''}\0`);
  }
  return h.digest('hex').slice(0, 24);
}

interface CacheFile {
  key: string;
  /** Every distinct term once; passages refer to terms by their position here. */
  dictionary: string[];
  /** Each passage's terms as indexes into `dictionary`. */
  terms: number[][];
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
    const cached = await readCacheFile<CacheFile>(file);
    if (cached.key !== key) throw new Error('key mismatch');
    if (cached.terms.length !== corpus.passages.length) throw new Error('passage count mismatch');
    const search = MiniSearch.loadJS<PassageDoc>(cached.index as never, MINISEARCH_OPTIONS);
    const terms = cached.terms.map((ids) => ids.map((id) => cached.dictionary[id]!));
    return { search, vocabulary: Vocabulary.fromPassageTerms(terms), terms, articleTerms: articleTermsOf(corpus) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      log?.warn({ file, reason: (err as Error).message }, 'saved index unusable; rebuilding');
    }
  }
  const index = buildIndex(corpus);
  try {
    const dictionary = [...new Set(index.terms.flat())];
    const ids = new Map(dictionary.map((t, i) => [t, i]));
    const terms = index.terms.map((ts) => ts.map((t) => ids.get(t)!));
    const payload: CacheFile = { key, dictionary, terms, index: index.search.toJSON() };
    await writeCacheFile(file, payload);
    log?.info({ file }, 'index saved');
  } catch (err) {
    log?.warn({ file, reason: (err as Error).message }, 'could not save index');
  }
  return index;
}
