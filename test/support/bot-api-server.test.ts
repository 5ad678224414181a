/**
 * The local Bot API server the end-to-end tests rely on: routing, body formats, Telegram's error
 * format, and getUpdates with offset and long polling.
 */
import type { UserFromGetMe } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer } from './bot-api-server.js';
import { UpdateFactory } from './updates.js';

const TOKEN = '123456:AAAA-test-token_abcdefghijkl';
const BOT = { id: 123456, is_bot: true, first_name: 'T', username: 'TestBot' } as UserFromGetMe;
const person = { id: 77, first_name: 'P', language_code: 'en' };

let server: BotApiServer;
beforeEach(async () => {
  server = await startBotApiServer({ token: TOKEN, botInfo: BOT, maxPollSeconds: 0.5 });
});
afterEach(async () => {
  await server.close();
});

async function call(method: string, body: string, contentType = 'application/json', token = TOKEN) {
  const response = await fetch(`${server.url}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; result?: unknown; error_code?: number; description?: string } };
}

describe('local Bot API server', () => {
  it('answers getMe with the bot and refuses a wrong token like Telegram (401)', async () => {
    expect((await call('getMe', '{}')).body).toEqual({ ok: true, result: BOT });
    const wrong = await call('getMe', '{}', 'application/json', '1:wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
  });

  it('answers an unknown method with 404 and records it', async () => {
    const response = await call('sendTelepathy', '{}');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ ok: false, error_code: 404, description: 'Not Found: method not found' });
    expect(server.unknownMethods).toEqual(['sendTelepathy']);
  });

  it('reads form bodies (object fields JSON-encoded) as well as JSON', async () => {
    new UpdateFactory(server.telegram).text('private', person, 'hi');
    const form = new URLSearchParams({ chat_id: String(person.id), text: '<b>hi</b> &amp; bye', parse_mode: 'HTML', reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'x', callback_data: 'y' }]] }) });
    const response = await call('sendMessage', form.toString(), 'application/x-www-form-urlencoded');
    expect(response.body.ok).toBe(true);
    expect(response.body.result).toMatchObject({ message_id: 2, chat: { id: person.id }, text: 'hi & bye', reply_markup: { inline_keyboard: [[{ text: 'x' }]] } });
  });

  it('rejects what Telegram rejects, in its error format', async () => {
    new UpdateFactory(server.telegram).text('private', person, 'hi');
    const badHtml = await call('sendMessage', JSON.stringify({ chat_id: person.id, text: '<b>open', parse_mode: 'HTML' }));
    expect(badHtml.status).toBe(400);
    expect(badHtml.body.description).toMatch(/^Bad Request: can't parse entities/);
    const tooLong = await call('sendMessage', JSON.stringify({ chat_id: person.id, text: 'x'.repeat(4097) }));
    expect(tooLong.body.description).toBe('Bad Request: message is too long');
    const unknownChat = await call('sendMessage', JSON.stringify({ chat_id: 999, text: 'hi' }));
    expect(unknownChat.body.description).toBe('Bad Request: chat not found');
  });

  it('long-polls getUpdates until an update is queued, and forgets updates below the offset', async () => {
    const updates = new UpdateFactory(server.telegram);
    const pending = call('getUpdates', JSON.stringify({ offset: 0, timeout: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const first = updates.text('private', person, 'one');
    server.enqueue(first);
    const got = await pending;
    expect((got.body.result as Array<{ update_id: number }>).map((u) => u.update_id)).toEqual([first.update_id]);

    const second = updates.text('private', person, 'two');
    server.enqueue(second);
    const next = await call('getUpdates', JSON.stringify({ offset: first.update_id + 1, timeout: 0 }));
    expect((next.body.result as Array<{ update_id: number }>).map((u) => u.update_id)).toEqual([second.update_id]);
  });

  it('answers an empty long poll after the timeout (bounded by maxPollSeconds)', async () => {
    const started = Date.now();
    const response = await call('getUpdates', JSON.stringify({ offset: 0, timeout: 30 }));
    expect(response.body).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('waitFor resolves on a matching call and rejects after its timeout', async () => {
    const waiting = server.waitFor((c) => c.method === 'setMyCommands', 2_000);
    await call('setMyCommands', JSON.stringify({ commands: [{ command: 'start', description: 'Start' }] }));
    expect((await waiting).payload.commands).toEqual([{ command: 'start', description: 'Start' }]);
    expect((await call('getMyCommands', '{}')).body.result).toEqual([{ command: 'start', description: 'Start' }]);
    await expect(server.waitFor((c) => c.method === 'never', 100)).rejects.toThrow(/no matching Bot API call/);
  });
});
