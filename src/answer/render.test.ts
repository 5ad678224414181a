import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer, Citation } from './types.js';
import { highlightHtml, htmlToPlain, numberList, renderAnswerHtml, renderAnswerPlain, truncateHtml } from './render.js';
import { hugeAnswer } from '../bot/testing/fake-engine.js';

function citation(overrides: Partial<Citation> = {}): Citation {
  const text = overrides.text ?? 'Putin & Pezeshkian met <in> Moscow.';
  return {
    source: 'art_1',
    title: 'Talks <today>',
    outlet: 'Outlet & Co',
    date: '17 Jan 2025',
    passage: 'art_1#0',
    text,
    score: 1,
    start: 0,
    end: text.length,
    highlights: [],
    ...overrides,
  };
}

function answer(citations: Citation[], uiLang: 'bn' | 'en' = 'en'): Answer {
  return { question: 'q', lang: uiLang, uiLang, answered: citations.length > 0, citations };
}

/** Tags are only Telegram's, balanced; every & starts an entity. */
function expectValidHtml(html: string) {
  const stack: string[] = [];
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    const m = /^<(\/?)(b|i|code|blockquote)>$/.exec(tag);
    expect(m, `unexpected tag ${tag}`).not.toBeNull();
    if (m![1]) expect(stack.pop()).toBe(m![2]);
    else stack.push(m![2]!);
  }
  expect(stack).toEqual([]);
  expect(html).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
}

