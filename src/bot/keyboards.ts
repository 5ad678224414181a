/** The inline keyboard under an answer: Context and Article per shown snippet, then More. */
import { InlineKeyboard } from 'grammy';
import type { Answer } from '../answer/types.js';
import type { RenderedAnswer } from '../answer/render.js';
import { encodeButton } from './callback-data.js';
import { t } from './i18n.js';

/** Buttons for one rendered page of `answer` stored under `resultId`; undefined when there is nothing to press. */
export function answerKeyboard(answer: Answer, page: RenderedAnswer, resultId: string): InlineKeyboard | undefined {
  if (!answer.answered || page.shown.length === 0) return undefined;
  const lang = answer.uiLang;
  const keyboard = new InlineKeyboard();
  for (const index of page.shown) {
    keyboard.text(t(lang, 'button.context', { n: index + 1 }), encodeButton({ action: 'context', lang, resultId, index }));
  }
  keyboard.row();
  const seenArticles = new Set<string>();
  for (const index of page.shown) {
    const source = answer.citations[index]!.source;
    if (seenArticles.has(source)) continue;
    seenArticles.add(source);
    keyboard.text(t(lang, 'button.article', { n: index + 1 }), encodeButton({ action: 'article', lang, resultId, index }));
  }
  if (page.nextOffset !== undefined) {
    keyboard.row().text(t(lang, 'button.more'), encodeButton({ action: 'more', lang, resultId, index: page.nextOffset }));
  }
  return keyboard;
}
