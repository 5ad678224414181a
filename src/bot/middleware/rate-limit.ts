/**
 * Per-user flood control with @grammyjs/ratelimiter. Messages: on the first excess message in a window
 * the user gets ONE polite notice, further excess messages are dropped silently. Buttons: every excess
 * press still gets a callback answer (a toast), because a callback query must always be answered.
 */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { Config } from '../../config.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { langForText, langFromCode } from '../language.js';
import { replyHtml } from '../reply.js';

/** Who is limited: the user, or for channel posts (no `from`) the channel. */
function limitKey(ctx: BotContext): string | undefined {
  if (ctx.from) return `user:${ctx.from.id}`;
  if (ctx.chat) return `chat:${ctx.chat.id}`;
  return undefined;
}

/** Limits addressed messages; place it after the addressing gate so group chatter never counts. */
export function limitMessages(config: Config): MiddlewareFn<BotContext> {
  return limit<BotContext, never>({
    timeFrame: config.RATE_LIMIT_WINDOW_MS,
    limit: config.RATE_LIMIT_MAX,
    keyGenerator: limitKey,
    keyPrefix: 'messages:',
    // Returned (not fire-and-forget) so the update counts as handled only once the notice is out.
    onLimitExceeded: async (ctx) => {
      const lang = langForText(ctx.msg?.text ?? '', ctx.from?.language_code);
      ctx.services.logger.info({ update_id: ctx.update.update_id }, 'rate limit: notice sent');
      await replyHtml(ctx, tHtml(lang, 'ratelimit.notice')).catch((err: unknown) =>
        ctx.services.logger.warn({ err }, 'could not send the rate-limit notice'),
      );
    },
  }) as MiddlewareFn<BotContext>;
}

/** Limits button presses; each excess press is answered with a toast. */
export function limitCallbacks(config: Config): MiddlewareFn<BotContext> {
  return limit<BotContext, never>({
    timeFrame: config.RATE_LIMIT_WINDOW_MS,
    // Buttons are cheap to press in a row (More, More…): allow twice the question budget.
    limit: config.RATE_LIMIT_MAX * 2,
    keyGenerator: limitKey,
    keyPrefix: 'callbacks:',
    alwaysReply: true,
    onLimitExceeded: async (ctx) => {
      const lang = langFromCode(ctx.from?.language_code);
      await ctx.answerCallbackQuery({ text: t(lang, 'ratelimit.notice') }).catch((err: unknown) =>
        ctx.services.logger.warn({ err }, 'could not answer a rate-limited callback'),
      );
    },
  }) as MiddlewareFn<BotContext>;
}
