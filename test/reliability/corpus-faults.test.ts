/**
 * Corpus and cache faults: bad files in the corpus folder are skipped with one warning each while the
 * rest still serves; a corrupt saved index is rebuilt (with a warning) into answers identical to a fresh build.
 */
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, type SearchEngine } from '../../src/answer/engine.js';
import { captureLogger } from './support/bot-under-test.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_IDS = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4));
const QUESTIONS = ['pezeshkian kobe moscow gesen?', 'Russia Iran drones', 'পুতিন ইরান চুক্তি', 'strategic partnership treaty', 'xyzzy'];
/** chmod 000 does not stop root from reading a file, so that one case can only be checked as a normal user. */
const RUNNING_AS_ROOT = process.getuid?.() === 0;

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) {
    try {
      chmodSync(join(dir, 'locked.txt'), 0o644);
    } catch {
      // only the corpus folder has it
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Warnings (pino JSON) about corpus files, keyed by file name. */
function skipped(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const entry = JSON.parse(line) as { level: number; msg: string; file?: string; reason?: string };
    if (entry.level !== 40 || entry.msg !== 'skipping corpus file' || !entry.file) continue;
    const name = entry.file.split('/').pop()!;
    out.set(name, [...(out.get(name) ?? []), entry.reason ?? '']);
  }
  return out;
}

function answers(engine: SearchEngine) {
  return QUESTIONS.map((q) => engine.ask(q, { limit: 9 }));
}

describe('a corpus folder with bad files', () => {
  it('skips each bad file with exactly one warning; the seeds still serve; a huge file is indexed', async () => {
    const dir = tempDir('sutra-rel-corpus-');
    cpSync(SEEDS, dir, { recursive: true });
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
    // Latin-1 bytes and a lone continuation byte: not UTF-8.
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x52, 0x75, 0xe9, 0x73, 0x73, 0x69, 0x61, 0x20, 0x80, 0xff, 0x0a]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n\uFEFF');
    mkdirSync(join(dir, 'folder.txt')); // a .txt that is a directory: readFile fails with EISDIR, even for root
    symlinkSync(join(dir, 'does-not-exist'), join(dir, 'dangling.txt'));
    writeFileSync(join(dir, 'locked.txt'), 'রাশিয়া ও ইরান। Russia and Iran.\n');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    // ~2 MB of distinct sentences (numbered copies of one seed), so the index really grows.
    const seed = readFileSync(join(SEEDS, `${SEED_IDS[0]}.txt`), 'utf8');
    let huge = '';
    for (let i = 0; Buffer.byteLength(huge) < 2_000_000; ) huge += `${seed.split('\n').map((l) => (l.trim() ? `${l} ${i++}` : l)).join('\n')}\n`;
    writeFileSync(join(dir, 'zz-huge.txt'), huge);

    const { logger, lines } = captureLogger('info');
    const engine = await createEngine({ corpusDir: dir, logger });
    const warned = skipped(lines);

    for (const name of ['latin1.txt', 'empty.txt', 'blank.txt', 'folder.txt', 'dangling.txt']) {
      expect(warned.get(name), name).toHaveLength(1);
    }
    expect(warned.get('latin1.txt')![0]).toMatch(/UTF-8/);
    // Files that are fine are never warned about.
    for (const id of [...SEED_IDS, 'zz-huge']) expect(warned.has(`${id}.txt`), id).toBe(false);
    const ids = engine.articles().map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([...SEED_IDS, 'zz-huge']));
    for (const bad of ['latin1', 'empty', 'blank', 'folder', 'dangling']) expect(ids).not.toContain(bad);

    const answer = engine.ask('pezeshkian Moscow visit Putin', { limit: 9 });
    expect(answer.answered).toBe(true);
    for (const c of answer.citations) {
      const source = readFileSync(join(dir, `${c.source}.txt`), 'utf8');
      expect(c.text).toBe(source.slice(c.start, c.end));
    }
  });

  it.skipIf(RUNNING_AS_ROOT)('skips a file it may not read (chmod 000) with one warning — skipped as root: root reads it anyway', async () => {
    const dir = tempDir('sutra-rel-locked-');
    cpSync(SEEDS, dir, { recursive: true });
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
    writeFileSync(join(dir, 'locked.txt'), 'রাশিয়া ও ইরান। Russia and Iran.\n');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const { logger, lines } = captureLogger('info');
    const engine = await createEngine({ corpusDir: dir, logger });
    expect(skipped(lines).get('locked.txt')).toHaveLength(1);
    expect(engine.articles().map((a) => a.id)).not.toContain('locked');
    expect(engine.ask('Russia Iran drones').answered).toBe(true);
  });
});

describe('a corrupt saved index', () => {
  const corruptions: Array<[string, (file: string, key: string) => void]> = [
    ['truncated to half', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    ['emptied', (file) => truncateSync(file, 0)],
    ['garbage bytes', (file) => writeFileSync(file, Buffer.from([0x00, 0xff, 0x7b, 0x7b, 0x22]))],
    ['valid JSON of the wrong shape', (file, key) => writeFileSync(file, JSON.stringify({ key, vocabulary: {}, index: {} }))],
    ['valid JSON, right key, nulls', (file, key) => writeFileSync(file, JSON.stringify({ key, vocabulary: null, index: null }))],
    ['a JSON array', (file) => writeFileSync(file, '[]')],
  ];

  it.each(corruptions)('%s → rebuilt with one warning, answers identical to a fresh build, cache repaired', async (_name, corrupt) => {
    const fresh = answers(await createEngine({ corpusDir: SEEDS }));
    const cacheDir = tempDir('sutra-rel-cache-');
    await createEngine({ corpusDir: SEEDS, cacheDir });
    const [file] = readdirSync(cacheDir).filter((n) => /^index-.*\.json$/.test(n));
    expect(file).toBeDefined();
    const key = /^index-(.*)\.json$/.exec(file!)![1]!;
    corrupt(join(cacheDir, file!), key);

    const { logger, lines } = captureLogger('info');
    const rebuilt = await createEngine({ corpusDir: SEEDS, cacheDir, logger });
    const warnings = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((e) => e.level === 40);
    expect(warnings.map((w) => w.msg)).toEqual(['saved index unusable; rebuilding']);
    expect(answers(rebuilt)).toEqual(fresh);

    // The rebuilt index was saved again: the next start loads it silently, with the same answers.
    const second = captureLogger('info');
    const reloaded = await createEngine({ corpusDir: SEEDS, cacheDir, logger: second.logger });
    expect(second.lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 40)).toEqual([]);
    expect(answers(reloaded)).toEqual(fresh);
  });
});
