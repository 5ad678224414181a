import { describe, expect, it } from 'vitest';
import { PROMPTS, placeholdersOf, t, tHtml } from './i18n.js';

describe('prompts', () => {
  const en = PROMPTS.en;
  const bn = PROMPTS.bn;

  it('have the same keys in Bengali and English', () => {
    expect(Object.keys(bn).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(placeholdersOf(bn[key] ?? ''), key).toEqual(placeholdersOf(en[key]!));
    }
  });

  it('are non-empty, and Bengali texts are really in Bengali script', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('');
      // Example questions may be in either language on purpose; the rest of bn must contain Bengali.
      if (!/example/.test(key) && !/^sources\.(item|unknown)$|^article\.(header|continued)$/.test(key)) {
        expect(bn[key], key).toMatch(/[\u0980-\u09FF]/);
      }
    }
  });

  it('contain only Telegram HTML tags and no bare ampersands', () => {
    for (const table of [en, bn]) {
      for (const [key, text] of Object.entries(table)) {
        for (const tag of text.match(/<[^>]*>/g) ?? []) expect(tag, key).toMatch(/^<\/?(b|i|code)>$/);
        expect(text, key).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
      }
    }
  });
});

describe('t / tHtml', () => {
  it('fills placeholders; tHtml escapes the values, not the template', () => {
    expect(t('en', 'input.too_long', { length: 5000, max: 1000 })).toContain('(5000 characters)');
    expect(tHtml('en', 'sources.header', { count: '<3>' })).toBe('<b>Articles I know (&lt;3&gt;)</b>');
    expect(t('en', 'sources.header', { count: '<3>' })).toBe('<b>Articles I know (<3>)</b>');
  });
});
