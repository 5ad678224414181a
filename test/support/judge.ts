/**
 * Reading a bot message the way a person would: which language the bot itself speaks in it, which
 * citations it carries, which buttons it offers. Judged from what is shown, not from bot internals.
 */
import type { InlineKeyboardButton } from 'grammy/types';
import type { ButtonKind } from './conversation-schema.js';
import { htmlToText } from './telegram-html.js';
import { PROMPTS } from '../../src/bot/i18n.js';

const BENGALI_LETTER = /\p{Script=Bengali}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * The language of the bot's own words in an HTML message: quotes (blockquote), italics (glosses, "also
 * reported by") and reference lines ("[n] headline · outlet …", any line naming an article id in
 * <code>) are left out, since they are the articles' words; then whichever script has more letters
 * wins. Undefined when no letters remain.
 */
export function uiLanguage(html: string): 'bn' | 'en' | undefined {
  const own = html
    .replace(/<blockquote[^>]*>[\s\S]*?<\/blockquote>/g, ' ')
    .replace(/<i>[\s\S]*?<\/i>/g, ' ')
    .split('\n')
    // A reference line names an article (headline · outlet · date · <code>id</code>): the article's words.
    .filter((line) => !/^\s*\[\d+\]/.test(htmlToText(line)) && !/<code[^>]*>/.test(line))
    .join('\n');
  const text = htmlToText(own);
  const bengali = text.match(BENGALI_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (bengali === 0 && latin === 0) return undefined;
  return bengali > latin ? 'bn' : 'en';
}

/** Distinct citation numbers ("[1]", "[2]" …) in a shown text. */
export function citationNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** The bot's own prompt tables (prompts/en.json, prompts/bn.json), English first. */
const PROMPT_TABLES: ReadonlyArray<Readonly<Record<string, string>>> = [PROMPTS.en, PROMPTS.bn];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Patterns for a prompt template in every language: its fixed text verbatim, each `{placeholder}`
 * matching any text. Empty when no table has the key.
 */
export function promptPatterns(key: string): RegExp[] {
  return PROMPT_TABLES.map((table) => table[key])
    .filter((template): template is string => typeof template === 'string')
    .map((template) => new RegExp(escapeRegExp(template).replace(/\\\{\w+\\\}/g, '[\\s\\S]*?')));
}

/** Button labels in both UI languages, from the bot's own prompt files (so a relabelled button still matches). */
function labelPatterns(): Record<ButtonKind, RegExp[]> {
  const keys: Record<ButtonKind, string> = { More: 'button.more', Context: 'button.context', Article: 'button.article' };
  const patterns = {} as Record<ButtonKind, RegExp[]>;
  for (const [kind, key] of Object.entries(keys) as Array<[ButtonKind, string]>) {
    patterns[kind] = PROMPT_TABLES.map((table) => table[key])
      .filter((label): label is string => typeof label === 'string')
      .map((label) => new RegExp(`^${escapeRegExp(label).replace('\\{n\\}', '(\\d+)')}$`));
  }
  return patterns;
}

const PATTERNS = labelPatterns();

/** The kind of an answer button and its number ("Context [2]" → Context, 2), or undefined. */
export function buttonKind(label: string): { kind: ButtonKind; n?: number } | undefined {
  for (const [kind, patterns] of Object.entries(PATTERNS) as Array<[ButtonKind, RegExp[]]>) {
    for (const pattern of patterns) {
      const match = pattern.exec(label.trim());
      if (match) return match[1] === undefined ? { kind } : { kind, n: Number(match[1]) };
    }
  }
  return undefined;
}

/** All buttons of an inline keyboard, row by row. */
export function buttonsOf(keyboard: InlineKeyboardButton[][] | undefined): InlineKeyboardButton[] {
  return (keyboard ?? []).flat();
}
