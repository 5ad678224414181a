/**
 * Load: 10,000 updates from 1,000 users in private chats and 100 groups, fed to @grammyjs/runner's
 * `run` (the polling runner main.ts uses, concurrent with per-chat sequencing) by a fake getUpdates,
 * against a fake API. No crash; every addressed message gets exactly one reply (flooders: five answers,
 * one rate-limit notice, the rest dropped); chatter gets none; per-chat reply order = message order;
 * heap and the result store stay bounded. Prints time, updates/s and peak heap.
 *
 * The engine is the real one over seeds/, memoised per question: the questions repeat, and the load
 * is meant for the bot's plumbing (runner, sequencing, gate, limiter, rendering), not for retrieval.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import { run } from '@grammyjs/runner';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import pino from 'pino';
import { expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { mulberry32 } from '../../src/bench/prng.js';
import type { AnswerEngine } from '../../src/answer/types.js';
import { parseConfig } from '../../src/config.js';
import { createBot } from '../../src/bot/index.js';
import { tHtml } from '../../src/bot/i18n.js';
import { fakeResult } from '../../src/bot/offline-api.js';
import type { BotServices } from '../../src/bot/context.js';
import { RELIABILITY_BOT } from './support/bot-under-test.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const ME = RELIABILITY_BOT.username;
const USERS = 1_000;
const GROUPS = 100;
const UPDATES = 10_000;
/** Users 0..49 flood: ten addressed messages each against a limit of five. */
const FLOODERS = 50;
const RATE_LIMIT_MAX = 5;
const RESULT_STORE_SIZE = 200;
/** Stated bound for the heap while 10,000 updates go through (measured peak ≈ a fraction of it). */
const PEAK_HEAP_BOUND_MB = 400;
/** Stated bound for what the run leaves behind on the heap (results are capped at RESULT_STORE_SIZE). */
const HEAP_GROWTH_BOUND_MB = 150;

const QUESTIONS = [
  'Russia Iran drones', 'pezeshkian kobe moscow gesen?', 'পুতিন ইরান চুক্তি', 'strategic partnership treaty signed',
  'ইরানের প্রেসিডেন্ট কবে মস্কো গেলেন', 'what did Putin say', 'nuclear program', 'রাশিয়া ইরান সম্পর্ক', 'sanctions',
  'weather in Paris tomorrow', 'iran russia gas pipeline', 'North-South transport corridor', 'চুক্তির মেয়াদ কত বছর',
];

type Kind = 'private' | 'group-command' | 'group-mention' | 'chatter';

interface Planned {
  user: number;
  kind: Kind;
  chatId: number;
}

