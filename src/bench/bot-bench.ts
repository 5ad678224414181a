/**
 * Update throughput of the real bot: createBot (all middleware — error boundary, logging, per-chat sequentialize,
 * addressing gate, flood control, features) with an API transformer that answers every Bot API call with a fake result
 * instead of the network, fed private-chat questions from many users through @grammyjs/runner's concurrent sink — the
 * sink `run(bot)` uses in production — with bounded concurrency.
 */
import { performance } from 'node:perf_hooks';
import { createConcurrentSink } from '@grammyjs/runner';
import type { Update, UserFromGetMe } from 'grammy/types';
import pino from 'pino';
import type { AnswerEngine } from '../answer/types.js';
import { createBot } from '../bot/index.js';
import { parseConfig } from '../config.js';
import type { BenchQuestion } from './questions.js';
import { quantile } from './stats.js';
import { offlineBotInfo } from '../bot/bot-info.js';
import { createOfflineApi } from '../bot/offline-api.js';

export interface BotBenchOptions {
  /** Updates per timed run. */
  updates: number;
  /** Distinct users (each a private chat); sequentialize serialises each chat, so this bounds real parallelism. */
  users: number;
  /** Sink concurrency (runner default: 500). */
  concurrency: number;
  /** Timed runs; the median run is reported. */
  runs: number;
}

export interface BotBenchResult {
  updates_per_s: number;
  /** All runs, updates per second. */
  runs: number[];
  /** Replies sent per update handled (1 expected: one answer message per question). */
  replies_per_update: number;
  /** Warnings/errors the bot logged (0 expected). */
  problems: number;
}

const BENCH_BOT: UserFromGetMe = offlineBotInfo('SutraBenchBot', 777000111);

let nextUpdateId = 1;

function privateQuestion(userId: number, text: string): Update {
  const from = { id: userId, is_bot: false, first_name: 'Asker', language_code: userId % 2 ? 'bn' : 'en' };
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextUpdateId, date: 1, chat: { id: userId, type: 'private', first_name: 'Asker' }, from, text },
  } as Update;
}

/** Feeds `updates` through a concurrent sink in getUpdates-sized batches of 100; resolves when all are handled. */
async function drive(bot: ReturnType<typeof createBot>, updates: Update[], concurrency: number): Promise<number> {
  let done = 0;
  let finish!: () => void;
  const allDone = new Promise<void>((r) => (finish = r));
  const sink = createConcurrentSink<Update>(
    {
      consume: async (u) => {
        try {
          await bot.handleUpdate(u);
        } finally {
          if (++done === updates.length) finish();
        }
      },
    },
    async () => {},
    { concurrency },
  );
  const t0 = performance.now();
  for (let i = 0; i < updates.length; i += 100) await sink.handle(updates.slice(i, i + 100));
  await allDone;
  return performance.now() - t0;
}

/** Measures updates per second through the real bot over `engine`. */
export async function benchBot(engine: AnswerEngine, questions: readonly BenchQuestion[], options: BotBenchOptions): Promise<BotBenchResult> {
  let problems = 0;
  let replies = 0;
  // Logs at warn and above are counted: an update that failed would be "handled" by the error boundary otherwise.
  const logger = pino({ level: 'warn' }, { write: () => void problems++ });
  const config = parseConfig({ LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000000' });
  const bot = createBot({ config, engine, logger, botInfo: BENCH_BOT });
  // The same offline Bot API as the terminal chat: realistic results, no network.
  bot.api.config.use(createOfflineApi(BENCH_BOT, (call) => call.method === 'sendMessage' && replies++).transformer);
  const batch = (n: number) =>
    Array.from({ length: n }, (_, i) => privateQuestion(1_000_000 + (i % options.users), questions[i % questions.length]!.text));

  await drive(bot, batch(options.updates), options.concurrency); // warm-up: one untimed run (JIT, lazy caches)
  const runs: number[] = [];
  let handled = 0;
  replies = 0;
  for (let r = 0; r < options.runs; r++) {
    const ms = await drive(bot, batch(options.updates), options.concurrency);
    handled += options.updates;
    runs.push(options.updates / (ms / 1000));
  }
  return {
    updates_per_s: quantile(runs, 0.5),
    runs,
    replies_per_update: replies / handled,
    problems,
  };
}
