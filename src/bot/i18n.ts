/**
 * Every user-facing text lives in prompts/{bn,en}.json (flat keys, `{placeholder}` slots).
 * `t()` fills a template verbatim (for plain-text places: buttons, toasts, inline titles);
 * `tHtml()` HTML-escapes the values first (templates themselves are trusted HTML, values are not).
 */
import en from '../../prompts/en.json' with { type: 'json' };
import bn from '../../prompts/bn.json' with { type: 'json' };
import type { UiLang } from '../answer/types.js';

/** A key present in the English prompts (a test keeps bn and en in lock-step). */
export type PromptKey = keyof typeof en;

/** Values for `{placeholder}` slots. */
export type PromptVars = Record<string, string | number>;

/** The raw template tables, exported for the consistency test. */
export const PROMPTS: Readonly<Record<UiLang, Readonly<Record<string, string>>>> = { en, bn };

/** Escapes the three characters Telegram's HTML parse mode requires (and quotes, for attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function fill(template: string, vars: PromptVars | undefined, encode: (s: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars?.[name];
    return value === undefined ? whole : encode(String(value));
  });
}

function template(lang: UiLang, key: PromptKey): string {
  // Fall back to English so a missing translation degrades to readable text, never to a crash.
  return PROMPTS[lang][key] ?? PROMPTS.en[key] ?? key;
}

/** Fills a prompt template with plain values (no escaping): for buttons, toasts, inline titles, terminal. */
export function t(lang: UiLang, key: PromptKey, vars?: PromptVars): string {
  return fill(template(lang, key), vars, (s) => s);
}

/** Fills a prompt template for an HTML message: every value is escaped, the template is kept as is. */
export function tHtml(lang: UiLang, key: PromptKey, vars?: PromptVars): string {
  return fill(template(lang, key), vars, escapeHtml);
}

/** Placeholder names used by a template, sorted (for the bn/en consistency test). */
export function placeholdersOf(templateText: string): string[] {
  return [...new Set([...templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
