/**
 * Malformed and unexpected updates through the real bot (bot.handleUpdate, offline API recording
 * every call): each is handled or ignored, handleUpdate never rejects, and no update ever gets more
 * than one reply.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Update } from 'grammy/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type SearchEngine } from '../../src/answer/engine.js';
import { createBotUnderTest, RELIABILITY_BOT, REPLY_METHODS, type BotUnderTest } from './support/bot-under-test.js';
import { telegramHtmlProblems as htmlProblems } from '../support/telegram-html.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const ME = RELIABILITY_BOT.username;

let engine: SearchEngine;
let t: BotUnderTest;
let nextUpdateId = 1;

beforeAll(async () => {
  engine = await createEngine({ corpusDir: SEEDS });
  t = createBotUnderTest(engine);
});

const user = { id: 501, is_bot: false, first_name: 'Ann', language_code: 'en' };
const privateChat = { id: 501, type: 'private', first_name: 'Ann' };
const group = { id: -100500, type: 'supergroup', title: 'G' };

/** Feeds one raw update; returns the calls it caused. handleUpdate must resolve, whatever the update. */
async function feed(update: Record<string, unknown>) {
  const from = t.api.calls.length;
  await expect(t.bot.handleUpdate({ update_id: nextUpdateId++, ...update } as unknown as Update)).resolves.toBeUndefined();
  const calls = t.since(from);
  const replies = calls.filter((c) => REPLY_METHODS.has(c.method));
  for (const c of replies) {
    if (typeof c.payload.text === 'string') {
      expect(c.payload.text.length).toBeLessThanOrEqual(4096);
      expect(htmlProblems(c.payload.text)).toEqual([]);
    }
  }
  return { calls, replies };
}

const msg = (extra: Record<string, unknown>) => ({ message_id: nextUpdateId * 10, date: 1, ...extra });

