import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { addressedTo } from './addressing.js';
import { entitiesOf, TEST_BOT } from './testing/harness.js';

function message(text: string | undefined, chatType: 'private' | 'supergroup' | 'channel', extra: object = {}): Message {
  const chat = chatType === 'private' ? { id: 1, type: 'private', first_name: 'A' } : { id: -1, type: chatType, title: 'T' };
  const entities = text ? entitiesOf(text) : [];
  return { message_id: 1, date: 1, chat, ...(text !== undefined ? { text } : {}), ...(entities.length ? { entities } : {}), ...extra } as Message;
}

describe('addressedTo', () => {
  it('treats any private text as a question and honours commands', () => {
    expect(addressedTo(message('  moscow? ', 'private'), TEST_BOT)).toEqual({ kind: 'command', command: 'ask', text: 'moscow?' });
    expect(addressedTo(message('/START', 'private'), TEST_BOT)).toEqual({ kind: 'command', command: 'start', text: '' });
    expect(addressedTo(message('/ask', 'private'), TEST_BOT)).toEqual({ kind: 'command', command: 'ask', text: '' });
    expect(addressedTo(message('/nope', 'private'), TEST_BOT)).toEqual({ kind: 'unknown-command', command: 'nope' });
    expect(addressedTo(message(undefined, 'private', { sticker: {} }), TEST_BOT)).toEqual({ kind: 'not-text' });
  });

  it('in groups answers only commands to us, mentions and replies to us', () => {
    expect(addressedTo(message('hello all', 'supergroup'), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('/ask@OtherBot q', 'supergroup'), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('/ask@othERbot q', 'private'), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('/other', 'supergroup'), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('/other@SutraTestBot', 'supergroup'), TEST_BOT)).toEqual({ kind: 'unknown-command', command: 'other' });
    expect(addressedTo(message('/ask@sutratestbot  who met? ', 'supergroup'), TEST_BOT)).toEqual({ kind: 'command', command: 'ask', text: 'who met?' });
    expect(addressedTo(message('@SutraTestBot who met @SutraTestBot?', 'supergroup'), TEST_BOT)).toEqual({ kind: 'command', command: 'ask', text: 'who met ?' });
    expect(addressedTo(message('ask @SomeoneElse', 'supergroup'), TEST_BOT)).toBeUndefined();
    const reply = { reply_to_message: { message_id: 9, date: 1, chat: { id: -1, type: 'supergroup', title: 'T' }, from: { id: TEST_BOT.id, is_bot: true, first_name: 'S' } } };
    expect(addressedTo(message('and then?', 'supergroup', reply), TEST_BOT)).toEqual({ kind: 'command', command: 'ask', text: 'and then?' });
    expect(addressedTo(message(undefined, 'supergroup', { sticker: {}, ...reply }), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message(undefined, 'supergroup', { new_chat_members: [] }), TEST_BOT)).toBeUndefined();
  });

  it('ignores messages posted through its own inline mode', () => {
    const viaUs = { via_bot: { id: TEST_BOT.id, is_bot: true, first_name: 'S', username: TEST_BOT.username } };
    expect(addressedTo(message('[1] a quote', 'private', viaUs), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('@SutraTestBot quote', 'supergroup', viaUs), TEST_BOT)).toBeUndefined();
    const viaOther = { via_bot: { id: 1, is_bot: true, first_name: 'O', username: 'OtherBot' } };
    expect(addressedTo(message('a question', 'private', viaOther), TEST_BOT)).toMatchObject({ command: 'ask' });
  });

  it('in channels answers /ask and mentions only', () => {
    expect(addressedTo(message('/ask q', 'channel'), TEST_BOT)).toMatchObject({ command: 'ask', text: 'q' });
    expect(addressedTo(message('/start', 'channel'), TEST_BOT)).toBeUndefined();
    expect(addressedTo(message('news @SutraTestBot', 'channel'), TEST_BOT)).toMatchObject({ command: 'ask', text: 'news' });
    expect(addressedTo(message('news', 'channel'), TEST_BOT)).toBeUndefined();
  });
});
