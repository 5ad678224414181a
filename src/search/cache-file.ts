/**
 * The start-up caches (saved index, the lexicon's Bengali view) are JSON files in INDEX_CACHE_DIR, written atomically so
 * a crash mid-write never leaves half a file under the real name, and read back whole.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Parses a cache file (throws when it is missing or not JSON; the caller rebuilds then). */
export async function readCacheFile<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Writes a cache file: to a temporary name first, then renamed into place. */
export async function writeCacheFile(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value));
  await rename(tmp, file);
}

/**
 * A start-up cache file's path in `cacheDir`: its kind and a hash of everything its content is derived from (versions,
 * source texts), so that a change to any of them names another file and the stale one is never read.
 */
export function cacheFilePath(cacheDir: string, kind: string, ...sources: string[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source).update('\0');
  return join(cacheDir, `${kind}-${hash.digest('hex').slice(0, 24)}.json`);
}
