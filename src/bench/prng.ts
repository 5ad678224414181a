/** A small seeded PRNG (mulberry32) and sampling helpers, so every synthetic corpus is reproducible bit for bit. */

/** Uniform [0, 1) generator from a 32-bit seed (mulberry32: fast, good enough for workloads, not for cryptography). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sampling helpers over one generator. */
export class Sampler {
  constructor(readonly next: () => number) {}

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/**
 * Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s (Zipf's law), by binary search over the cumulative weights.
 * Used where a few items should be very common and most rare (names in the news).
 */
export class ZipfTable {
  private readonly cumulative: Float64Array;

  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + 1) ** s;
      this.cumulative[r] = sum;
    }
  }

  /** A rank drawn with `u` uniform in [0, 1). */
  rank(u: number): number {
    const target = u * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