/** Ten updates per user: normal users 3 private + 2 addressed in groups + 5 chatter; flooders 8 private + 2 addressed. */
function plan(random: () => number): Planned[] {
  const out: Planned[] = [];
  for (let user = 0; user < USERS; user++) {
    const kinds: Kind[] =
      user < FLOODERS
        ? [...Array<Kind>(8).fill('private'), 'group-command', 'group-mention']
        : ['private', 'private', 'private', 'group-command', 'group-mention', ...Array<Kind>(5).fill('chatter')];
    for (const kind of kinds) {
      const chatId = kind === 'private' ? 1_000_000 + user : -1_000_000_000 - Math.floor(random() * GROUPS);
      out.push({ user, kind, chatId });
    }
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function toUpdate(p: Planned, updateId: number, messageId: number, random: () => number): Update {
  const from = { id: 1_000_000 + p.user, is_bot: false, first_name: `U${p.user}`, language_code: random() < 0.5 ? 'bn' : 'en' };
  const chat = p.kind === 'private' ? { id: p.chatId, type: 'private', first_name: from.first_name } : { id: p.chatId, type: 'supergroup', title: `G${p.chatId}` };
  const q = QUESTIONS[Math.floor(random() * QUESTIONS.length)]!;
  let text = q;
  let entities: unknown[] | undefined;
  if (p.kind === 'group-command') {
    text = `/ask@${ME} ${q}`;
    entities = [{ type: 'bot_command', offset: 0, length: ME.length + 5 }];
  } else if (p.kind === 'group-mention') {
    text = `@${ME} ${q}`;
    entities = [{ type: 'mention', offset: 0, length: ME.length + 1 }];
  } else if (p.kind === 'chatter') {
    const variants = [`${q} lol`, `/ask@OtherBot ${q}`, `@someone_else ${q}`, 'ok 👍'];
    text = variants[Math.floor(random() * variants.length)]!;
    entities = text.startsWith('/ask@') ? [{ type: 'bot_command', offset: 0, length: 13 }] : text.startsWith('@') ? [{ type: 'mention', offset: 0, length: 13 }] : undefined;
  }
  return { update_id: updateId, message: { message_id: messageId, date: 1_700_000_000, chat, from, text, ...(entities ? { entities } : {}) } } as Update;
}

/** The real engine, asked once per distinct question. */
function memoised(engine: AnswerEngine): AnswerEngine {
  const cache = new Map<string, ReturnType<AnswerEngine['ask']>>();
  return {
    ask: (question, options) => {
      const key = `${options?.limit ?? ''}\0${question}`;
      let answer = cache.get(key);
      if (!answer) cache.set(key, (answer = engine.ask(question, options)));
      return answer;
    },
    articles: () => engine.articles(),
    article: (id) => engine.article(id),
    context: (id) => engine.context(id),
  };
}

it('10,000 updates from 1,000 users and 100 groups through the runner', async () => {
  const engine = memoised(await createEngine({ corpusDir: SEEDS }));
  const random = mulberry32(20261123);
  const planned = plan(random);
  const messageIds = new Map<number, number>();
  const updates = planned.map((p, i) => {
    const messageId = (messageIds.get(p.chatId) ?? 0) + 1;
    messageIds.set(p.chatId, messageId);
    return toUpdate(p, i + 1, messageId, random);
  });
  expect(updates).toHaveLength(UPDATES);

  const config = parseConfig({ RATE_LIMIT_MAX: String(RATE_LIMIT_MAX), RATE_LIMIT_WINDOW_MS: '600000', RESULT_STORE_SIZE: String(RESULT_STORE_SIZE) });
  const logger = pino({ level: 'warn' });
  const bot = createBot({ config, engine, logger, botInfo: RELIABILITY_BOT });

  // Which update caused each outgoing call: handleUpdate runs inside an async context carrying its id.
  const current = new AsyncLocalStorage<number>();
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReplyEnvelope) => current.run(update.update_id, () => handleUpdate(update, webhookReplyEnvelope));

  const replies: Array<{ updateId: number; chatId: number; text: string }> = [];
  let delivered = 0;
  let getUpdatesCalls = 0;
  let nextMessageId = 1_000_000;
  const fakeApi: Transformer = async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    if (method === 'getUpdates') {
      getUpdatesCalls++;
      const offset = Number(p.offset ?? 0);
      const batch = updates.filter((u) => u.update_id >= offset).slice(0, Number(p.limit ?? 100));
      if (batch.length === 0) await new Promise((r) => setTimeout(r, 20));
      delivered = Math.max(delivered, batch.at(-1)?.update_id ?? 0);
      return { ok: true, result: batch } as never;
    }
    if (method === 'sendMessage') {
      const updateId = current.getStore();
      if (updateId === undefined) throw new Error('a message sent outside any update');
      replies.push({ updateId, chatId: Number(p.chat_id), text: String(p.text) });
    }
    return { ok: true, result: fakeResult(method, p, RELIABILITY_BOT, () => nextMessageId++) } as never;
  };
  bot.api.config.use(fakeApi);

  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const started = performance.now();
  const runner = run(bot);
  while (delivered < UPDATES || runner.size() > 0) await new Promise((r) => setTimeout(r, 10));
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const after = process.memoryUsage().heapUsed;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(
    `[load] ${UPDATES} updates in ${seconds.toFixed(2)} s = ${Math.round(UPDATES / seconds)} updates/s; ` +
      `${replies.length} replies; ${getUpdatesCalls} getUpdates; heap baseline ${mb(baseline)} MB, peak ${mb(peak)} MB, after ${mb(after)} MB`,
  );

  // Exactly one reply per addressed message (flooders: 5 answers + 1 notice + silence), none for chatter.
  const notices = new Set([tHtml('en', 'ratelimit.notice'), tHtml('bn', 'ratelimit.notice')]);
  const byUpdate = new Map<number, typeof replies>();
  for (const r of replies) byUpdate.set(r.updateId, [...(byUpdate.get(r.updateId) ?? []), r]);
  const perFlooder = new Map<number, { replied: number; notices: number }>();
  planned.forEach((p, i) => {
    const got = byUpdate.get(i + 1) ?? [];
    expect(got.length, `update ${i + 1} (${p.kind})`).toBeLessThanOrEqual(1);
    if (got[0]) expect(got[0].chatId).toBe(p.chatId);
    if (p.kind === 'chatter') expect(got, `chatter ${i + 1}`).toEqual([]);
    else if (p.user >= FLOODERS) expect(got, `addressed ${i + 1} from user ${p.user}`).toHaveLength(1);
    else {
      const f = perFlooder.get(p.user) ?? { replied: 0, notices: 0 };
      f.replied += got.length;
      f.notices += got.filter((r) => notices.has(r.text)).length;
      perFlooder.set(p.user, f);
    }
  });
  expect(perFlooder.size).toBe(FLOODERS);
  for (const [user, f] of perFlooder) expect(f, `flooder ${user}`).toEqual({ replied: RATE_LIMIT_MAX + 1, notices: 1 });
  // Nobody within the limit ever sees the notice.
  expect(replies.filter((r) => notices.has(r.text)).length).toBe(FLOODERS);

  // Per-chat order: replies in each chat follow the order of the messages they answer.
  const lastInChat = new Map<number, number>();
  for (const r of replies) {
    expect(r.updateId, `chat ${r.chatId}`).toBeGreaterThan(lastInChat.get(r.chatId) ?? 0);
    lastInChat.set(r.chatId, r.updateId);
  }

  // Bounded memory: the result store holds at most its cap; the heap stays under the stated bounds.
  const anyContext = new (bot as unknown as { ContextConstructor: new (...a: unknown[]) => { services: BotServices } }).ContextConstructor(updates[0], bot.api, bot.botInfo);
  expect(anyContext.services.results.size).toBeGreaterThan(0);
  expect(anyContext.services.results.size).toBeLessThanOrEqual(RESULT_STORE_SIZE);
  expect(mb(peak)).toBeLessThan(PEAK_HEAP_BOUND_MB);
  expect(mb(after - baseline)).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  expect(seconds).toBeLessThan(30);
}, 60_000);
