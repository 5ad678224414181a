/**
 * Texts the bot shortens before sending (inline result titles and descriptions, /sources lines) must
 * stay well-formed UTF-16: a cut between the two halves of an emoji leaves a lone surrogate, which
 * Telegram cannot decode as UTF-8 and refuses — the whole inline answer or /sources message is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { snippetResults } from '../../src/bot/features/inline.js';
import { sourcesMessages } from '../../src/bot/features/sources.js';

/** Well-formed text rich in astral characters (emoji, flags, skin tones) next to Bengali and Latin. */
const astralText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom('😀', '👍🏽', '🇮🇷', '𝐀', 'ক', '্', 'a', ' ', '।'), minLength, maxLength });

/** True when `s` has no lone surrogate (String#isWellFormed is ES2024, beyond this project's lib). */
function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** Every string anywhere inside `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('shortened texts stay well-formed UTF-16', () => {
  it('inline results (title clipped at 100, description at 250)', () => {
    fc.assert(
      fc.property(astralText(80, 140), astralText(200, 320), (title, text) => {
        const answer: Answer = {
          question: 'q',
          lang: 'en',
          uiLang: 'en',
          answered: true,
          citations: [{ source: 'a1', title, passage: 'a1#0', text, score: 1, start: 0, end: text.length, highlights: [] }],
        };
        for (const s of strings(snippetResults(answer))) expect(wellFormed(s), JSON.stringify(s.slice(-3))).toBe(true);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('/sources lines (headline, outlet and date clipped at 300)', () => {
    fc.assert(
      fc.property(astralText(250, 400), astralText(250, 400), (title, outlet) => {
        for (const lang of ['en', 'bn'] as const) {
          for (const s of sourcesMessages(lang, [{ id: 'a1', title, outlet, date: '১৮ জানুয়ারি ২০২৫' }])) expect(wellFormed(s)).toBe(true);
        }
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
