/**
 * Query latency: the whole in-process answer pipeline (engine.ask + rendering the first page to Telegram HTML, exactly
 * what the bot does per question) against a baseline of raw MiniSearch with default options over the same passages.
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { renderAnswerHtml } from '../answer/render.js';
import type { AnswerEngine } from '../answer/types.js';
import type { Passage } from '../corpus/types.js';
import { CITATIONS_PER_QUESTION, outletLabel } from '../bot/answer-page.js';
import type { BenchQuestion, QuestionGroup } from './questions.js';
import { summarize, timed, type Summary } from './stats.js';

export interface QueryBenchOptions {
  /** Untimed passes over the question list first (JIT warm-up, lazy caches). */
  warmupRounds: number;
  /** Timed passes over the question list; every (question, pass) is one sample. */
  rounds: number;
}

export interface QueryBenchResult {
  ours: Summary;
  baseline: Summary;
  /** Our pipeline per question group. */
  perGroup: Partial<Record<QuestionGroup, Summary>>;
  /** The slowest questions by their own median (for profiling). */
  slowest: Array<{ text: string; p50: number }>;
  /** How many questions were answered (not declined) — a sanity check that the pipeline did real work. */
  answered: number;
}

/** Raw MiniSearch, default options, one field: what "just use MiniSearch" would cost. */
export function buildBaseline(passages: readonly Passage[]): MiniSearch<{ id: string; text: string }> {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  return search;
}

/** One question through the pipeline the bot runs: ask (with the bot's citation limit), then render page one. */
export function answerAndRender(engine: AnswerEngine, question: string): { answered: boolean; html: string } {
  const answer = engine.ask(question, { limit: CITATIONS_PER_QUESTION });
  return { answered: answer.answered, html: renderAnswerHtml(answer, { sourceLabel: outletLabel(engine) }).text };
}

/**
 * Times every question through our pipeline and through the baseline, `rounds` passes each. The two alternate in whole
 * passes (ours then baseline, then baseline then ours, …) so slow drift — CPU frequency, a noisy neighbour — hits both
 * alike, while the garbage one pipeline makes is mostly collected inside its own pass rather than billed to the other.
 * With `budgetMs`, passes stop once the timed work exceeds it (after at least two), so huge corpora finish in bounded time.
 */
export function benchQueries(
  engine: AnswerEngine,
  baseline: MiniSearch<{ id: string; text: string }> | undefined,
  questions: readonly BenchQuestion[],
  options: QueryBenchOptions & { budgetMs?: number },
): QueryBenchResult {
  let answered = 0;
  let sink = 0; // consumed so no work can be optimised away
  for (let r = 0; r < options.warmupRounds; r++) {
    for (const q of questions) {
      sink += answerAndRender(engine, q.text).html.length;
      if (baseline) sink += baseline.search(q.text).length;
    }
  }
  const ours: number[] = [];
  const base: number[] = [];
  const byGroup = new Map<QuestionGroup, number[]>();
  const byQuestion = questions.map(() => [] as number[]);
  const oursPass = (first: boolean) =>
    questions.forEach((q, i) => {
      const { ms, value } = timed(() => answerAndRender(engine, q.text));
      sink += value.html.length;
      if (first && value.answered) answered++;
      ours.push(ms);
      byQuestion[i]!.push(ms);
      let g = byGroup.get(q.group);
      if (!g) byGroup.set(q.group, (g = []));
      g.push(ms);
    });
  const baselinePass = () => {
    if (!baseline) return;
    for (const q of questions) {
      const t0 = performance.now();
      sink += baseline.search(q.text).length;
      base.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  for (let r = 0; r < options.rounds; r++) {
    if (r % 2 === 1) baselinePass();
    oursPass(r === 0);
    if (r % 2 === 0) baselinePass();
    if (options.budgetMs !== undefined && r >= 1 && performance.now() - started > options.budgetMs) break;
  }
  if (sink < 0) throw new Error('unreachable');
  const slowest = questions
    .map((q, i) => ({ text: q.text, p50: summarize(byQuestion[i]!).p50 }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 5);
  return {
    ours: summarize(ours),
    baseline: summarize(base),
    perGroup: Object.fromEntries([...byGroup].map(([g, s]) => [g, summarize(s)])),
    slowest,
    answered,
  };
}
