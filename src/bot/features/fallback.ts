/** Messages addressed to the bot that are not questions: non-text in private chats, unknown commands. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { tHtml } from '../i18n.js';
import { replyHtml, uiLangOf } from '../reply.js';

export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.filter(
  (ctx) => ctx.addressed?.kind === 'not-text',
  async (ctx) => {
    await replyHtml(ctx, tHtml(uiLangOf(ctx), 'input.not_text'));
  },
);

fallbackFeature.filter(
  (ctx) => ctx.addressed?.kind === 'unknown-command',
  async (ctx) => {
    await replyHtml(ctx, tHtml(uiLangOf(ctx), 'input.unknown_command'));
  },
);
