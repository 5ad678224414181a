/**
 * The start-up caches (saved index, the lexicon's Bengali view) are JSON files in INDEX_CACHE_DIR, written atomically so
 * a crash mid-write never leaves half a file under the real name, and read back whole.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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
