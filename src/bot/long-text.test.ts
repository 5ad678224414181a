import { describe, expect, it } from 'vitest';
import { splitIntoMessages, splitRaw } from './long-text.js';

const marker = (part: number, parts: number) => `<i>(${part}/${parts})</i>`;

describe('splitIntoMessages', () => {
  it('keeps a short article in one message without a part marker', () => {
    expect(splitIntoMessages('<b>H</b>', ['a & b', 'c'], marker)).toEqual(['<b>H</b>\n\na &amp; b\n\nc']);
  });

  it('splits at paragraph boundaries into messages of at most 4,096 characters, losing nothing', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `P${i} ` + 'শব্দ & '.repeat(60));
    const messages = splitIntoMessages('<b>H</b>', paragraphs, marker);
    expect(messages.length).toBeGreaterThan(1);
    messages.forEach((m, i) => {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(m.startsWith(`<i>(${i + 1}/${messages.length})</i>\n`)).toBe(true);
    });
    const joined = messages.join('\n');
    for (let i = 0; i < 40; i++) expect(joined).toContain(`P${i} শব্দ &amp;`);
  });

  it('splits one giant paragraph at sentences, then words, then characters', () => {
    const sentence = 'এটি একটি বাক্য। ';
    const giant = sentence.repeat(600) + 'x'.repeat(9000) + '&'.repeat(3000);
    const pieces = splitRaw(giant, 4000);
    expect(pieces.join('').replace(/\s/g, '')).toBe(giant.replace(/\s/g, ''));
    const messages = splitIntoMessages('', [giant], marker);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(m).not.toMatch(/&(?!amp;)/);
    }
  });
});
