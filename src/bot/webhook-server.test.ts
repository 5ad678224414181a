import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createWebhookServer } from './webhook-server.js';
import { createFakeEngine } from './testing/fake-engine.js';
import { createHarness, privateText } from './testing/harness.js';

const SECRET = 'test_secret-123';
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function start(maxBodyBytes?: number) {
  const h = createHarness(createFakeEngine());
  server = createWebhookServer({ bot: h.bot, secretToken: SECRET, path: '/hook', logger: pino({ level: 'silent' }), maxBodyBytes });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string, secret: string | undefined = SECRET) =>
    fetch(`${base}/hook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(secret ? { 'X-Telegram-Bot-Api-Secret-Token': secret } : {}) },
      body,
    });
  return { h, base, post };
}

describe('webhook server', () => {
  it('answers /healthz and handles a valid update once, even when Telegram re-delivers it', async () => {
    const { h, base, post } = await start();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const update = JSON.stringify({ update_id: 77, ...privateText('moscow') });
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('rejects a wrong or missing secret (401), malformed JSON (400) and oversized bodies (413), and keeps serving', async () => {
    const { h, post } = await start(2048);
    const update = JSON.stringify({ update_id: 1, ...privateText('moscow') });
    expect((await post(update, 'wrong')).status).toBe(401);
    expect((await post(update, '')).status).toBe(401);
    expect((await post('{not json')).status).toBe(400);
    expect((await post('{"no_update_id":1}')).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 2, pad: 'x'.repeat(5000) }))).status).toBe(413);
    expect(h.api.calls).toEqual([]);
    expect((await post(update)).status).toBe(200);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });
});
