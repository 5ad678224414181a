import { describe, expect, it } from 'vitest';
import { collectBench, TINY } from './bench.js';
import { formatReport } from './report.js';
import { BENCH_QUESTIONS } from './questions.js';
import { generateSyntheticArticles } from './synthetic-corpus.js';

const SENTENCES = [
  'ইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন, তাঁর এ সফরে তিনি পুতিনের সঙ্গে বৈঠক করবেন।',
  'রাশিয়া ও ইরানের মধ্যে ২০ বছরের কৌশলগত অংশীদারত্ব চুক্তি সই হবে বলে জানিয়েছে ক্রেমলিন।',
];

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateSyntheticArticles(SENTENCES, { passages: 200, seed: 1 });
    const b = generateSyntheticArticles(SENTENCES, { passages: 200, seed: 1 });
    const c = generateSyntheticArticles(SENTENCES, { passages: 200, seed: 2 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.map((x) => x.source).join('').split('।').length - 1).toBeGreaterThanOrEqual(200);
  });
});

describe('npm run bench (tiny scale)', () => {
  it('produces the report shape with finite figures', { timeout: 180_000 }, async () => {
    const report = await collectBench({ ...TINY, log: () => {} });
    const keys = [
      'query_p50_ms', 'query_p99_ms', 'baseline_p50_ms', 'baseline_p99_ms', 'ratio_p99',
      'index_build_ms', 'startup_ms', 'startup_ms_cold', 'updates_per_s',
    ] as const;
    for (const k of keys) {
      expect(Number.isFinite(report[k]), k).toBe(true);
      expect(report[k], k).toBeGreaterThan(0);
    }
    expect(report.scale).toHaveLength(1);
    for (const k of ['passages', 'build_ms', 'query_p50_ms', 'query_p99_ms', 'heap_mb'] as const) {
      expect(Number.isFinite(report.scale[0]![k]), k).toBe(true);
    }
    expect(report.scale[0]!.passages).toBeGreaterThanOrEqual(300);
    expect(report.details.samples_per_pipeline).toBe(BENCH_QUESTIONS.length * TINY.rounds);
    // Every bot update got exactly one reply and nothing was logged as a failure.
    expect(report.details.bot_replies_per_update).toBe(1);
    expect(report.details.bot_problems).toBe(0);
    const parsed = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ scale: expect.any(Array) });
    expect(formatReport(report)).toContain('ratio');
  });
});
