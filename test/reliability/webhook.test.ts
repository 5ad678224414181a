/**
 * The webhook server (createWebhookServer, the one startWebhook listens with) under hostile traffic:
 * the secret header is required, oversized bodies are refused whether or not they declare a length,
 * malformed bodies are refused, re-deliveries of one update_id are answered once even when they race,
 * and after all of it the server still answers the next real update.
 */
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { createWebhookServer } from '../../src/bot/webhook-server.js';
import { createBotUnderTest, type BotUnderTest } from './support/bot-under-test.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SECRET = 'reliability_Secret-42';
const PATH = '/telegram/hook';

let t: BotUnderTest;
let server: Server;
let port: number;
let updateId = 1000;

beforeAll(async () => {
  t = createBotUnderTest(await createEngine({ corpusDir: SEEDS }));
  server = createWebhookServer({ bot: t.bot, secretToken: SECRET, path: PATH, logger: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Sent {
  status: number;
  body: string;
}

/** POSTs `chunks` (chunked transfer unless `length` is given); `secret: null` sends no secret header; resolves with the status, or 0 when the server cut the connection. */
function post(chunks: Array<string | Buffer>, headers: Record<string, string> = {}, secret: string | null = SECRET): Promise<Sent> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: PATH, method: 'POST', headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}), ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '' }));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function questionUpdate(userId: number, text = 'Russia Iran drones') {
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: 1, chat: { id: userId, type: 'private', first_name: 'U' }, from: { id: userId, is_bot: false, first_name: 'U' }, text },
  };
}

const sentTo = (chatId: number) => t.api.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId);

describe('webhook server under hostile traffic', () => {
  it('requires the secret header: missing, wrong, wrong length, repeated → 401 and nothing handled', async () => {
    const body = JSON.stringify(questionUpdate(601));
    expect((await post([body], {}, null)).status).toBe(401);
    expect((await post([body], {}, 'reliability_Secret-43')).status).toBe(401);
    expect((await post([body], {}, SECRET.slice(1))).status).toBe(401);
    expect((await post([body], {}, `${SECRET}${SECRET}`)).status).toBe(401);
    expect((await post([body], {}, SECRET.toUpperCase())).status).toBe(401);
    expect(sentTo(601)).toEqual([]);
  });

  it('refuses a body over 1 MiB, declared or streamed in chunks, and keeps serving', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const declared = await post([big], { 'content-length': String(big.length) });
    expect([400, 413, 0]).toContain(declared.status);
    const streamed = await post(Array.from({ length: 32 }, () => Buffer.alloc(64 * 1024, 0x20)));
    expect([400, 413]).toContain(streamed.status);
    expect((await post([JSON.stringify(questionUpdate(602))])).status).toBe(200);
    expect(sentTo(602)).toHaveLength(1);
  });

  it('refuses malformed bodies with 400 and keeps serving', async () => {
    for (const body of ['{not json', '', 'null', '[]', '"text"', '{"update_id":"7"}', '{"no_update_id":1}', '\u0000\uFFFF']) {
      const { status } = await post([body]);
      expect(status, JSON.stringify(body)).toBe(400);
    }
    expect((await post([JSON.stringify(questionUpdate(603))])).status).toBe(200);
    expect(sentTo(603)).toHaveLength(1);
  });

  it('answers an update once when Telegram re-delivers it, one after another or racing', async () => {
    const update = JSON.stringify(questionUpdate(604));
    expect((await post([update])).status).toBe(200);
    expect((await post([update])).status).toBe(200);
    const racing = JSON.stringify(questionUpdate(605));
    const statuses = await Promise.all(Array.from({ length: 8 }, () => post([racing])));
    expect(statuses.map((s) => s.status)).toEqual(Array(8).fill(200));
    expect(sentTo(604)).toHaveLength(1);
    expect(sentTo(605)).toHaveLength(1);
  });
});
