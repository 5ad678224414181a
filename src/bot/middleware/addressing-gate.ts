/**
 * For message and channel_post updates: finds out whether the bot is addressed (see addressing.ts)
 * and stops the update silently when it is not — group chatter never reaches a feature.
 */
import type { MiddlewareFn } from 'grammy';
import { addressedTo } from '../addressing.js';
import type { BotContext } from '../context.js';

export function addressingGate(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const message = ctx.update.message ?? ctx.update.channel_post;
    if (!message) {
      // Edited messages and edited channel posts are not asked again; everything else passes.
      if (ctx.update.edited_message || ctx.update.edited_channel_post) return;
      await next();
      return;
    }
    const addressed = addressedTo(message, ctx.me);
    if (!addressed) return;
    ctx.addressed = addressed;
    await next();
  };
}