describe('renderAnswerHtml', () => {
  it('escapes quote, headline and outlet and bolds the highlighted words', () => {
    const text = 'Putin & Pezeshkian met <in> Moscow.';
    const { text: html } = renderAnswerHtml(answer([citation({ highlights: [[0, 5], [28, 34]] })]));
    expect(html).toContain('<b>Putin</b> &amp; Pezeshkian met &lt;in&gt; <b>Moscow</b>.');
    expect(html).toContain('[1] Talks &lt;today&gt; · Outlet &amp; Co · 17 Jan 2025 · <code>art_1</code>');
    expect(text.slice(28, 34)).toBe('Moscow');
    expectValidHtml(html);
  });

  it("shows a quote that runs over a wrapped source's line breaks as one line, highlights in place", () => {
    const text = 'Putin & Pezeshkian met\nin Moscow on\r\n  Friday.';
    const { text: html } = renderAnswerHtml(answer([citation({ text, highlights: [[26, 32]] })]));
    expect(text.slice(26, 32)).toBe('Moscow');
    expect(html).toContain('Putin &amp; Pezeshkian met in <b>Moscow</b> on Friday.');
  });

  it('clamps, sorts and merges bad highlight ranges', () => {
    expect(highlightHtml('abcdef', [[4, 99], [-3, 2], [1, 3], [5, 5]])).toBe('<b>abc</b>d<b>ef</b>');
  });

  it('shows at most three snippets and reports where the next page starts', () => {
    const cites = Array.from({ length: 7 }, (_, i) => citation({ passage: `art_1#${i}` }));
    const first = renderAnswerHtml(answer(cites));
    expect(first.shown).toEqual([0, 1, 2]);
    expect(first.nextOffset).toBe(3);
    const last = renderAnswerHtml(answer(cites), { offset: 6 });
    expect(last.shown).toEqual([6]);
    expect(last.nextOffset).toBeUndefined();
    expect(last.text).toContain('[7]');
  });

  it('shows glosses for English UI only, and "also reported by" with labels', () => {
    const c = citation({ gloss: [{ bn: 'পুতিন', en: 'Putin' }], alsoReportedBy: ['art_2'] });
    const en = renderAnswerHtml(answer([c]), { sourceLabel: (id) => (id === 'art_2' ? 'Kaler <Kantho>' : undefined) }).text;
    expect(en).toContain('<i>Glossary: পুতিন — Putin</i>');
    expect(en).toContain('<i>Also reported by: Kaler &lt;Kantho&gt; (art_2)</i>');
    const bn = renderAnswerHtml(answer([c], 'bn')).text;
    expect(bn).not.toContain('পুতিন — Putin');
    expect(bn).toContain('একই খবর আরও দিয়েছে: art_2');
  });

  it('leaves out citation parts the article does not state', () => {
    const { text } = renderAnswerHtml(answer([citation({ title: undefined, outlet: undefined, date: ' ' })]));
    expect(text).toContain('[1] <code>art_1</code>');
  });

  it('renders the kind no-answer message with examples in the UI language', () => {
    expect(renderAnswerHtml(answer([], 'bn')).text).toContain('দুঃখিত');
    const en = renderAnswerHtml(answer([], 'en'));
    expect(en.text).toContain('do not cover');
    expect(en.shown).toEqual([]);
  });

  it('keeps a huge answer under 4,096 characters with fewer snippets, then a shortened quote', () => {
    const huge = hugeAnswer();
    const page = renderAnswerHtml(huge);
    expect(page.text.length).toBeLessThanOrEqual(4096);
    expect(page.shown).toEqual([0]);
    expect(page.nextOffset).toBe(1);
    expect(page.text).toContain('…');
    expectValidHtml(page.text);
  });

  it('never exceeds the limit or breaks HTML for arbitrary text and highlights', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000, unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', 'ক', '😀', '\n') }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 3005 }), fc.integer({ min: -5, max: 3005 })), { maxLength: 6 }),
        fc.integer({ min: 300, max: 4096 }),
        (text, highlights, max) => {
          const cites = [0, 1, 2].map((i) => citation({ text, highlights, passage: `x#${i}`, title: text.slice(0, 500) }));
          const html = renderAnswerHtml(answer(cites), { maxLength: max }).text;
          expect(html.length).toBeLessThanOrEqual(max);
          expectValidHtml(html);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('truncateHtml', () => {
  it('returns short text unchanged', () => {
    expect(truncateHtml('<b>a</b>', 100)).toBe('<b>a</b>');
  });

  it('closes open tags and never cuts inside a tag or an entity', () => {
    const html = '<blockquote><b>Tom &amp; Jerry</b> and &lt;more&gt; text</blockquote>';
    for (let max = 1; max < html.length; max++) {
      const cut = truncateHtml(html, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/&[a-z]*$|&[a-z]*…|<[^>]*$/);
      if (cut.includes('<blockquote>')) expect(cut.endsWith('</blockquote>')).toBe(true);
    }
  });
});

describe('plain text', () => {
  it('decodes entities and drops tags for the terminal', () => {
    expect(htmlToPlain('<b>a &amp; b</b> &lt;c&gt; &quot;d&quot; &#2453;')).toBe('a & b <c> "d" ক');
    const plain = renderAnswerPlain(answer([citation(), citation({ passage: 'art_1#1' })]));
    expect(plain).toContain('│ [1] Putin & Pezeshkian met <in> Moscow.');
    // both quotes are from one article: it is cited once
    expect(plain).toContain('[1, 2] Talks <today> · Outlet & Co · 17 Jan 2025 · art_1');
    expect(plain).not.toMatch(/<\/?b>|&amp;/);
  });
});

describe('sources', () => {
  it('cites each article once, with the numbers of its quotes, in the order its first quote comes', () => {
    const other = { source: 'art_2', title: 'Other report', outlet: undefined, date: undefined };
    const quotes = [citation(), citation({ ...other, passage: 'art_2#0' }), citation({ passage: 'art_1#1' }), citation({ passage: 'art_1#2' })];
    const plain = renderAnswerPlain(answer(quotes));
    const lines = plain.slice(plain.lastIndexOf('[1, 3, 4]')).split('\n');
    expect(lines[0]).toBe('[1, 3, 4] Talks <today> · Outlet & Co · 17 Jan 2025 · art_1');
    expect(lines[1]).toBe('[2] Other report · art_2');
    expect(plain.match(/· art_1/g)).toHaveLength(1);
  });

  it('writes runs of quote numbers as ranges', () => {
    expect(numberList([1])).toBe('1');
    expect(numberList([1, 2])).toBe('1, 2');
    expect(numberList([1, 2, 3, 5])).toBe('1–3, 5');
    expect(numberList([2, 4, 5, 6, 7])).toBe('2, 4–7');
  });
});
