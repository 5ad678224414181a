/**
 * Secrets: with a recognisable fake BOT_TOKEN (and webhook secret), every byte the real process
 * writes — at trace level, through a whole conversation and through Telegram errors that quote the
 * token in a URL — is captured, and neither secret ever appears. Config errors name the variable,
 * never its value.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { RELIABILITY_BOT } from './support/bot-under-test.js';
import { startFakeBotApi, type FakeBotApi } from './support/fake-bot-api.js';
import { freePort, startBotProcess, waitUntil, type BotProcess } from '../support/bot-process.js';

const TOKEN_SECRET_PART = 'AAHsecretPART_RelTest_9f8e7d6c5b4a';
const TOKEN = `777000111:${TOKEN_SECRET_PART}`;
const WEBHOOK_SECRET = 'WhSecret_RelTest_77b1c0ffee';
const ME = RELIABILITY_BOT.username;

const cleanup: Array<() => unknown> = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

/** Where a secret could hide: verbatim, the part after the colon, or URL-encoded. */
function expectNoSecret(output: string): void {
  expect(output).not.toContain(TOKEN_SECRET_PART);
  expect(output).not.toContain(encodeURIComponent(TOKEN));
  expect(output).not.toContain(WEBHOOK_SECRET);
}

let updateId = 1;
const alice = { id: 4_100_000_001, is_bot: false, first_name: 'Alice', language_code: 'en' };
const privateChat = { id: alice.id, type: 'private', first_name: 'Alice' };
const group = { id: -1_004_100_000_000, type: 'supergroup', title: 'Group' };
function text(chat: object, body: string, entities?: object[]): Update {
  return { update_id: updateId++, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat, from: alice, text: body, ...(entities ? { entities } : {}) } } as Update;
}
const command = (chat: object, body: string) => text(chat, body, [{ type: 'bot_command', offset: 0, length: body.split(' ')[0]!.length }]);

/** A fake Bot API whose getUpdates serves a queue the test fills. */
async function fakeTelegramWithQueue(): Promise<{ api: FakeBotApi; enqueue: (u: Update) => void; taken: () => number }> {
  const queue: Update[] = [];
  let taken = 0;
  const api = await startFakeBotApi({
    token: TOKEN,
    botInfo: RELIABILITY_BOT,
    getUpdates: async () => {
      if (queue.length === 0) await new Promise((r) => setTimeout(r, 50));
      const batch = queue.splice(0, queue.length);
      taken += batch.length;
      return batch;
    },
  });
  cleanup.push(() => api.close());
  return { api, enqueue: (u) => queue.push(u), taken: () => taken };
}

