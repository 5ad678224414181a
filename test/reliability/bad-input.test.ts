/**
 * Bad input, property-based: whatever string arrives as a question (control characters, lone
 * surrogates, bidi marks, 10,000 characters, punctuation only, mixed scripts, HTML-like text, Bengali
 * fragments glued to Latin), the engine never throws, its Answer is well-formed, every quote is a
 * verbatim slice of its source file, and every rendered page is valid Telegram HTML within 4,096 characters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type SearchEngine } from '../../src/answer/engine.js';
import { renderAnswerHtml, renderAnswerPlain, renderSingleCitationHtml, TELEGRAM_MESSAGE_LIMIT } from '../../src/answer/render.js';
import type { Answer } from '../../src/answer/types.js';
import { telegramHtmlProblems as htmlProblems } from '../support/telegram-html.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** The bot asks for nine citations (three pages of three); inline mode for ten. */
const LIMIT = 9;

/** Source files as the corpus reader decodes them (UTF-8, BOM dropped): the reference for "verbatim". */
const sources = new Map<string, string>();
let engine: SearchEngine;

beforeAll(async () => {
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    sources.set(name.slice(0, -4), readFileSync(join(SEEDS, name), 'utf8').replace(/^\uFEFF/, ''));
  }
  engine = await createEngine({ corpusDir: SEEDS });
});

/** Asserts everything the brief promises about one answer; returns it for further checks. */
function checkAnswer(question: string): Answer {
  const answer = engine.ask(question, { limit: LIMIT });
  expect(answer.question).toBe(question);
  expect(['bn', 'en', 'romanized', 'mixed']).toContain(answer.lang);
  expect(['bn', 'en']).toContain(answer.uiLang);
  expect(typeof answer.answered).toBe('boolean');
  if (!answer.answered) expect(answer.citations).toEqual([]);
  expect(answer.citations.length).toBeLessThanOrEqual(LIMIT);
  for (const c of answer.citations) {
    const source = sources.get(c.source);
    expect(source, `unknown source ${c.source}`).toBeDefined();
    expect(c.passage.startsWith(`${c.source}#`)).toBe(true);
    expect(Number.isInteger(c.start) && Number.isInteger(c.end) && 0 <= c.start && c.start < c.end).toBe(true);
    expect(c.end).toBeLessThanOrEqual(source!.length);
    expect(c.text).toBe(source!.slice(c.start, c.end));
    expect(Number.isFinite(c.score)).toBe(true);
    for (const [s, e] of c.highlights) expect(0 <= s && s < e && e <= c.text.length).toBe(true);
  }
  for (const offset of [0, 3, 6]) {
    const page = renderAnswerHtml(answer, { offset, sourceLabel: (id) => `<${id}> & co` });
    expect(page.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(htmlProblems(page.text)).toEqual([]);
  }
  answer.citations.forEach((_, i) => {
    const single = renderSingleCitationHtml(answer, i);
    expect(single.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(htmlProblems(single)).toEqual([]);
  });
  expect(typeof renderAnswerPlain(answer)).toBe('string');
  return answer;
}

/** Pieces that break naive text handling, plus real words so some questions do retrieve. */
const NASTY = [
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066',
  '\u2069', '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d', '\ude00', '😀', '👍🏽', '🇮🇷', '<', '>', '&', '&amp;', '&lt;b&gt;',
  '<b>', '</b>', '<i>', '<script>alert(1)</script>', '</blockquote>', '<a href="javascript:x">', '<tg-spoiler>', '"', "'",
  '`', '\\', '।', '॥', '?', '!', '…', '—', '\n', '\r\n', '\t', '  ', '/ask', '@SutraBot', '#', '%s', '${x}',
];
const BENGALI = ['রাশিয়া', 'ইরান', 'পুতিন', 'পেজেশকিয়ান', 'ড্রোন', 'চুক্তি', 'মস্কো', '্', 'ং', 'ঁ', '়', 'ক্ষ', 'কি', 'কবে', '২০২৫'];
const LATIN = ['russia', 'Iran', 'DRONE', 'pezeshkian', 'kobe', 'moscow', 'gesen', 'Putin', 'treaty', 'what', 'when', 'x'];

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.constantFrom(...BENGALI),
  fc.constantFrom(...LATIN),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const mixed = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' ', '\u200c', '-'))
  .map(([parts, sep]) => parts.join(sep));

describe('engine.ask on hostile questions', () => {
  it('any Unicode string (code points, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary-ascii', maxLength: 300 })), (q) => {
        checkAnswer(q);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('mixed scripts, control characters, bidi marks and HTML-like text', () => {
    let answered = 0;
    fc.assert(
      fc.property(mixed, (q) => {
        if (checkAnswer(q).answered) answered++;
      }),
      { seed: 424242, numRuns: 1000 },
    );
    // The generator mixes real topic words in, so the citation checks above were really exercised.
    expect(answered).toBeGreaterThan(50);
  });

  it('punctuation and symbols only', () => {
    const punctuation = fc.string({ unit: fc.constantFrom(...'!?.,;:-—()[]{}"\'।॥…/\\|@#$%^*~`<>&=+_ \n'.split('')), maxLength: 200 });
    fc.assert(
      fc.property(punctuation, (q) => {
        expect(checkAnswer(q).answered).toBe(false);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('10,000-character questions', () => {
    const long = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => {
      const unit = parts.join(' ') || 'x';
      return unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    });
    fc.assert(
      fc.property(long, (q) => {
        checkAnswer(q);
      }),
      { seed: 99, numRuns: 150 },
    );
  });
});
