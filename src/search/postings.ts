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

/**
 * Sorted union of sorted position lists, merged two at a time (each list is sorted already: a merge is linear, where
 * sorting the concatenation cost most of a query over 100k passages).
 */
export function unionAll(lists: Int32Array[]): Int32Array {
  let level = lists.filter((l) => l.length > 0);
  if (level.length <= 1) return level[0] ?? EMPTY;
  while (level.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? union(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}

/** Sorted union of two sorted position lists, without duplicates. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
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

/** Do two sorted position lists share a position? (intersect's walk, stopping at the first: nothing allocated) */
export function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else return true;
  }
  return false;
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
