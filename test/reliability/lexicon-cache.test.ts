/**
 * The lexicon's saved rows (a start-up cache beside the saved index): a warm start reads them instead of the TSV, and a
 * damaged file is read around — the TSV again, the same answers, the file written anew.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const QUESTIONS = ['When did Pezeshkian visit Moscow?', 'pezeshkian kobe moscow gesen?', 'Russia Iran drones', 'WHO cholera warning'];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh process's engine: the lexicon module's own cache is empty, as at a real start. */
async function freshEngine(cacheDir: string) {
  vi.resetModules();
  const { createEngine } = await import('../../src/answer/engine.js');
  return createEngine({ corpusDir: SEEDS, cacheDir });
}

const answers = (engine: { ask(q: string): unknown }) => QUESTIONS.map((q) => engine.ask(q));
const rowsFile = (dir: string) => readdirSync(dir).find((n) => /^lexicon-rows-.*\.json$/.test(n));

describe('the saved lexicon rows', () => {
  const damages: Array<[string, (file: string) => void]> = [
    ['truncated to half', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    ['valid JSON of another format', (file) => writeFileSync(file, JSON.stringify({ format: 'lexicon-rows-0', entries: [] }))],
    ['right format, rows without their forms', (file) => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ bengali?: string[] }> };
      delete json.entries[7]!.bengali;
      writeFileSync(file, JSON.stringify(json));
    }],
  ];

  it('are written at the first start and read at the next, not the TSV (a row changed in the file is the row loaded)', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-lex-cache-'));
    temps.push(cacheDir);
    const first = answers(await freshEngine(cacheDir));
    const file = rowsFile(cacheDir);
    expect(file).toBeDefined();
    expect(answers(await freshEngine(cacheDir))).toEqual(first);

    const json = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as { entries: Array<{ english: string; bengali: string[] }> };
    const drone = json.entries.find((e) => e.english === 'drone')!;
    drone.bengali = ['ঘুড়ি'];
    writeFileSync(join(cacheDir, file!), JSON.stringify(json));
    await freshEngine(cacheDir);
    const { loadLexicon } = await import('../../src/query/lexicon.js');
    expect(loadLexicon().get('drone')?.bengali).toEqual(['ঘুড়ি']);
  });

  it.each(damages)('%s → the TSV read again, the same answers, the file repaired', async (_name, damage) => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-lex-cache-'));
    temps.push(cacheDir);
    const first = answers(await freshEngine(cacheDir));
    const file = join(cacheDir, rowsFile(cacheDir)!);
    const saved = readFileSync(file, 'utf8');
    damage(file);
    expect(answers(await freshEngine(cacheDir))).toEqual(first);
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });
});