describe('the token never reaches the output', () => {
  it('polling at trace level: a whole conversation, Telegram errors quoting the token, then SIGTERM', async () => {
    const { api, enqueue } = await fakeTelegramWithQueue();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-rel-secrets-'));
    cleanup.push(() => rmSync(cacheDir, { recursive: true, force: true }));
    const tokenUrl = `${api.url}/bot${TOKEN}/sendMessage`;
    // Errors whose text quotes the request URL, token included: on an answer, on the apology, on getUpdates.
    api.inject({ when: (m, p) => m === 'sendMessage' && String(p.text).length > 0 && Number(p.chat_id) === group.id, times: 2, fail: { error_code: 400, description: `Bad Request: request to ${tokenUrl} failed (token ${TOKEN})` } });
    api.inject({ when: (m) => m === 'getUpdates', times: 1, fail: { error_code: 400, description: `Bad Request: ${api.url}/bot${TOKEN}/getUpdates is unhappy` } });
    api.inject({ when: (m) => m === 'answerInlineQuery', times: 1, fail: { error_code: 400, description: `Bad Request: QUERY_ID_INVALID at /bot${TOKEN}/answerInlineQuery` } });

    const proc: BotProcess = startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'trace' });
    cleanup.push(() => proc.kill());
    await waitUntil(() => api.calls.some((c) => c.method === 'deleteWebhook'), 45_000, 'polling to start', proc);

    const sends = () => api.calls.filter((c) => c.method === 'sendMessage' && c.outcome === 'ok').length;
    const conversation: Update[] = [
      command(privateChat, '/start'),
      text(privateChat, 'Russia Iran drones'),
      command(privateChat, '/sources'),
      command(privateChat, '/nonsense'),
      text(group, `@${ME} Putin Iran treaty`, [{ type: 'mention', offset: 0, length: ME.length + 1 }]),
      { update_id: updateId++, inline_query: { id: 'iq-1', from: alice, query: 'Russia drones', offset: '' } } as Update,
    ];
    for (const u of conversation) enqueue(u);
    await waitUntil(() => sends() >= 4 && api.calls.some((c) => c.method === 'answerInlineQuery'), 20_000, 'the conversation', proc);

    // Press "More" on the answer, if it has one, else the first button there is.
    const answer = api.calls.find((c) => c.method === 'sendMessage' && c.outcome === 'ok' && c.payload.reply_markup);
    const data = (answer?.payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard?.flat()[0]?.callback_data;
    expect(data).toBeDefined();
    const before = api.calls.length;
    enqueue({ update_id: updateId++, callback_query: { id: 'cb-1', from: alice, chat_instance: 'ci', data, message: { message_id: 5, date: 1, chat: privateChat, text: 'answer' } } } as Update);
    await waitUntil(() => api.calls.slice(before).some((c) => c.method === 'answerCallbackQuery'), 10_000, 'the button press', proc);
    await waitUntil(() => /failed|error/i.test(proc.text()), 10_000, 'the injected errors to be logged', proc);

    proc.child.kill('SIGTERM');
    const exit = await proc.exited;
    expect(exit.code).toBe(0);
    const output = proc.text();
    // The run really logged: updates at info level, the injected Telegram errors at error level.
    expect(output.match(/update handled/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
    expect(output).toMatch(/Bad Request/);
    expectNoSecret(output);
  }, 90_000);

  it('webhook mode: neither the token nor the webhook secret is logged, even when a request carries a wrong secret', async () => {
    const { api } = await fakeTelegramWithQueue();
    const port = await freePort();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-rel-secrets-wh-'));
    cleanup.push(() => rmSync(cacheDir, { recursive: true, force: true }));
    const proc = startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      INDEX_CACHE_DIR: cacheDir,
      LOG_LEVEL: 'trace',
      WEBHOOK_URL: `https://bot.example.org/hook/${port}`,
      WEBHOOK_SECRET,
      PORT: String(port),
    });
    cleanup.push(() => proc.kill());
    await waitUntil(() => api.calls.some((c) => c.method === 'setWebhook'), 45_000, 'the webhook to be set', proc);
    expect(api.calls.find((c) => c.method === 'setWebhook')!.payload.secret_token).toBe(WEBHOOK_SECRET);

    const post = (update: Update, secret: string) =>
      fetch(`http://127.0.0.1:${port}/hook/${port}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
    expect((await post(text(privateChat, 'Russia Iran drones'), `${WEBHOOK_SECRET}x`)).status).toBe(401);
    expect((await post(text(privateChat, 'Russia Iran drones'), WEBHOOK_SECRET)).status).toBe(200);
    await waitUntil(() => api.calls.some((c) => c.method === 'sendMessage'), 10_000, 'the answer', proc);

    proc.child.kill('SIGTERM');
    expect((await proc.exited).code).toBe(0);
    expect(proc.text()).toMatch(/update handled/);
    expectNoSecret(proc.text());
  }, 90_000);
});

describe('config errors name the variable, never the value', () => {
  const bad: Record<string, string> = {
    BOT_TOKEN: '12345:SECRETVALUE_short',
    WEBHOOK_SECRET: 'SECRETVALUE with spaces!',
    WEBHOOK_URL: 'SECRETVALUE-not-a-url',
    TELEGRAM_API_ROOT: 'not a url SECRETVALUE',
    PORT: '99999SECRETVALUE',
    LOG_LEVEL: 'SECRETVALUE',
    RATE_LIMIT_MAX: '-1SECRETVALUE',
    RESULT_TTL_MS: 'SECRETVALUE',
  };

  it.each(Object.entries(bad))('%s', (name, value) => {
    const env = name === 'WEBHOOK_SECRET' ? { [name]: value, WEBHOOK_URL: 'https://x.example/hook', BOT_TOKEN: TOKEN } : { [name]: value };
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain('SECRETVALUE');
  });

  it('the real process exits 2 with one line naming BOT_TOKEN, without its value', async () => {
    const proc = startBotProcess({ BOT_TOKEN: '12345:SECRETVALUE_short' });
    cleanup.push(() => proc.kill());
    const exit = await proc.exited;
    expect(exit.code).toBe(2);
    expect(proc.text()).toContain('BOT_TOKEN');
    expect(proc.text()).not.toContain('SECRETVALUE');
    expect(proc.text().trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
