/** Logs every update once it is handled: update id, kind, chat type and how long it took. */
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';

/** Logging middleware; user text is not logged (only at debug level, its length). */
export function logUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const kind = Object.keys(ctx.update).find((key) => key !== 'update_id');
      ctx.services.logger.info(
        {
          update_id: ctx.update.update_id,
          kind,
          chat_type: ctx.chat?.type,
          addressed: ctx.addressed?.kind,
          duration_ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'update handled',
      );
    }
  };
}
