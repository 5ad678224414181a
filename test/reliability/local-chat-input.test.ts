/**
 * The terminal chat of the real process (`npm start` without BOT_TOKEN) fed hostile lines on stdin:
 * invalid UTF-8, control and bidi characters, a 10,000-character line, HTML, button presses that do
 * not exist. Every line gets an answer or a polite refusal, nothing is logged as an error, and end of
 * input ends the process with code 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';

let proc: BotProcess | undefined;
const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-rel-local-'));
afterAll(() => {
  proc?.kill();
  rmSync(cacheDir, { recursive: true, force: true });
});

it('answers or refuses every hostile line and exits 0 at end of input', async () => {
  proc = startBotProcess({ INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'info', LANG: 'en_US.UTF-8' }, { stdin: 'pipe' });
  const stdin = proc.child.stdin!;
  const lines: Array<string | Buffer> = [
    'Russia Iran drones',
    '#1',
    '#99',
    '\u0000\u0007\u001b[2J',
    '\u202eevil\u202c Iran',
    'x'.repeat(10_000),
    Buffer.from([0xff, 0xfe, 0x80, 0x41, 0xc3]),
    '<script>alert(1)</script> &amp; <b>Putin</b>',
    '/ask',
    '/sources',
    '/start@SomeoneElse',
    '😀😀😀',
  ];
  for (const line of lines) {
    stdin.write(line);
    stdin.write('\n');
  }
  stdin.end();
  const exit = await Promise.race([
    proc.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit\n${proc!.text().slice(-2000)}`)), 40_000)),
  ]);
  const output = proc.text();
  expect(exit.code, output.slice(-2000)).toBe(0);
  expect(output).not.toMatch(/"level":(50|60)/);
  expect(output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
  // The real question was answered with quotes; the HTML in a question never comes back as markup.
  expect(output).toMatch(/│ /);
  expect(output).not.toContain('<script>');
}, 60_000);
