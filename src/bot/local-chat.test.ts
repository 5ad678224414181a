import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { parseConfig } from '../config.js';
import { runLocalChat } from './local-chat.js';
import { createFakeEngine } from './testing/fake-engine.js';

async function chat(lines: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += String(chunk)));
  const done = runLocalChat({ config: parseConfig({}), engine: createFakeEngine(), logger: pino({ level: 'silent' }), input, output });
  input.end(lines);
  await done;
  return text;
}

describe('local chat', () => {
  it('runs the same bot in the terminal: plain text out, buttons by number, /quit ends', async () => {
    const out = await chat('/help\nsigned partnership\n#1\n/quit\nmoscow\n');
    expect(out).toContain('3 articles loaded');
    expect(out).toContain('verbatim quote');
    expect(out).toContain('│ [1] They signed a <partnership> treaty & more.');
    expect(out).toContain('#1 Context [1]');
    expect(out).toContain('Context [1] — Leaders <b>meet</b> & talk');
    // The fake headline itself contains "<b>"; apart from it no markup may reach the terminal.
    expect(out.replaceAll('Leaders <b>meet</b> & talk', '')).not.toMatch(/<\/?(b|i|code|blockquote)>/);
    expect(out).not.toContain('&amp;');
    // Nothing after /quit is handled.
    expect(out).not.toContain('The presidents met');
  });

  it('ends at end of input', async () => {
    const out = await chat('moscow');
    expect(out).toContain('The presidents met in Moscow on Friday.');
  });
});
