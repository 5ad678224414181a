/**
 * End to end, webhook mode: the real process (`src/main.ts`) serves WEBHOOK_URL's path on PORT and
 * talks to a local Bot API server. Checks the secret header, malformed bodies, duplicate deliveries,
 * /healthz, the setWebhook call, and a clean exit on SIGTERM.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update, UserFromGetMe } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer } from './support/bot-api-server.js';
import { FAKE_TOKEN, freePort, startBotProcess, type BotProcess } from './support/bot-process.js';
import type { ApiCall } from './support/fake-telegram.js';
import { UpdateFactory, type Person } from './support/updates.js';
import { offlineBotInfo } from '../src/bot/bot-info.js';

const BOT: UserFromGetMe = offlineBotInfo('SutraHookBot', Number(FAKE_TOKEN.split(':')[0]));

const WEBHOOK_URL = 'https://example.invalid/hook';
const WEBHOOK_SECRET = 'e2e_Secret-Token_42';
const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';
const STARTUP_MS = 45_000;

const rahim: Person = { id: 5_300_000_001, first_name: 'রহিম', language_code: 'bn' };
const alice: Person = { id: 5_300_000_002, first_name: 'Alice', language_code: 'en' };

let server: BotApiServer;
let bot: BotProcess;
let updates: UpdateFactory;
let cacheDir: string;
let hookUrl: string;
let healthUrl: string;


/** Delivers a body as Telegram would (POST, JSON); `secret` null leaves the header out. */
async function deliver(body: string, secret: string | null = WEBHOOK_SECRET): Promise<number> {
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { [SECRET_HEADER]: secret }) },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  return response.status;
}

const deliverUpdate = (update: Update, secret: string | null = WEBHOOK_SECRET) => deliver(JSON.stringify(update), secret);
const sendsTo = (chatId: number) => (c: ApiCall) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId;
const replyTo = (c: ApiCall) => (c.payload.reply_parameters as { message_id?: number } | undefined)?.message_id;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'sutra-e2e-webhook-'));
  server = await startBotApiServer({ token: FAKE_TOKEN, botInfo: BOT });
  updates = new UpdateFactory(server.telegram);
  const port = await freePort();
  hookUrl = `http://127.0.0.1:${port}${new URL(WEBHOOK_URL).pathname}`;
  healthUrl = `http://127.0.0.1:${port}/healthz`;
  bot = startBotProcess({
    BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: server.url,
    INDEX_CACHE_DIR: cacheDir,
    CORPUS_DIR: 'seeds',
    // Debug logging: the more the process writes, the more the "never prints a secret" check below means.
    LOG_LEVEL: 'debug',
    WEBHOOK_URL,
    WEBHOOK_SECRET,
    PORT: String(port),
  });
  // setWebhook is called once the HTTP server listens.
  await bot.guard(server.waitFor((c) => c.method === 'setWebhook', STARTUP_MS));
}, STARTUP_MS + 15_000);

afterAll(async () => {
  bot?.kill();
  await server?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe('the bot process in webhook mode', () => {
  it('registers its webhook URL with the secret token', () => {
    const call = server.calls.find((c) => c.method === 'setWebhook')!;
    expect(call.payload.url).toBe(WEBHOOK_URL);
    expect(call.payload.secret_token).toBe(WEBHOOK_SECRET);
    expect(server.getUpdatesCount).toBe(0);
    expect(server.unknownMethods).toEqual([]);
  });

  it('serves GET /healthz', async () => {
    const response = await fetch(healthUrl, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
  });

  it('answers an update delivered with the right secret', async () => {
    const from = server.calls.length;
    const update = updates.text('private', rahim, 'ইরান কি রাশিয়াকে ড্রোন দিয়েছে?');
    expect(await deliverUpdate(update)).toBe(200);
    const reply = await bot.guard(server.waitFor(sendsTo(rahim.id), 15_000, from));
    expect(String(reply.payload.text)).toMatch(/\[1\]/);
  });

  it('refuses a delivery without the secret, or with a wrong one (401), and does not handle it', async () => {
    const from = server.calls.length;
    const noSecret = updates.text('private', alice, 'When did Pezeshkian go to Moscow?');
    expect(await deliverUpdate(noSecret, null)).toBe(401);
    const wrong = updates.text('private', alice, 'When did Pezeshkian go to Moscow?');
    expect(await deliverUpdate(wrong, 'not-the-secret')).toBe(401);
    // A good delivery afterwards is answered, and it is the only thing answered in that chat.
    const good = updates.text('private', alice, '/help');
    expect(await deliverUpdate(good)).toBe(200);
    await bot.guard(server.waitFor(sendsTo(alice.id), 15_000, from));
    expect(server.calls.slice(from).filter(sendsTo(alice.id))).toHaveLength(1);
  });

  it('answers a malformed body with 400 and keeps serving', async () => {
    expect(await deliver('{"update_id": 12, "message": ')).toBe(400);
    expect(await deliver('[1, 2, 3]')).toBe(400);
    expect((await fetch(healthUrl, { signal: AbortSignal.timeout(5_000) })).status).toBe(200);
    const from = server.calls.length;
    expect(await deliverUpdate(updates.text('private', rahim, '/start'))).toBe(200);
    await bot.guard(server.waitFor(sendsTo(rahim.id), 15_000, from));
  });

  it('handles an update delivered twice only once', async () => {
    const from = server.calls.length;
    const question = updates.text('supergroup', alice, `/ask@${BOT.username} What agreement did Iran and Russia sign?`);
    const groupId = question.message!.chat.id;
    expect(await deliverUpdate(question)).toBe(200);
    expect(await deliverUpdate(question)).toBe(200);
    const marker = updates.text('supergroup', alice, `/help@${BOT.username}`);
    expect(await deliverUpdate(marker)).toBe(200);
    await bot.guard(server.waitFor((c) => sendsTo(groupId)(c) && replyTo(c) === marker.message!.message_id, 15_000, from));
    const answers = server.calls.slice(from).filter((c) => sendsTo(groupId)(c) && replyTo(c) === question.message!.message_id);
    expect(answers).toHaveLength(1);
  });

  it('survives a Bot API call Telegram rejects (an unknown chat): 200 to the webhook, the error logged', async () => {
    const from = server.calls.length;
    // Built by hand, so the fake Telegram has never seen this chat and answers "Bad Request: chat not found".
    const stranger = { id: 5_399_999_999, is_bot: false, first_name: 'Ghost', language_code: 'en' };
    const update = {
      update_id: 990_001,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: stranger.id, type: 'private', first_name: 'Ghost' }, from: stranger, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] },
    } as Update;
    expect(await deliverUpdate(update)).toBe(200);
    const rejected = await bot.guard(server.waitFor(sendsTo(stranger.id), 15_000, from));
    expect(rejected.response.ok).toBe(false);
    expect((await fetch(healthUrl, { signal: AbortSignal.timeout(5_000) })).status).toBe(200);
  });

  it('stops on SIGTERM with exit code 0 and never prints the token or the secret', async () => {
    const { code } = await bot.stop('SIGTERM', 8_000);
    expect(code).toBe(0);
    const { stdout, stderr } = bot.output();
    // The process did log (start-up, every update, the rejected call above)…
    expect(stdout).toMatch(/chat not found/);
    // …and none of it carries a secret.
    expect(stdout + stderr).not.toContain(FAKE_TOKEN.split(':')[1]!);
    expect(stdout + stderr).not.toContain(WEBHOOK_SECRET);
  });
});
