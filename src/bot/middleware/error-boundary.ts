/**
 * Error boundary: whatever fails while handling an update, the user gets a polite "something went
 * wrong" (or a toast for a button) instead of silence, and the error is logged. `bot.catch` (see
 * index.ts) stays as the last resort for errors thrown outside this middleware.
 */
import { GrammyError, type MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { replyHtml, uiLangOf } from '../reply.js';

export function errorBoundary(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      ctx.services.logger.error({ err: error, update_id: ctx.update.update_id }, 'update failed');
      if (apologyCannotArrive(error)) return;
      try {
        await apologize(ctx);
      } catch (replyError) {
        ctx.services.logger.warn({ err: replyError, update_id: ctx.update.update_id }, 'could not send the apology');
      }
    }
  };
}

/**
 * Telegram failures after which an apology cannot reach anyone: the user blocked the bot or it was removed from the
 * chat (403), or the button press is too old to answer. Trying would only fail again and log twice.
 */
function apologyCannotArrive(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  return error.error_code === 403 || /query is too old|query id is invalid/i.test(error.description);
}

async function apologize(ctx: BotContext): Promise<void> {
  const lang = uiLangOf(ctx);
  if (ctx.callbackQuery) {
    // Already answered before the failure (Telegram refuses a second answer): say it in the chat instead.
    if (ctx.callbackAnswered && ctx.chat) await replyHtml(ctx, tHtml(lang, 'error.generic'));
    else await ctx.answerCallbackQuery({ text: t(lang, 'error.generic'), show_alert: true });
    return;
  }
  if (ctx.inlineQuery) {
    await ctx.answerInlineQuery([], { cache_time: 0, is_personal: false });
    return;
  }
  // Only where the user was talking to us: never break the silence in a group that did not address the bot.
  const talkingToUs = ctx.chat?.type === 'private' || ctx.addressed !== undefined;
  if (ctx.chat && talkingToUs) await replyHtml(ctx, tHtml(lang, 'error.generic'));
}
