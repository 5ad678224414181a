/**
 * callback_data for answer buttons: `action:lang:resultId:index` (well under Telegram's 64 bytes).
 * The language rides along so an expired button can still say "please ask again" in the answer's language.
 */
import type { UiLang } from '../answer/types.js';

export type ButtonAction = 'more' | 'context' | 'article';

export interface ButtonData {
  action: ButtonAction;
  lang: UiLang;
  resultId: string;
  /** For "more": the first citation of the next page; otherwise the citation's index. */
  index: number;
}

const CODES: Record<ButtonAction, string> = { more: 'm', context: 'c', article: 'a' };
const ACTIONS: Record<string, ButtonAction> = { m: 'more', c: 'context', a: 'article' };

/** Encodes button data; the result is at most 64 bytes for ids from ResultStore. */
export function encodeButton(data: ButtonData): string {
  return `${CODES[data.action]}:${data.lang}:${data.resultId}:${data.index}`;
}

/** Decodes callback_data written by encodeButton, or undefined for anything else. */
export function decodeButton(raw: string | undefined): ButtonData | undefined {
  const match = /^([mca]):(bn|en):([\w-]{1,32}):(\d{1,4})$/.exec(raw ?? '');
  if (!match) return undefined;
  return { action: ACTIONS[match[1]!]!, lang: match[2] as UiLang, resultId: match[3]!, index: Number(match[4]) };
}
