/**
 * Answer → message text. Pure functions: Telegram HTML (every piece of source and user text escaped,
 * never over 4,096 characters) and a plain-text variant for terminals.
 */
import type { Answer, Citation, UiLang } from './types.js';
import { escapeHtml, t, tHtml } from '../bot/i18n.js';

/** Telegram's limit for one message's text. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;
/** How many snippets one answer message shows at most. */
export const SNIPPETS_PER_MESSAGE = 3;

/** Caps that keep one snippet readable and bound the worst case before the length search runs. */
const MAX_QUOTE_CHARS = 1200;
const MAX_TITLE_CHARS = 200;
const MAX_GLOSSES = 6;
const MAX_ALSO_REPORTED = 5;
const ELLIPSIS = '…';

export interface RenderOptions {
  /** Index (0-based) of the first citation to show; the "More" button passes the previous nextOffset. */
  offset?: number;
  /** Snippets per message (default 3). */
  perMessage?: number;
  /** Length limit of the returned text (default 4,096). */
  maxLength?: number;
  /** Optional human label for an article id (e.g. its outlet), used in "also reported by". */
  sourceLabel?: (articleId: string) => string | undefined;
}

export interface RenderedAnswer {
  /** Telegram HTML, at most `maxLength` characters. */
  text: string;
  /** 0-based indices of the citations shown in `text` (empty for a no-answer message). */
  shown: number[];
  /** Index of the first citation not shown yet, when more remain. */
  nextOffset?: number;
}

/** Renders one page of an answer (or the kind no-answer message) as Telegram HTML. */
export function renderAnswerHtml(answer: Answer, options: RenderOptions = {}): RenderedAnswer {
  const max = options.maxLength ?? TELEGRAM_MESSAGE_LIMIT;
  if (!answer.answered || answer.citations.length === 0) {
    return { text: truncateHtml(renderNoAnswerHtml(answer.uiLang), max), shown: [] };
  }
  const offset = Math.max(0, Math.min(options.offset ?? 0, answer.citations.length - 1));
  const perMessage = Math.max(1, options.perMessage ?? SNIPPETS_PER_MESSAGE);
  const available = Math.min(perMessage, answer.citations.length - offset);

  // Fewer snippets first (never fewer than one), then a shorter quote, then a tag-safe cut.
  for (let count = available; count >= 1; count--) {
    const text = renderPage(answer, offset, count, MAX_QUOTE_CHARS, options);
    if (text.length <= max) return page(answer, offset, count, text);
  }
  let low = 0;
  let high = MAX_QUOTE_CHARS;
  let best = renderPage(answer, offset, 1, 0, options);
  while (low <= high) {
    const mid = (low + high) >> 1;
    const text = renderPage(answer, offset, 1, mid, options);
    if (text.length <= max) {
      best = text;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return page(answer, offset, 1, truncateHtml(best, max));
}

function page(answer: Answer, offset: number, count: number, text: string): RenderedAnswer {
  const shown = Array.from({ length: count }, (_, i) => offset + i);
  const next = offset + count;
  return next < answer.citations.length ? { text, shown, nextOffset: next } : { text, shown };
}

function renderPage(answer: Answer, offset: number, count: number, quoteChars: number, options: RenderOptions): string {
  const lang = answer.uiLang;
  const showGloss = answer.uiLang === 'en';
  const blocks: string[] = [tHtml(lang, offset === 0 ? 'answer.header' : 'answer.header_more')];
  // One line per article, in the order its first quote comes: five quotes from one report cite it once ([1–5]).
  const sources = new Map<string, { citation: Citation; numbers: number[] }>();
  for (let i = offset; i < offset + count; i++) {
    const citation = answer.citations[i]!;
    blocks.push(renderSnippet(citation, i + 1, lang, quoteChars, showGloss, options.sourceLabel));
    const article = sources.get(citation.source) ?? { citation, numbers: [] };
    article.numbers.push(i + 1);
    sources.set(citation.source, article);
  }
  const lines = [...sources.values()].map(({ citation, numbers }) => renderCitationLine(citation, numbers));
  blocks.push(`${tHtml(lang, 'answer.sources')}\n${lines.join('\n')}`);
  return blocks.join('\n\n');
}

/** Quote numbers as a reader scans them: 1 → "1", 1 2 → "1, 2", 1 2 3 5 → "1–3, 5". */
export function numberList(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

function renderSnippet(
  citation: Citation,
  number: number,
  lang: UiLang,
  quoteChars: number,
  showGloss: boolean,
  sourceLabel: RenderOptions['sourceLabel'],
): string {
  const cut = cutQuote(citation.text, quoteChars);
  const quote = highlightHtml(cut.text, citation.highlights) + (cut.trimmed ? ELLIPSIS : '');
  const lines = [`<blockquote><b>[${number}]</b> ${quote}</blockquote>`];
  if (showGloss && citation.gloss?.length) {
    const glosses = citation.gloss
      .slice(0, MAX_GLOSSES)
      .map((g) => `${clip(g.bn, 60)} — ${clip(g.en, 60)}`)
      .join('; ');
    lines.push(`<i>${tHtml(lang, 'answer.gloss', { glosses })}</i>`);
  }
  if (citation.alsoReportedBy?.length) {
    const others = citation.alsoReportedBy.slice(0, MAX_ALSO_REPORTED).map((id) => {
      const label = sourceLabel?.(id);
      return label ? `${clip(label, 60)} (${clip(id, 60)})` : clip(id, 60);
    });
    lines.push(`<i>${tHtml(lang, 'answer.also_reported', { sources: others.join(', ') })}</i>`);
  }
  return lines.join('\n');
}

/**
 * `[1, 3] headline · outlet · date · article id` for the quotes of one article, leaving out the parts the article does
 * not state.
 */
export function renderCitationLine(citation: Citation, numbers: readonly number[]): string {
  const parts = [citation.title, citation.outlet, citation.date]
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => escapeHtml(clip(p.trim(), MAX_TITLE_CHARS)));
  parts.push(`<code>${escapeHtml(clip(citation.source, 100))}</code>`);
  return `[${numberList(numbers)}] ${parts.join(' · ')}`;
}

/** One snippet with its citation, as sent from inline mode; it stands alone, so it is numbered [1]. */
export function renderSingleCitationHtml(answer: Answer, index: number, maxLength = TELEGRAM_MESSAGE_LIMIT): string {
  const citation = answer.citations[index];
  if (!citation) throw new RangeError(`no citation ${index}`);
  return renderAnswerHtml({ ...answer, citations: [citation] }, { maxLength }).text;
}

/** The kind "not covered" message with two example questions. */
export function renderNoAnswerHtml(lang: UiLang): string {
  return tHtml(lang, 'noanswer.text', {
    example1: t(lang, 'noanswer.example1'),
    example2: t(lang, 'noanswer.example2'),
  });
}

/** The whole answer as plain text for a terminal (no markup, entities decoded). */
export function renderAnswerPlain(answer: Answer): string {
  return htmlToPlain(
    renderAnswerHtml(answer, { perMessage: Math.max(1, answer.citations.length), maxLength: Number.MAX_SAFE_INTEGER }).text,
  );
}

/** Escapes `text` and wraps the highlighted ranges in <b>; ranges are clamped, sorted and merged first. */
export function highlightHtml(text: string, highlights: ReadonlyArray<readonly [number, number]>): string {
  const ranges = mergeRanges(highlights, text.length);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += flowing(text.slice(at, start)) + '<b>' + flowing(text.slice(start, end)) + '</b>';
    at = end;
  }
  return out + flowing(text.slice(at));
}

/**
 * A piece of a quote as HTML, its line breaks read as spaces: a sentence of a hard-wrapped source runs over lines (see
 * corpus/lines.ts, unwrap), which a chat would show as broken lines. The words are the source's own either way.
 */
function flowing(piece: string): string {
  return escapeHtml(piece.replace(/[ \t]*\r?\n[ \t]*/gu, ' '));
}

function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  const clean = ranges
    .map(([s, e]): [number, number] => [Math.max(0, Math.floor(s)), Math.min(length, Math.floor(e))])
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && s < e)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Shortens a quote to at most `max` characters at a word boundary, never splitting a surrogate pair. */
function cutQuote(text: string, max: number): { text: string; trimmed: boolean } {
  if (text.length <= max) return { text, trimmed: false };
  let end = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max * 0.6) end = space;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return { text: text.slice(0, end).trimEnd(), trimmed: true };
}

