/**
 * Bounded in-memory store for answers behind "More / Context / Article" buttons.
 *
 * callback_data is limited to 64 bytes, so a button carries only a short random id; the Answer stays
 * here. Bounded by size (least recently used evicted first) and by age (TTL), so memory stays flat
 * however long the bot runs.
 */
import { randomBytes } from 'node:crypto';

export interface ResultStoreOptions {
  /** Most entries kept; the least recently used is evicted beyond it. */
  maxSize: number;
  /** Milliseconds an entry stays readable after it was stored. */
  ttlMs: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

export class ResultStore<T> {
  // A Map iterates in insertion order; re-inserting on read makes its first key the least recently used.
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: ResultStoreOptions) {
    if (options.maxSize < 1) throw new RangeError('maxSize must be at least 1');
    this.now = options.now ?? Date.now;
  }

  /** Stores a value and returns its new id (8 URL-safe characters). */
  put(value: T): string {
    let id = newId();
    while (this.entries.has(id)) id = newId();
    this.entries.set(id, { value, expiresAt: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxSize) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The value for an id, or undefined when it never existed, expired or was evicted. */
  get(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  /** Number of entries held (expired ones count until they are read or evicted). */
  get size(): number {
    return this.entries.size;
  }
}

/** Random bytes per id: 48 bits, eight URL-safe characters. */
const ID_BYTES = 6;
/** Random bytes drawn ahead in one call: a call per id costs more than the rest of storing a page. */
const POOL_BYTES = ID_BYTES * 512;
let pool = Buffer.alloc(0);
let taken = 0;

function newId(): string {
  if (taken + ID_BYTES > pool.length) {
    pool = randomBytes(POOL_BYTES);
    taken = 0;
  }
  taken += ID_BYTES;
  return pool.toString('base64url', taken - ID_BYTES, taken);
}
