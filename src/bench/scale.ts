/**
 * One corpus size of the scaling benchmark, measured in-process: synthetic corpus → index build → engine → heap after
 * GC → query latency (ours and the raw-MiniSearch baseline). Run it through scale-child.ts in a fresh process so the
 * heap figure is this corpus alone.
 */
import { loadCorpus, buildCorpus } from '../corpus/load.js';
import { SearchEngine } from '../answer/engine.js';
import { loadLexicon } from '../query/lexicon.js';
import { buildIndex } from '../search/passage-index.js';
import { BENCH_QUESTIONS } from './questions.js';
import { benchQueries, buildBaseline } from './query-bench.js';
import { generateSyntheticArticles } from './synthetic-corpus.js';
import { round, timed } from './stats.js';

export interface ScaleOptions {
  seedsDir: string;
  passages: number;
  seed: number;
  warmupRounds: number;
  rounds: number;
}

/** One row of the `scale` array (the first five keys are the interface; the rest explain them). */
export interface ScaleEntry {
  passages: number;
  build_ms: number;
  /** Timed samples behind query_p50_ms / query_p99_ms (questions × passes; passes are time-boxed). */
  query_samples: number;
  query_p50_ms: number;
  query_p99_ms: number;
  /** V8 heap in use after a full GC with the engine loaded (corpus + index + lexicon + runtime). */
  heap_mb: number;
  /** Of heap_mb, what the index and engine added on top of the loaded corpus. */
  index_heap_mb: number;
  articles: number;
  /** Distinct index terms (MiniSearch's term count). */
  terms: number;
  /** Building the corpus (furniture, metadata, sentence split) — part of a real start-up, not of build_ms. */
  corpus_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  baseline_build_ms: number;
  rss_mb: number;
  /** The three slowest questions by their own median, for profiling. */
  slowest_questions: Array<{ text: string; p50_ms: number }>;
}

const MB = 1024 * 1024;
/** Wall-clock budget of the timed query passes per corpus size. */
const QUERY_BUDGET_MS = 60_000;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** Measures one corpus size. Heap figures are honest only with `--expose-gc` in a fresh process. */
export async function measureScale(options: ScaleOptions): Promise<ScaleEntry> {
  const seeds = await loadCorpus(options.seedsDir);
  const raws = generateSyntheticArticles(
    seeds.passages.map((p) => p.text),
    { passages: options.passages, seed: options.seed },
  );
  const lexicon = loadLexicon();
  const { ms: corpusMs, value: corpus } = timed(() => buildCorpus(raws));
  raws.length = 0;
  const heapBefore = heapAfterGc();
  const { ms: buildMs, value: index } = timed(() => buildIndex(corpus));
  const engine = new SearchEngine(corpus, index, lexicon);
  const heap = heapAfterGc();
  const rss = process.memoryUsage().rss;
  // Time-boxed so a slow pipeline on a huge corpus still finishes (≥ 2 passes = ≥ 82 samples whatever the budget).
  const ourOnly = benchQueries(engine, undefined, BENCH_QUESTIONS, { ...options, budgetMs: QUERY_BUDGET_MS });
  const { ms: baselineBuildMs, value: baseline } = timed(() => buildBaseline(corpus.passages));
  const both = benchQueries(engine, baseline, BENCH_QUESTIONS, { warmupRounds: 1, rounds: options.rounds, budgetMs: QUERY_BUDGET_MS / 2 });
  return {
    passages: corpus.passages.length,
    build_ms: round(buildMs),
    query_samples: ourOnly.ours.n,
    query_p50_ms: round(ourOnly.ours.p50),
    query_p99_ms: round(ourOnly.ours.p99),
    heap_mb: round(heap / MB),
    index_heap_mb: round((heap - heapBefore) / MB),
    articles: corpus.articles.length,
    terms: index.search.termCount,
    corpus_ms: round(corpusMs),
    baseline_p50_ms: round(both.baseline.p50),
    baseline_p99_ms: round(both.baseline.p99),
    baseline_build_ms: round(baselineBuildMs),
    rss_mb: round(rss / MB),
    slowest_questions: ourOnly.slowest.slice(0, 3).map((q) => ({ text: q.text, p50_ms: round(q.p50) })),
  };
}
