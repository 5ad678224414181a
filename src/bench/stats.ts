/**
 * Small statistics and timing helpers for the benchmark: percentiles over many samples (never single runs) and a
 * timer that returns milliseconds from `performance.now()`.
 */
import { performance } from 'node:perf_hooks';

/** Summary of a sample of durations in milliseconds. */
export interface Summary {
  n: number;
  p50: number;
  p99: number;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of `samples` by the nearest-rank method on a sorted copy — for p99 that is a value that was
 * actually observed, not an interpolation between two.
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Median and p99 of `samples`. */
export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

/** Milliseconds `fn` took (one call), and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Rounds for display and JSON: three significant decimals below 10, fewer above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) < 1 ? 4 : Math.abs(x) < 10 ? 3 : Math.abs(x) < 1000 ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
