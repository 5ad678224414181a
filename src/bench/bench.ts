/**
 * The benchmark: collects every figure of `npm run bench` into one report object. Presets: FULL (the default), QUICK
 * (`--quick`, a smoke run in well under a minute) and TINY (the vitest shape test).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { createEngine, type SearchEngine } from '../answer/engine.js';
import { buildIndex } from '../search/passage-index.js';
import { benchBot, type BotBenchOptions } from './bot-bench.js';
import { PROJECT_ROOT, runChild } from './child.js';
import { BENCH_QUESTIONS, type QuestionGroup } from './questions.js';
import { benchQueries, buildBaseline } from './query-bench.js';
import type { ScaleEntry } from './scale.js';
import { round, summarize, timed } from './stats.js';

export interface BenchOptions {
  /** Seed corpus folder (the in-process figures and the synthetic corpora's source sentences). */
  seedsDir: string;
  /** Passages per synthetic corpus of the scaling runs (each in its own child process). */
  scales: number[];
  /** PRNG seed of the synthetic corpora. */
  seed: number;
  warmupRounds: number;
  /** Timed passes over the question list on the seeds. */
  rounds: number;
  /** Timed passes over the question list per scale. */
  scaleRounds: number;
  /** Index builds timed on the seeds. */
  buildReps: number;
  /** Child processes per start-up figure (cold and warm each). */
  startupRuns: number;
  bot: BotBenchOptions;
  /** Progress messages (stderr in the CLI). */
  log: (message: string) => void;
}

export const FULL: Omit<BenchOptions, 'log'> = {
  seedsDir: join(PROJECT_ROOT, 'seeds'),
  scales: [1_000, 10_000, 100_000],
  seed: 20250117,
  warmupRounds: 5,
  rounds: 40,
  scaleRounds: 10,
  buildReps: 30,
  startupRuns: 7,
  bot: { updates: 2_000, users: 400, concurrency: 500, runs: 5 },
};

export const QUICK: Omit<BenchOptions, 'log'> = {
  ...FULL,
  scales: [1_000, 10_000],
  warmupRounds: 2,
  rounds: 10,
  scaleRounds: 3,
  buildReps: 5,
  startupRuns: 3,
  bot: { updates: 1_000, users: 200, concurrency: 500, runs: 2 },
};

export const TINY: Omit<BenchOptions, 'log'> = {
  ...FULL,
  scales: [300],
  warmupRounds: 1,
  rounds: 2,
  scaleRounds: 1,
  buildReps: 2,
  startupRuns: 1,
  bot: { updates: 60, users: 20, concurrency: 50, runs: 1 },
};

/** One line of the targets table: the measured value against the project's goal. */
export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  /** `max`: value must be at most target; `min`: at least. */
  kind: 'max' | 'min';
  met: boolean;
}

/** The report; the top-level figure names are an interface (README, CI dashboards) — add, never rename. */
export interface BenchReport {
  query_p50_ms: number;
  query_p99_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  ratio_p99: number;
  index_build_ms: number;
  startup_ms: number;
  startup_ms_cold: number;
  updates_per_s: number;
  scale: ScaleEntry[];
  /** Details: per question group, slowest questions, start-up phases, bot sanity counts. */
  details: {
    questions: number;
    answered: number;
    samples_per_pipeline: number;
    per_group_p50_ms: Partial<Record<QuestionGroup, number>>;
    per_group_p99_ms: Partial<Record<QuestionGroup, number>>;
    slowest_questions: Array<{ text: string; p50_ms: number }>;
    seed_passages: number;
    baseline_build_ms: number;
    startup_phases_warm: Record<string, number>;
    startup_phases_cold: Record<string, number>;
    bot_runs_per_s: number[];
    bot_replies_per_update: number;
    bot_problems: number;
  };
  targets: TargetCheck[];
  environment: {
    node: string;
    platform: string;
    cpus: number;
    cpu: string;
    /** 1-minute load average when the run started (others' work: above ~0.5 × cpus the figures are noisy) and ended (includes the bench itself). */
    loadavg_start: number;
    loadavg_end: number;
  };
}

const STARTUP_QUESTION = 'When did Pezeshkian visit Moscow?';

/** Median of each numeric field over the children's JSON lines. */
function medianPhases(lines: Array<Record<string, unknown>>): Record<string, number> {
  const keys = Object.keys(lines[0] ?? {}).filter((k) => k.endsWith('_ms') && typeof lines[0]![k] === 'number');
  return Object.fromEntries(keys.map((k) => [k, round(summarize(lines.map((l) => l[k] as number)).p50)]));
}

