/**
 * `npm start`: config → logger → engine → bot, in one of three modes:
 *   - BOT_TOKEN, no WEBHOOK_URL → long polling (@grammyjs/runner);
 *   - WEBHOOK_URL (+ WEBHOOK_SECRET, PORT) → node:http webhook server;
 *   - no BOT_TOKEN → a local terminal chat with the very same bot.
 * A bad configuration prints one line on stderr and exits 2. SIGINT/SIGTERM stop fetching, let
 * in-flight updates finish and exit 0 within a few seconds.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { createEngine } from './answer/engine.js';
import { createBot } from './bot/index.js';
import { createLogger, scrubSecrets } from './bot/logger.js';
import { langFromCode } from './bot/language.js';
import { registerCommands } from './bot/commands.js';
import { runLocalChat } from './bot/local-chat.js';
import { startPolling, startWebhook, type Running } from './bot/run-modes.js';

/** Longest wait for in-flight updates on shutdown before exiting anyway. */
const SHUTDOWN_GRACE_MS = 5_000;
/** Longest wait for Telegram's first answer (getMe) at start-up. */
const INIT_DEADLINE_MS = 30_000;

function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function readConfig(): Promise<Config> {
  try {
    return await loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = await readConfig();
  const local = !config.BOT_TOKEN;
  const logger = createLogger({
    // In the terminal chat, logs go to stderr and default to warnings only, so the conversation stays readable.
    level: local && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL,
    destination: local ? process.stderr : process.stdout,
    secrets: [config.BOT_TOKEN, config.WEBHOOK_SECRET],
  });
  const engine = await createEngine({ corpusDir: config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR, logger });

  if (local) {
    process.once('SIGINT', () => process.exit(0));
    await runLocalChat({
      config,
      engine,
      logger,
      input: process.stdin,
      output: process.stdout,
      languageCode: langFromCode(process.env.LANG),
      prompt: process.stdin.isTTY ? '> ' : undefined,
    });
    process.exit(0);
  }

  const bot = createBot({ config, engine, logger });
  // auto-retry retries network errors without end: an unreachable Bot API must not hang start-up silently.
  await withDeadline(bot.init(), INIT_DEADLINE_MS, `the Bot API did not answer getMe within ${INIT_DEADLINE_MS / 1000} s (check TELEGRAM_API_ROOT and the network)`);
  await registerCommands(bot.api, logger);
  const running: Running = config.WEBHOOK_URL ? await startWebhook(bot, config, logger) : await startPolling(bot, logger);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight updates');
    setTimeout(() => {
      logger.warn('in-flight updates did not finish in time; exiting');
      process.exit(0);
    }, SHUTDOWN_GRACE_MS).unref();
    running
      .stop()
      .catch((err: unknown) => logger.error({ err }, 'error while stopping'))
      .finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // A logger may not exist yet; print the message only (never the config), without any token.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sutra: ${scrubSecrets(message)}\n`);
  process.exit(1);
});
