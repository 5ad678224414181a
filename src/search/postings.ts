/** Sorted position lists (the vocabulary's compact postings) and the merges conjunctive candidate search needs. */
import type { Vocabulary } from './vocabulary.js';

export const EMPTY = new Int32Array(0);

/** Postings of an alternative: those of its rarest term (a multi-word alternative needs all of them anyway). */
export function rarestPostings(terms: string[], vocabulary: Vocabulary): Int32Array {
  let best: Int32Array | undefined;
  for (const t of terms) {
    const p = vocabulary.postings(t);
    if (!best || p.length < best.length) best = p;
  }
  return best ?? EMPTY;
}

/** Sorted union of sorted position lists. */
export function unionAll(lists: Int32Array[]): Int32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY;
  const all = new Int32Array(nonEmpty.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of nonEmpty) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** Sorted intersection of two sorted position lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** Does a sorted position list hold a position in [from, to]? (binary search) */
export function anyWithin(list: Int32Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! <= to;
}
