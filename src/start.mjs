/**
 * `npm start`: runs an entry point of src/ from an esbuild bundle, building the bundle first when no bundle of the
 * current sources exists.
 *
 * Why a bundle, when development runs the sources through tsx: tsx's loader costs a start-up about 600 ms on the
 * project's 2-core machine (about 300 ms to register the loader and 300 ms to resolve and transform some 90 modules, all
 * from its cache), more than half of the start-up bench's ~1,050 ms from spawn to the first answer. The bundle is
 * one file of plain JavaScript (the npm packages stay external), loads in about 30 ms, and takes about 0.5 s to build,
 * once per change of the sources. `npm run ask | eval | bench` and the tests still run the sources through tsx.
 *
 * Each bundle lives in dist/<key>/, the key hashing every source file's path, size and modification time, so a
 * bundle is never rebuilt in place: processes starting together (tests, a restart during a build) each either find
 * the finished directory or build their own and rename it into place, and older bundles are removed once they are
 * an hour old.
 *
 * Each bundle has its source map beside it: `NODE_OPTIONS=--enable-source-maps npm start` reports stack traces in the
 * lines of src/ (not on by default: reading the map costs a start-up some 40 ms).
 *
 * usage: node src/start.mjs [entry] [args…]   entry: main (the default: the bot) or startup-child (the start-up bench)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, copyFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where bundles are built: dist/ in the project, or BUNDLE_DIR (read from the environment only, not from .env). */
const DIST = process.env.BUNDLE_DIR || join(ROOT, 'dist');

/** The entry points a bundle holds, by the name the command line gives them. */
const ENTRIES = { main: 'src/main.ts', 'startup-child': 'src/bench/startup-child.ts' };

/**
 * Data files the sources read beside themselves (`new URL('./x', import.meta.url)`); in a bundle import.meta.url is
 * the bundle's, so they are copied beside it. The start-up test answers an English question from a bundle, which
 * needs the lexicon, so a file missing here fails it.
 */
const DATA_FILES = ['src/query/en-bn.tsv', 'src/query/en-bn.translation-only.tsv', 'src/query/bn-synonyms.tsv'];

/** What a bundle is built from: the sources, the prompts they import, and the package files that pin esbuild. */
const SOURCE_ROOTS = ['src', 'prompts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Bundles other than the current one are removed when older than this (a running process may still read its own). */
const KEEP_OLD_MS = 60 * 60 * 1000;

function* filesUnder(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    yield [path, stat];
    return;
  }
  for (const entry of readdirSync(path)) yield* filesUnder(join(path, entry));
}

/** A key of the sources as they are now: any edit, added or removed file changes it. */
function sourceKey() {
  const hash = createHash('sha1');
  for (const root of SOURCE_ROOTS) {
    for (const [file, stat] of filesUnder(join(ROOT, root))) {
      if (/\.test\.ts$/.test(file)) continue; // tests are never bundled
      hash.update(`${relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildInto(dir) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of DATA_FILES) copyFileSync(join(ROOT, file), join(dir, file.split('/').pop()));
}

function removeOldBundles(current) {
  for (const name of readdirSync(DIST)) {
    if (name === current) continue;
    const path = join(DIST, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

/** The directory of a bundle of the current sources, built when there is none. */
async function ensureBundle() {
  const key = sourceKey();
  const dir = join(DIST, key);
  if (existsSync(join(dir, 'main.mjs'))) return dir;
  mkdirSync(DIST, { recursive: true });
  const scratch = `${dir}.tmp-${process.pid}`;
  try {
    await buildInto(scratch);
    try {
      renameSync(scratch, dir);
    } catch (error) {
      if (!existsSync(join(dir, 'main.mjs'))) throw error; // not another process's finished bundle: a real failure
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  removeOldBundles(key);
  return dir;
}

/**
 * The URL to import for an entry: its bundle, or — when no bundle can be built (a read-only checkout, a full disk) — its
 * sources through tsx, slower to start but the same bot, with one line on stderr saying why.
 */
async function entryUrl(name) {
  try {
    return pathToFileURL(join(await ensureBundle(), `${name}.mjs`)).href;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`sutra: could not build the bundle in ${DIST} (${reason}); running the sources through tsx\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return pathToFileURL(join(ROOT, ENTRIES[name])).href;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2] && process.argv[2] in ENTRIES ? process.argv.splice(2, 1)[0] : 'main';
  await import(await entryUrl(name));
}
