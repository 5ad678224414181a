import { describe, expect, it } from 'vitest';
import { anyWithin, intersect, intersects, unionAll } from './postings.js';

const arr = (...n: number[]) => Int32Array.from(n);

describe('postings', () => {
  it('unites sorted lists without duplicates, in order', () => {
    expect([...unionAll([arr(1, 4, 9), arr(2, 4, 10), arr()])]).toEqual([1, 2, 4, 9, 10]);
    expect([...unionAll([arr(3, 5)])]).toEqual([3, 5]);
    expect([...unionAll([])]).toEqual([]);
  });

  it('intersects sorted lists', () => {
    expect([...intersect(arr(1, 3, 5, 7, 9), arr(2, 3, 4, 9, 12))]).toEqual([3, 9]);
    expect([...intersect(arr(1, 2), arr(3, 4))]).toEqual([]);
    expect(intersects(arr(1, 3, 5, 7, 9), arr(2, 3, 4))).toBe(true);
    expect(intersects(arr(1, 2), arr(3, 4))).toBe(false);
    expect(intersects(arr(), arr(3))).toBe(false);
  });

  it('tells whether a sorted list holds a position within a range', () => {
    expect(anyWithin(arr(2, 8, 15), 3, 8)).toBe(true);
    expect(anyWithin(arr(2, 8, 15), 9, 14)).toBe(false);
    expect(anyWithin(arr(2, 8, 15), 16, 20)).toBe(false);
    expect(anyWithin(arr(), 0, 5)).toBe(false);
  });
});