/** Start-up: spawn → first answer, cold (empty cache dir: build + save) and warm (saved index). */
async function benchStartup(options: BenchOptions) {
  const root = await mkdtemp(join(os.tmpdir(), 'sutra-bench-'));
  try {
    // As `npm start` runs the bot: from the bundle of the sources (src/start.mjs).
    const run = (cacheDir: string) =>
      runChild('startup-child.ts', [options.seedsDir, cacheDir, STARTUP_QUESTION], { timeoutMs: 120_000, bundled: true });
    // One untimed run first, which builds the bundle if the sources changed since the last, as a first `npm start` does.
    await run(join(root, 'prime'));
    const cold: number[] = [];
    const coldPhases: Array<Record<string, unknown>> = [];
    const warm: number[] = [];
    const warmPhases: Array<Record<string, unknown>> = [];
    // Cold and warm runs alternate so background load on a shared machine hits both alike.
    for (let i = 0; i < options.startupRuns; i++) {
      const c = await run(join(root, `cold-${i}`));
      cold.push(c.firstLineMs);
      coldPhases.push(JSON.parse(c.firstLine) as Record<string, unknown>);
      const w = await run(join(root, 'prime'));
      warm.push(w.firstLineMs);
      warmPhases.push(JSON.parse(w.firstLine) as Record<string, unknown>);
    }
    return {
      cold: summarize(cold).p50,
      warm: summarize(warm).p50,
      coldPhases: medianPhases(coldPhases),
      warmPhases: medianPhases(warmPhases),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function check(name: string, value: number, target: number, kind: 'max' | 'min'): TargetCheck {
  return { name, value, target, kind, met: kind === 'max' ? value <= target : value >= target };
}

/** The targets the project set for this 2-core machine. */
function targetsOf(r: Omit<BenchReport, 'targets' | 'environment'>): TargetCheck[] {
  const checks = [
    check('ratio_p99', r.ratio_p99, 2, 'max'),
    check('startup_ms (seeds, warm cache)', r.startup_ms, 1_000, 'max'),
    check('updates_per_s', r.updates_per_s, 2_000, 'min'),
  ];
  const at100k = r.scale.find((s) => s.passages >= 90_000 && s.passages <= 110_000);
  if (at100k) {
    checks.push(
      check('100k build_ms', at100k.build_ms, 10_000, 'max'),
      check('100k query_p99_ms', at100k.query_p99_ms, 10, 'max'),
      check('100k heap_mb', at100k.heap_mb, 500, 'max'),
    );
  }
  return checks;
}

/** Runs every measurement and returns the report. */
export async function collectBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const loadStart = os.loadavg()[0]!;
  log('loading the engine on the seeds…');
  const engine: SearchEngine = await createEngine({ corpusDir: options.seedsDir });
  const passages = engine.corpus.passages;

  log(`index build on the seeds (${passages.length} passages) ×${options.buildReps}…`);
  for (let i = 0; i < Math.min(3, options.buildReps); i++) buildIndex(engine.corpus);
  const builds = Array.from({ length: options.buildReps }, () => timed(() => buildIndex(engine.corpus)).ms);
  const baselineBuild = summarize(Array.from({ length: options.buildReps }, () => timed(() => buildBaseline(passages)).ms));

  log(`query latency: ${BENCH_QUESTIONS.length} questions ×${options.rounds}, ours vs raw MiniSearch…`);
  const baseline = buildBaseline(passages);
  const q = benchQueries(engine, baseline, BENCH_QUESTIONS, options);

  log(`start-up: ${options.startupRuns} cold + ${options.startupRuns} warm child processes…`);
  const startup = await benchStartup(options);

  log(`bot: ${options.bot.updates} updates ×${options.bot.runs} through createBot + runner sink…`);
  const bot = await benchBot(engine, BENCH_QUESTIONS, options.bot);

  const scale: ScaleEntry[] = [];
  for (const passagesWanted of options.scales) {
    log(`scale: ${passagesWanted} synthetic passages (child process)…`);
    const child = await runChild(
      'scale-child.ts',
      [options.seedsDir, String(passagesWanted), String(options.seed), String(Math.min(1, options.warmupRounds)), String(options.scaleRounds)],
      { nodeArgs: ['--expose-gc', '--max-old-space-size=4096'], timeoutMs: 30 * 60_000 },
    );
    scale.push(JSON.parse(child.firstLine) as ScaleEntry);
  }

  const figures = {
    query_p50_ms: round(q.ours.p50),
    query_p99_ms: round(q.ours.p99),
    baseline_p50_ms: round(q.baseline.p50),
    baseline_p99_ms: round(q.baseline.p99),
    ratio_p99: round(q.ours.p99 / q.baseline.p99),
    index_build_ms: round(summarize(builds).p50),
    startup_ms: round(startup.warm),
    startup_ms_cold: round(startup.cold),
    updates_per_s: round(bot.updates_per_s),
    scale,
    details: {
      questions: BENCH_QUESTIONS.length,
      answered: q.answered,
      samples_per_pipeline: q.ours.n,
      per_group_p50_ms: Object.fromEntries(Object.entries(q.perGroup).map(([g, s]) => [g, round(s.p50)])),
      per_group_p99_ms: Object.fromEntries(Object.entries(q.perGroup).map(([g, s]) => [g, round(s.p99)])),
      slowest_questions: q.slowest.map((s) => ({ text: s.text, p50_ms: round(s.p50) })),
      seed_passages: passages.length,
      baseline_build_ms: round(baselineBuild.p50),
      startup_phases_warm: startup.warmPhases,
      startup_phases_cold: startup.coldPhases,
      bot_runs_per_s: bot.runs.map(round),
      bot_replies_per_update: round(bot.replies_per_update),
      bot_problems: bot.problems,
    },
  };
  const cpus = os.cpus();
  return {
    ...figures,
    targets: targetsOf(figures),
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: cpus.length,
      cpu: cpus[0]?.model ?? 'unknown',
      loadavg_start: round(loadStart),
      loadavg_end: round(os.loadavg()[0]!),
    },
  };
}
