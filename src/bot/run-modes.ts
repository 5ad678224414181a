/**
 * The two ways of receiving updates from Telegram — long polling (@grammyjs/runner) and webhook —
 * each returning a `stop()` that stops fetching and lets in-flight updates finish.
 */
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { BotContext } from './context.js';
import { createWebhookServer } from './webhook-server.js';

/** The update kinds the bot handles; others are not even delivered. */
export const ALLOWED_UPDATES = ['message', 'channel_post', 'inline_query', 'callback_query'] as const;

export interface Running {
  stop(): Promise<void>;
}

/** How often shutdown checks whether in-flight updates are done. */
const IN_FLIGHT_POLL_MS = 25;

/** Long polling: removes any webhook first (Telegram refuses getUpdates while one is set). */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<Running> {
  await bot.api.deleteWebhook();
  // The runner prints fetch errors with console.error, and grammY's error text carries the request URL — with the
  // token in it. So the runner stays silent and failed polls are logged here, through the redacting logger.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (method === 'getUpdates' && !response.ok) {
      logger.warn({ error_code: response.error_code, description: response.description }, 'fetching updates failed; retrying');
    }
    return response;
  });
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
  logger.info({ mode: 'polling', bot: bot.botInfo.username }, 'bot started');
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
      // stop() ends fetching only; updates already handed to the concurrent sink are still running: let them finish
      // (main.ts bounds the whole shutdown with a grace period).
      while (runner.size() > 0) await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
    },
  };
}

/** Webhook: serves HTTP on config.PORT, then registers WEBHOOK_URL with its secret. */
export async function startWebhook(bot: Bot<BotContext>, config: Config, logger: Logger): Promise<Running> {
  const url = new URL(config.WEBHOOK_URL!);
  const server = createWebhookServer({ bot, secretToken: config.WEBHOOK_SECRET!, path: url.pathname, logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, () => resolve());
  });
  await bot.api.setWebhook(url.href, { secret_token: config.WEBHOOK_SECRET!, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ mode: 'webhook', port: config.PORT, path: url.pathname, bot: bot.botInfo.username }, 'bot started');
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        // close() stops accepting connections and resolves once in-flight requests (and their updates) are done.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
