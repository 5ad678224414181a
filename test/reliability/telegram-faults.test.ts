/**
 * Faults from Telegram, injected by a local fake Bot API (below grammY's transformers, so the
 * auto-retry plugin sees them as it would see Telegram's): the bot retries what is worth retrying
 * (429 within its delay cap, 5xx, a dropped connection), gives up on the rest, logs a failure once,
 * and keeps serving other users meanwhile.
 */
import { fileURLToPath } from 'node:url';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { parseConfig } from '../../src/config.js';
import { createBot } from '../../src/bot/index.js';
import { captureLogger, RELIABILITY_BOT } from './support/bot-under-test.js';
import { startFakeBotApi, type FakeBotApi, type FakeCall } from './support/fake-bot-api.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const TOKEN = '777000111:AAReliabilityFaultsToken_abcdefghijkl';

let api: FakeBotApi;
let bot: ReturnType<typeof createBot>;
let lines: string[];
let updateId = 1;
let nextUser = 9_000_001;

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN, botInfo: RELIABILITY_BOT });
  const engine = await createEngine({ corpusDir: SEEDS });
  const captured = captureLogger('info');
  lines = captured.lines;
  bot = createBot({
    config: parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, RATE_LIMIT_MAX: '1000' }),
    engine,
    logger: captured.logger,
    botInfo: RELIABILITY_BOT,
  });
});
afterAll(() => api.close());

function question(userId: number, text = 'Russia Iran drones'): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'U' },
      from: { id: userId, is_bot: false, first_name: 'U', language_code: 'en' },
      text,
    },
  } as Update;
}

const toChat = (chatId: number) => (c: FakeCall) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId;
const attemptsTo = (chatId: number) => api.calls.filter(toChat(chatId));

/** Log lines at warn level or above about one update. */
function problemsLogged(update: Update): Array<{ level: number; msg: string }> {
  return lines
    .map((l) => JSON.parse(l) as { level: number; msg: string; update_id?: number })
    .filter((e) => e.level >= 40 && e.update_id === update.update_id);
}

/**
 * Sends `faulty` (whose chat has a fault injected) and, shortly after, a question from another user;
 * both handleUpdate calls must resolve, and the other user's answer must go out.
 */
async function withBystander(faulty: Update) {
  const bystander = nextUser++;
  const first = bot.handleUpdate(faulty);
  await new Promise((r) => setTimeout(r, 50));
  const other = question(bystander);
  await expect(Promise.all([first, bot.handleUpdate(other)])).resolves.toBeDefined();
  const answered = attemptsTo(bystander);
  expect(answered.map((c) => c.outcome)).toEqual(['ok']);
  return { bystanderAnswer: answered[0]! };
}

// Each case uses its own users, so the retry cases (seconds of back-off each) run side by side.
describe.concurrent('faults the bot retries', () => {
  it('429 retry_after 1: retried once the delay has passed; another user is not held up meanwhile', async () => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 1, fail: { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 } });
    const update = question(user);
    const { bystanderAnswer } = await withBystander(update);
    const attempts = attemptsTo(user);
    expect(attempts.map((c) => c.outcome)).toEqual([429, 'ok']);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(bystanderAnswer.at).toBeLessThan(attempts[1]!.at);
    expect(attempts[1]!.payload.text).toBe(attempts[0]!.payload.text);
    expect(problemsLogged(update)).toEqual([]);
  });

  it('a 502 once: retried after the back-off and delivered, nothing logged as a failure', async () => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 1, fail: { error_code: 502, description: 'Bad Gateway' } });
    const update = question(user);
    const { bystanderAnswer } = await withBystander(update);
    const attempts = attemptsTo(user);
    expect(attempts.map((c) => c.outcome)).toEqual([502, 'ok']);
    expect(bystanderAnswer.at).toBeLessThan(attempts[1]!.at);
    expect(problemsLogged(update)).toEqual([]);
  });

  it('a dropped connection once: retried and delivered', async () => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 1, fail: 'network' });
    const update = question(user);
    const { bystanderAnswer } = await withBystander(update);
    const attempts = attemptsTo(user);
    expect(attempts.map((c) => c.outcome)).toEqual(['network', 'ok']);
    expect(bystanderAnswer.at).toBeLessThan(attempts[1]!.at);
    expect(problemsLogged(update)).toEqual([]);
  });
});

describe('faults the bot gives up on', () => {
  it('403 "bot was blocked by the user": one attempt, no apology to a user who cannot receive it, logged once', async () => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 100, fail: { error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    const update = question(user);
    await withBystander(update);
    expect(attemptsTo(user).map((c) => c.outcome)).toEqual([403]);
    expect(problemsLogged(update)).toHaveLength(1);
  });

  it('429 with retry_after beyond the cap (1 hour): not waited for, the update ends at once', async () => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 100, fail: { error_code: 429, description: 'Too Many Requests: retry after 3600', retry_after: 3600 } });
    const update = question(user);
    const started = Date.now();
    await withBystander(update);
    expect(Date.now() - started).toBeLessThan(2_000);
    const attempts = attemptsTo(user);
    // The answer once, then at most the apology — never a retry loop.
    expect(attempts.length).toBeLessThanOrEqual(2);
    expect(attempts.every((c) => c.outcome === 429)).toBe(true);
    expect(problemsLogged(update).filter((e) => e.level >= 50)).toHaveLength(1);
  });

  it.each([
    'Bad Request: message is not modified: specified new message content and reply markup are exactly the same',
    'Bad Request: message to edit not found',
    "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0",
  ])('400 "%s": not retried, logged once, the user gets one apology instead', async (description) => {
    const user = nextUser++;
    api.inject({ when: (m, p) => m === 'sendMessage' && Number(p.chat_id) === user, times: 1, fail: { error_code: 400, description } });
    const update = question(user);
    await withBystander(update);
    const attempts = attemptsTo(user);
    expect(attempts.map((c) => c.outcome)).toEqual([400, 'ok']);
    expect(attempts[1]!.payload.text).not.toBe(attempts[0]!.payload.text);
    expect(problemsLogged(update)).toHaveLength(1);
  });

  it('400 "query is too old" on a button: the dead query is not answered a second time, logged once', async () => {
    const user = nextUser++;
    const queryId = `old-${user}`;
    api.inject({ when: (m, p) => m === 'answerCallbackQuery' && p.callback_query_id === queryId, times: 100, fail: { error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' } });
    const update = {
      update_id: updateId++,
      callback_query: { id: queryId, from: { id: user, is_bot: false, first_name: 'U' }, chat_instance: 'ci', data: 'garbage', message: { message_id: 1, date: 1, chat: { id: user, type: 'private', first_name: 'U' }, text: 'old answer' } },
    } as Update;
    await withBystander(update);
    expect(api.calls.filter((c) => c.method === 'answerCallbackQuery' && c.payload.callback_query_id === queryId)).toHaveLength(1);
    expect(attemptsTo(user)).toEqual([]);
    expect(problemsLogged(update)).toHaveLength(1);
  });
});
