import { describe, expect, it } from 'vitest';
import { ResultStore } from './result-store.js';
import { decodeButton, encodeButton } from './callback-data.js';
import { RecentIds } from './recent-ids.js';

describe('ResultStore', () => {
  it('expires entries after the TTL', () => {
    let now = 0;
    const store = new ResultStore<string>({ maxSize: 10, ttlMs: 1000, now: () => now });
    const id = store.put('a');
    now = 999;
    expect(store.get(id)).toBe('a');
    now = 1000;
    expect(store.get(id)).toBeUndefined();
  });

  it('evicts the least recently used beyond its size', () => {
    const store = new ResultStore<string>({ maxSize: 2, ttlMs: 60_000 });
    const a = store.put('a');
    const b = store.put('b');
    expect(store.get(a)).toBe('a');
    store.put('c');
    expect(store.size).toBe(2);
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)).toBe('a');
  });

  it('makes short ids that fit callback_data', () => {
    const store = new ResultStore<number>({ maxSize: 1000, ttlMs: 1000 });
    const ids = new Set(Array.from({ length: 500 }, (_, i) => store.put(i)));
    expect(ids.size).toBe(500);
    for (const id of ids) {
      const data = encodeButton({ action: 'article', lang: 'bn', resultId: id, index: 8 });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ action: 'article', lang: 'bn', resultId: id, index: 8 });
    }
  });
});

describe('callback data', () => {
  it('rejects anything not written by encodeButton', () => {
    for (const bad of [undefined, '', 'x:en:abc:1', 'm:fr:abc:1', 'm:en:abc:-1', 'm:en::1', 'm:en:abc:1:extra']) {
      expect(decodeButton(bad)).toBeUndefined();
    }
  });
});

describe('RecentIds', () => {
  it('reports duplicates and stays bounded', () => {
    const ids = new RecentIds(3);
    expect(ids.add(1)).toBe(true);
    expect(ids.add(1)).toBe(false);
    for (const id of [2, 3, 4]) ids.add(id);
    expect(ids.add(1)).toBe(true);
    ids.delete(1);
    expect(ids.add(1)).toBe(true);
  });
});
