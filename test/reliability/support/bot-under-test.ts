/**
 * The real bot (createBot) over the real engine, with every outgoing call recorded by the offline API
 * transformer and every log line captured — for feeding malformed or unexpected updates in-process.
 */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { UserFromGetMe } from 'grammy/types';
import { parseConfig } from '../../../src/config.js';
import type { AnswerEngine } from '../../../src/answer/types.js';
import { createBot } from '../../../src/bot/index.js';
import { createOfflineApi, type OfflineApi, type RecordedCall } from '../../../src/bot/offline-api.js';
import { offlineBotInfo } from '../../../src/bot/bot-info.js';

export const RELIABILITY_BOT: UserFromGetMe = offlineBotInfo('SutraReliabilityBot', 777000111);

/** Methods that put something in front of the user: a message, a toast, inline results, an edit. */
export const REPLY_METHODS: ReadonlySet<string> = new Set([
  'sendMessage',
  'answerCallbackQuery',
  'answerInlineQuery',
  'editMessageText',
  'sendPhoto',
  'sendDocument',
]);

/** Captures pino's JSON lines in memory. */
export function captureLogger(level: pino.LevelWithSilent = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

export interface BotUnderTest {
  bot: ReturnType<typeof createBot>;
  api: OfflineApi;
  lines: string[];
  /** Calls made since `from` (an index into api.calls). */
  since(from: number): RecordedCall[];
}

/** A bot over `engine` with offline API and captured logs; `env` overrides config variables. */
export function createBotUnderTest(engine: AnswerEngine, env: Record<string, string> = {}): BotUnderTest {
  const config = parseConfig({ RATE_LIMIT_MAX: '1000', ...env });
  const { logger, lines } = captureLogger('info');
  const bot = createBot({ config, engine, logger, botInfo: RELIABILITY_BOT });
  const api = createOfflineApi(RELIABILITY_BOT);
  bot.api.config.use(api.transformer);
  return { bot, api, lines, since: (from) => api.calls.slice(from) };
}