/** `text` cut to at most `max` characters with an ellipsis, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Cuts Telegram HTML to at most `max` characters without breaking a tag or an entity: open tags are
 * closed, and an ellipsis marks the cut. Text already within the limit is returned unchanged.
 */
export function truncateHtml(html: string, max: number, ellipsis = ELLIPSIS): string {
  if (html.length <= max) return html;
  const tokens = html.match(/<[^>]*>|&[#\w]+;|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) ?? [];
  const open: string[] = [];
  let out = '';
  let closersLength = 0;
  for (const token of tokens) {
    if (token.startsWith('<') && token.endsWith('>') && token.length > 1) {
      const name = /^<\/?\s*([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
      if (!name) break;
      if (token.startsWith('</')) {
        // Its closer was reserved when the tag opened, so a closing tag always fits.
        out += token;
        if (open[open.length - 1] === name) {
          open.pop();
          closersLength -= name.length + 3;
        }
        continue;
      }
      const closer = name.length + 3;
      if (out.length + token.length + closer + closersLength + ellipsis.length > max) break;
      out += token;
      open.push(name);
      closersLength += closer;
      continue;
    }
    if (out.length + token.length + closersLength + ellipsis.length > max) break;
    out += token;
  }
  return out + ellipsis + open.reverse().map((name) => `</${name}>`).join('');
}

/** Telegram HTML → plain text: block quotes marked with "│ ", tags dropped, entities decoded. */
export function htmlToPlain(html: string): string {
  const quoted = html.replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi, (_, inner: string) =>
    inner
      .split('\n')
      .map((line) => `│ ${line}`)
      .join('\n'),
  );
  return decodeEntities(quoted.replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos' || lower === '#39') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
