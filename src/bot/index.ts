/**
 * The Telegram bot, built like the grammY bot template: a custom context, middleware (error boundary,
 * logging, per-chat sequencing, addressing, flood control) and small feature Composers.
 *
 * Nothing here reads the environment; entry points pass a Config in.
 */
import { Bot, type BotError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../answer/types.js';
import { BotContext, contextConstructorFor, type StoredResult } from './context.js';
import { ResultStore } from './result-store.js';
import { errorBoundary } from './middleware/error-boundary.js';
import { logUpdates } from './middleware/logging.js';
import { addressingGate } from './middleware/addressing-gate.js';
import { limitCallbacks, limitMessages } from './middleware/rate-limit.js';
import { startFeature } from './features/start.js';
import { sourcesFeature } from './features/sources.js';
import { askFeature } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { callbacksFeature } from './features/callbacks.js';
import { inlineFeature } from './features/inline.js';

/** Token used when no BOT_TOKEN is configured (local chat, tests): calls must be intercepted by a transformer. */
export const OFFLINE_TOKEN = '0:offline-no-telegram';

/** Everything createBot needs. */
export interface BotDeps {
  /** Typed configuration; BOT_TOKEN may be absent when `botInfo` is given and API calls are intercepted. */
  config: Config;
  /** The answer engine (the real one, or a fake in tests). */
  engine: AnswerEngine;
  logger: Logger;
  /** The bot's own user; when given, no getMe call is needed before handling updates (tests, local chat). */
  botInfo?: UserFromGetMe;
}

/** How long auto-retry honours a 429 retry_after, and how often it retries, before giving up. */
const AUTO_RETRY = { maxDelaySeconds: 30, maxRetryAttempts: 3 } as const;

/**
 * Builds the bot (not started). Feed it updates with `bot.handleUpdate(update)` (tests, webhook,
 * local chat) or run it with `@grammyjs/runner`. Outgoing calls go through `bot.api`, so installing
 * an API transformer (`bot.api.config.use(...)`) after createBot intercepts every one of them.
 *
 * @example
 *   const bot = createBot({ config, engine, logger, botInfo });
 *   bot.api.config.use(async (_prev, method, payload) => ({ ok: true, result: fake(method, payload) }));
 *   await bot.handleUpdate(update);
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const { config, engine, logger } = deps;
  const results = new ResultStore<StoredResult>({ maxSize: config.RESULT_STORE_SIZE, ttlMs: config.RESULT_TTL_MS });
  const bot = new Bot<BotContext>(config.BOT_TOKEN ?? OFFLINE_TOKEN, {
    botInfo: deps.botInfo,
    client: { apiRoot: config.TELEGRAM_API_ROOT },
    ContextConstructor: contextConstructorFor({ config, engine, logger, results }),
  });

  bot.api.config.use(autoRetry(AUTO_RETRY));

  bot.use(errorBoundary());
  bot.use(logUpdates());
  // One update at a time per chat (answers stay in order under the concurrent runner); inline queries per user.
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  bot.use(addressingGate());
  bot.on(['message', 'channel_post'], limitMessages(config));
  bot.on('callback_query', limitCallbacks(config));

  bot.use(startFeature, sourcesFeature, askFeature, fallbackFeature, callbacksFeature, inlineFeature);

  // Last resort: errors that escape the boundary (e.g. while apologising) are logged, never rethrown.
  bot.catch((error: BotError<BotContext>) => {
    logger.error({ err: error.error, update_id: error.ctx.update.update_id }, 'unhandled bot error');
  });
  return bot;
}
