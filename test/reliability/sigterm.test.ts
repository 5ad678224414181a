/**
 * SIGTERM in the middle of load, on the real process in polling mode: a local fake Bot API keeps
 * returning updates and answers sendMessage slowly, so updates are in flight when the signal comes.
 * Fetching must stop, every in-flight update must finish (its reply delivered to a live connection),
 * nothing is answered twice, and the process exits with code 0 within 10 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { afterAll, expect, it } from 'vitest';
import { RELIABILITY_BOT } from './support/bot-under-test.js';
import { startFakeBotApi, type FakeBotApi } from './support/fake-bot-api.js';
import { startBotProcess, waitUntil, type BotProcess } from '../support/bot-process.js';

const TOKEN = '777000111:AASigtermTestToken_0123456789abcdef';
const BATCH = 5;
const SEND_DELAY_MS = 800;

let api: FakeBotApi | undefined;
let proc: BotProcess | undefined;
const cacheDir = mkdtempSync(join(tmpdir(), 'sutra-rel-sigterm-'));
afterAll(async () => {
  proc?.kill();
  await api?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

function question(updateId: number): Update {
  const userId = 3_000_000 + updateId;
  return {
    update_id: updateId,
    message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: 'private', first_name: 'U' }, from: { id: userId, is_bot: false, first_name: 'U', language_code: 'en' }, text: 'Russia Iran drones' },
  } as Update;
}

it('stops fetching, finishes in-flight updates and exits 0 within 10 s', async () => {
  const delivered = new Set<number>();
  api = await startFakeBotApi({
    token: TOKEN,
    botInfo: RELIABILITY_BOT,
    // An endless stream: every poll gets the next few updates after `offset`.
    getUpdates: (offset) => {
      const first = Math.max(1, offset);
      const batch = Array.from({ length: BATCH }, (_, i) => question(first + i));
      for (const u of batch) delivered.add(u.update_id);
      return batch;
    },
    delayMs: (method) => (method === 'sendMessage' ? SEND_DELAY_MS : method === 'getUpdates' ? 100 : 0),
  });
  proc = startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'info' });
  const sends = () => api!.calls.filter((c) => c.method === 'sendMessage');
  await waitUntil(() => sends().length >= 10 && api!.pending >= 3, 45_000, 'replies in flight', proc);

  const signalAt = api.now();
  const inFlightAtSignal = api.pending;
  const exit = await proc.stop('SIGTERM', 10_000);
  console.log(`[sigterm] exit ${exit.code} after ${exit.ms} ms; ${inFlightAtSignal} requests in flight at the signal; ${delivered.size} updates delivered, ${sends().length} answers`);

  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit.ms).toBeLessThan(10_000);
  // Fetching stopped: no poll started after the signal (one already on the wire may land a moment later).
  expect(api.getUpdatesAt.filter((at) => at > signalAt + 150)).toEqual([]);
  // In-flight work finished: every reply the fake API was holding at the signal reached a live connection.
  await waitUntil(() => api!.pending === 0, SEND_DELAY_MS + 2_000, 'held requests to be answered');
  expect(api.abandoned).toBe(0);
  // Nothing answered twice, and nothing answered that was never delivered.
  const chats = sends().map((c) => Number(c.payload.chat_id));
  expect(new Set(chats).size).toBe(chats.length);
  for (const chat of chats) expect(delivered.has(chat - 3_000_000)).toBe(true);
  expect(proc.text()).not.toMatch(/did not finish in time/);
}, 70_000);
