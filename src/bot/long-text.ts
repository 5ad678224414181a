/**
 * Splitting long verbatim text (a whole article, a long paragraph) into HTML messages of at most
 * 4,096 characters, breaking at paragraph boundaries first, then sentences, then spaces.
 */
import { escapeHtml } from './i18n.js';
import { TELEGRAM_MESSAGE_LIMIT } from '../answer/render.js';

/** Room kept in every message for the "(2/5)" part marker. */
const PART_MARKER_ROOM = 40;

/**
 * Packs `paragraphs` (raw text, escaped here) after an HTML `headerHtml` into as few messages as
 * possible, each at most `max` characters, never splitting inside an escaped entity.
 * `partMarker(part, parts)` (HTML) is prepended to every message when there is more than one.
 */
export function splitIntoMessages(
  headerHtml: string,
  paragraphs: string[],
  partMarker: (part: number, parts: number) => string,
  max = TELEGRAM_MESSAGE_LIMIT,
): string[] {
  const budget = max - PART_MARKER_ROOM;
  const pieces = paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p) => splitRaw(p, budget).map(escapeHtml));
  const messages: string[] = [];
  let current = headerHtml.length <= budget ? headerHtml : '';
  for (const piece of pieces) {
    const joined = current === '' ? piece : `${current}\n\n${piece}`;
    if (joined.length <= budget) {
      current = joined;
    } else {
      if (current !== '') messages.push(current);
      current = piece;
    }
  }
  if (current !== '') messages.push(current);
  if (messages.length <= 1) return messages;
  return messages.map((m, i) => `${partMarker(i + 1, messages.length)}\n${m}`);
}

/** Splits raw text so that each piece, once escaped, fits in `budget` characters. */
export function splitRaw(text: string, budget: number): string[] {
  if (escapeHtml(text).length <= budget) return [text];
  // Sentence ends: Bengali daari, Latin stops; keep the delimiter with its sentence.
  const sentences = text.match(/[^।.!?]+[।.!?]*\s*/g) ?? [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') pieces.push(current.trim());
    current = '';
  };
  for (const sentence of sentences) {
    const units = escapeHtml(sentence).length <= budget ? [sentence] : splitWords(sentence, budget);
    for (const unit of units) {
      if (escapeHtml(current + unit).length <= budget) current += unit;
      else {
        flush();
        current = unit;
      }
    }
  }
  flush();
  return pieces;
}

/** Last resort for a "sentence" longer than a message: spaces, then hard cuts (not inside a surrogate pair). */
function splitWords(text: string, budget: number): string[] {
  const units: string[] = [];
  for (const word of text.match(/\S+\s*|\s+/g) ?? []) {
    let rest = word;
    while (escapeHtml(rest).length > budget) {
      // Escaping at most sextuples a character ("&quot;"), so budget / 6 characters always fit.
      let cut = Math.max(1, Math.floor(budget / 6));
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      units.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    units.push(rest);
  }
  return units;
}
