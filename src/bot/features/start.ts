/** /start and /help: what the bot knows (article count, verbatim quotes) and how to ask, with examples. */
import { Composer } from 'grammy';
import type { UiLang } from '../../answer/types.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { replyHtml, uiLangOf } from '../reply.js';
import { isCommand } from './predicates.js';

/** The /start and /help text in `lang` for a corpus of `count` articles. */
export function helpText(lang: UiLang, count: number): string {
  return tHtml(lang, 'start.text', {
    count,
    example1: t(lang, 'start.example1'),
    example2: t(lang, 'start.example2'),
    example3: t(lang, 'start.example3'),
    example4: t(lang, 'start.example4'),
    example5: t(lang, 'start.example5'),
    example6: t(lang, 'start.example6'),
  });
}

export const startFeature = new Composer<BotContext>();

startFeature.filter(isCommand('start', 'help'), async (ctx) => {
  const count = ctx.services.engine.articles().length;
  await replyHtml(ctx, helpText(uiLangOf(ctx), count));
});
