/** The CLI interfaces held-out evaluations use: `ask --json` and `ask --json --batch FILE`. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', INDEX_CACHE_DIR: join(tmpdir(), 'sutra-cli-test-cache'), ...env },
    maxBuffer: 16 * 1024 * 1024,
  });

function expectAnswerShape(a: Record<string, unknown>) {
  expect(Object.keys(a).sort()).toEqual(['answered', 'citations', 'lang', 'question', 'uiLang']);
  expect(['bn', 'en', 'romanized', 'mixed']).toContain(a.lang);
  expect(typeof a.answered).toBe('boolean');
  for (const c of a.citations as Array<Record<string, unknown>>) {
    expect(typeof c.source).toBe('string');
    expect(c.passage).toMatch(new RegExp(`^${String(c.source)}#\\d+$`));
    expect(typeof c.text).toBe('string');
    expect(typeof c.score).toBe('number');
  }
}

describe('npm run ask', () => {
  it('--json prints exactly one JSON line whose quotes are verbatim slices of the source files', async () => {
    const { stdout } = await cli(['ask', '--json', 'When did Pezeshkian visit Moscow?']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expectAnswerShape(answer);
    expect(answer.answered).toBe(true);
    for (const c of answer.citations) {
      const source = await readFile(join('seeds', `${c.source}.txt`), 'utf8');
      expect(source.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('--json --batch answers one line per question, in order, and declines the off-topic one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sutra-batch-'));
    const file = join(dir, 'q.txt');
    const questions = ['ইরান রাশিয়াকে কী সরবরাহ করেছে?', 'What is the capital of France?', '', 'pezeshkian kobe moscow gesen?'];
    await writeFile(file, questions.join('\n') + '\n');
    const { stdout } = await cli(['ask', '--json', '--batch', file]);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(questions.filter(Boolean));
    answers.forEach(expectAnswerShape);
    expect(answers.map((a) => a.answered)).toEqual([true, false, true]);
  });

  it('exits 2 with usage on a missing question, and with one line naming a bad variable', async () => {
    await expect(cli(['ask'])).rejects.toMatchObject({ code: 2 });
    const err = await cli(['ask', 'x'], { LOG_LEVEL: 'loud' }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr.trim().split('\n')).toHaveLength(1);
    expect(err.stderr).toContain('LOG_LEVEL');
  });
});