describe('unexpected but valid updates', () => {
  it('a private question without `from` is answered once', async () => {
    const { replies } = await feed({ message: msg({ chat: privateChat, text: 'Russia Iran drones' }) });
    expect(replies.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('a group /ask@bot without `from` (anonymous admin) is answered once', async () => {
    const text = `/ask@${ME} Putin Iran treaty`;
    const { replies } = await feed({
      message: msg({ chat: group, sender_chat: group, text, entities: [{ type: 'bot_command', offset: 0, length: ME.length + 5 }] }),
    });
    expect(replies.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it.each([
    ['message_reaction', { chat: group, message_id: 1, date: 1, old_reaction: [], new_reaction: [] }],
    ['chat_member', { chat: group, from: user, date: 1 }],
    ['my_chat_member', { chat: group, from: user, date: 1 }],
    ['poll', { id: 'p', question: 'q', options: [] }],
    ['chat_join_request', { chat: group, from: user, date: 1 }],
    ['business_message', msg({ chat: privateChat, from: user, text: 'Russia' })],
    ['some_future_update_kind', { anything: [1, { deep: null }] }],
    ['edited_message', msg({ chat: privateChat, from: user, text: 'Russia Iran drones', edit_date: 2 })],
    ['edited_channel_post', msg({ chat: { id: -1009, type: 'channel', title: 'C' }, text: '/ask Russia', edit_date: 2 })],
  ])('%s is ignored silently', async (kind, body) => {
    const { replies } = await feed({ [kind]: body });
    expect(replies).toEqual([]);
  });

  it.each([
    ['new_chat_members', { new_chat_members: [{ id: RELIABILITY_BOT.id, is_bot: true, first_name: 'Sutra' }] }],
    ['left_chat_member', { left_chat_member: user }],
    ['pinned_message', { pinned_message: msg({ chat: group, text: 'x' }) }],
    ['new_chat_title', { new_chat_title: 'New' }],
    ['group_chat_created', { group_chat_created: true }],
  ])('service message %s is ignored in a group and in a private chat', async (_name, extra) => {
    expect((await feed({ message: msg({ chat: group, from: user, ...extra }) })).replies).toEqual([]);
    expect((await feed({ message: msg({ chat: privateChat, from: user, ...extra }) })).replies).toEqual([]);
  });

  it('a huge private text (100,000 characters) gets exactly one reply', async () => {
    const { replies } = await feed({ message: msg({ chat: privateChat, from: user, text: 'Iran '.repeat(20_000) }) });
    expect(replies.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('an inline query of 10,000 characters gets exactly one answer', async () => {
    const { replies } = await feed({ inline_query: { id: 'iq1', from: user, query: 'রাশিয়া ইরান '.repeat(900).slice(0, 10_000), offset: '' } });
    expect(replies.map((c) => c.method)).toEqual(['answerInlineQuery']);
  });

  it.each([
    ['garbage', '\u0000<b>&\ud800'],
    ['well-shaped but unknown id', 'm:en:NOPE0000:3'],
    ['huge index', 'c:bn:abcdefgh:9999'],
    ['64 bytes of noise', 'x'.repeat(64)],
  ])('a callback query with %s data is answered once (a toast), nothing else', async (_name, data) => {
    const { replies } = await feed({
      callback_query: { id: `cb${nextUpdateId}`, from: user, chat_instance: 'ci', data, message: msg({ chat: privateChat, from: RELIABILITY_BOT, text: 'old' }) },
    });
    expect(replies.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });

  it('a callback query without message or data (inline message, game) is answered once', async () => {
    const { replies } = await feed({ callback_query: { id: 'cb-x', from: user, chat_instance: 'ci', inline_message_id: 'im', game_short_name: 'g' } });
    expect(replies.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});

describe('fuzzed updates', () => {
  const entity = fc.record({
    type: fc.constantFrom('bot_command', 'mention', 'text_mention', 'bold', 'url', 'hashtag'),
    offset: fc.integer({ min: -3, max: 60 }),
    length: fc.integer({ min: -3, max: 80 }),
    user: fc.option(fc.constant({ id: RELIABILITY_BOT.id, is_bot: true, first_name: 'S' }), { nil: undefined }),
  });
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom(`/ask@${ME} Russia`, `@${ME} Iran drones`, '/start', '/sources', '/ask', `/help@${ME}`, '/ask@OtherBot x', 'পুতিন'),
  );
  const chat = fc.constantFrom(privateChat, group, { id: -400, type: 'group', title: 'g' }, { id: -1009, type: 'channel', title: 'c' });
  const message = fc.record(
    {
      message_id: fc.integer({ min: 1, max: 1e6 }),
      date: fc.constant(1),
      chat,
      from: fc.constant(user),
      text,
      entities: fc.array(entity, { maxLength: 4 }),
      reply_to_message: fc.constant({ message_id: 1, date: 1, chat: group, from: RELIABILITY_BOT, text: 'earlier' }),
      via_bot: fc.constant(RELIABILITY_BOT),
      sticker: fc.constant({ file_id: 'f' }),
    },
    { requiredKeys: ['message_id', 'date', 'chat'] },
  );
  const update = fc.oneof(
    message.map((m) => ({ message: m })),
    message.map((m) => ({ channel_post: m })),
    message.map((m) => ({ edited_message: m })),
    fc.record({ id: fc.string(), from: fc.constant(user), query: text, offset: fc.string({ maxLength: 5 }) }).map((q) => ({ inline_query: q })),
    fc
      .record({ id: fc.string(), from: fc.constant(user), chat_instance: fc.constant('ci'), data: fc.string({ unit: 'binary', maxLength: 64 }), message: message })
      .map((q) => ({ callback_query: q })),
  );

  it('never reject, never more than one reply, every message valid Telegram HTML', async () => {
    let replied = 0;
    await fc.assert(
      fc.asyncProperty(update, async (u) => {
        const { replies } = await feed(u);
        expect(replies.length).toBeLessThanOrEqual(1);
        replied += replies.length;
      }),
      { seed: 1123, numRuns: 600 },
    );
    // The generator must reach the features, not only the gates.
    expect(replied).toBeGreaterThan(150);
    const failures = t.lines.filter((l) => /"msg":"(update failed|unhandled bot error)"/.test(l));
    if (failures.length) console.log(failures.slice(0, 3).join('\n'));
    expect(failures).toEqual([]);
  });
});
