/**
 * End to end, long polling: the real process (`src/main.ts`) against a local Bot API server. A private
 * chat and a group chat are held over getUpdates, then SIGTERM must end the process with code 0, and
 * the token must never appear in its output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserFromGetMe } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer } from './support/bot-api-server.js';
import { FAKE_TOKEN, startBotProcess, waitUntil, type BotProcess } from './support/bot-process.js';
import type { ApiCall } from './support/fake-telegram.js';
import { UpdateFactory, type Person } from './support/updates.js';

const BOT: UserFromGetMe = {
  id: Number(FAKE_TOKEN.split(':')[0]),
  is_bot: true,
  first_name: 'Sutra',
  username: 'SutraE2EBot',
  can_join_groups: true,
  can_read_all_group_messages: true,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

/** Start-up builds the index from seeds/ into an empty cache: allow for a slow machine. */
const STARTUP_MS = 45_000;
const ANSWER_MS = 15_000;

const rahim: Person = { id: 5_200_000_001, first_name: 'রহিম', language_code: 'bn' };
const alice: Person = { id: 5_200_000_002, first_name: 'Alice', language_code: 'en' };

let server: BotApiServer;
let bot: BotProcess;
let updates: UpdateFactory;
let cacheDir: string;


const sentTo = (chatId: number) => (call: ApiCall) => call.method === 'sendMessage' && Number(call.payload.chat_id) === chatId;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'sutra-e2e-polling-'));
  server = await startBotApiServer({ token: FAKE_TOKEN, botInfo: BOT, maxPollSeconds: 5 });
  updates = new UpdateFactory(server.telegram);
  bot = startBotProcess({
    BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: server.url,
    INDEX_CACHE_DIR: cacheDir,
    CORPUS_DIR: 'seeds',
    LOG_LEVEL: 'warn',
  });
  // Polling has started once the bot removed any webhook and asked for updates.
  await bot.guard(server.waitFor((c) => c.method === 'deleteWebhook', STARTUP_MS));
  await waitUntil(() => server.getUpdatesCount > 0, 10_000, 'the first getUpdates', bot);
}, STARTUP_MS + 15_000);

afterAll(async () => {
  bot?.kill();
  await server?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe('the bot process over long polling', () => {
  it('starts like a real bot: getMe, no webhook, a command menu, then getUpdates', () => {
    const methods = server.calls.map((c) => c.method);
    expect(methods).toContain('getMe');
    expect(methods).toContain('deleteWebhook');
    expect(methods).toContain('setMyCommands');
    expect(server.getUpdatesCount).toBeGreaterThan(0);
    expect(server.unknownMethods).toEqual([]);
  });

  it('answers a Bengali question in a private chat with a cited quote', async () => {
    const from = server.calls.length;
    server.enqueue(updates.text('private', rahim, 'পেজেশকিয়ান কবে মস্কো গেলেন?'));
    const reply = await bot.guard(server.waitFor(sentTo(rahim.id), ANSWER_MS, from));
    expect(reply.response.ok).toBe(true);
    expect(reply.payload.parse_mode).toBe('HTML');
    expect(String(reply.payload.text)).toMatch(/\[1\]/);
    expect(String(reply.payload.text)).toContain('মস্কো');
  });

  it('answers /ask@bot in a group as a reply and ignores the chatter around it', async () => {
    const from = server.calls.length;
    const chatter = updates.text('supergroup', alice, 'did anyone read the news about Iran and Russia today?');
    const question = updates.text('supergroup', alice, `/ask@${BOT.username} Did Iran supply drones to Russia?`);
    const moreChatter = updates.text('supergroup', rahim, 'হ্যাঁ, পড়েছি');
    const ping = updates.text('supergroup', rahim, `/help@${BOT.username}`);
    for (const update of [chatter, question, moreChatter, ping]) server.enqueue(update);

    const groupId = question.message!.chat.id;
    // Updates of one chat are handled in order, so once /help is answered everything before it was handled.
    await bot.guard(server.waitFor((c) => sentTo(groupId)(c) && replyTo(c) === ping.message!.message_id, ANSWER_MS, from));
    const replies = server.calls.slice(from).filter(sentTo(groupId));
    expect(replies.map(replyTo)).toEqual([question.message!.message_id, ping.message!.message_id]);
    expect(String(replies[0]!.payload.text)).toMatch(/\[1\]/);
  });

  it('stops on SIGTERM with exit code 0 within a few seconds, never printing the token', async () => {
    const { code, ms } = await bot.stop('SIGTERM', 8_000);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(8_000);
    const { stdout, stderr } = bot.output();
    const secretPart = FAKE_TOKEN.split(':')[1]!;
    expect(stdout + stderr).not.toContain(secretPart);
  });
});

function replyTo(call: ApiCall): number | undefined {
  return (call.payload.reply_parameters as { message_id?: number } | undefined)?.message_id;
}
