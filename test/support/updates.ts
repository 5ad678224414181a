/**
 * Builds updates shaped like Telegram's: increasing update ids, per-chat message ids shared with the
 * bot's own messages, dates in seconds, `bot_command` and `mention` entities where Telegram puts them,
 * callback queries carrying the bot's real message and button data, inline queries.
 *
 * Every update is registered with the FakeTelegram, so the bot can reply to it.
 */
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import type { FakeTelegram } from './fake-telegram.js';

export type ChatKind = 'private' | 'group' | 'supergroup' | 'channel';

/** A person talking to the bot. */
export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

/** Fixed ids for the shared chats (private chats use the user's id, as Telegram does). */
export const CHAT_IDS = { group: -4_001_234_567, supergroup: -1_001_234_567_890, channel: -1_009_876_543_210 } as const;

const now = () => Math.floor(Date.now() / 1000);

/**
 * Entities Telegram attaches to a text: every `/command[@bot]` at a word start and every `@username`.
 * Offsets are UTF-16 code units in Telegram as in JS strings, so match indices are used as they are.
 */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const m of text.matchAll(/(?<=^|\s)\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?=$|\s|[.,!?])/g)) {
    entities.push({ type: 'bot_command', offset: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/(?<![\w/@])@[a-zA-Z][a-zA-Z0-9_]{3,31}(?![\w@])/g)) {
    const inCommand = entities.some((e) => e.type === 'bot_command' && m.index >= e.offset && m.index < e.offset + e.length);
    if (!inCommand) entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return entities.sort((a, b) => a.offset - b.offset);
}

export class UpdateFactory {
  private updateId = 100_000;
  private callbackSeq = 0;
  private inlineSeq = 0;

  constructor(private readonly telegram: FakeTelegram) {}

  /** The chat object for a kind of chat (a private chat is the person's own). */
  chat(kind: ChatKind, person?: Person): Chat {
    switch (kind) {
      case 'private':
        if (!person) throw new Error('a private chat needs a person');
        return { id: person.id, type: 'private', first_name: person.first_name };
      case 'group':
        return { id: CHAT_IDS.group, type: 'group', title: 'রাজনীতি আড্ডা' };
      case 'supergroup':
        return { id: CHAT_IDS.supergroup, type: 'supergroup', title: 'World News Readers', username: 'worldnewsreaders' };
      case 'channel':
        return { id: CHAT_IDS.channel, type: 'channel', title: 'Sutra Digest', username: 'sutradigest' };
    }
  }

  /**
   * A text message (or channel post) from `person` in a chat of `kind`; `replyTo` makes it a reply,
   * `viaBot` marks it as sent through that bot's inline mode.
   */
  text(kind: ChatKind, person: Person | undefined, text: string, replyTo?: Message, viaBot?: User): Update {
    const entities = entitiesOf(text);
    const message = {
      ...this.envelope(kind, person),
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...(viaBot ? { via_bot: viaBot } : {}),
    };
    return this.wrap(kind, message as Message);
  }

  /** A sticker or a photo (no text) from `person`. */
  media(kind: ChatKind, person: Person | undefined, media: 'sticker' | 'photo'): Update {
    const fileId = (n: number) => `AgAC${n.toString(36)}x${this.updateId.toString(36)}`;
    const content =
      media === 'sticker'
        ? { sticker: { file_id: fileId(1), file_unique_id: 'AQADsticker', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '👍' } }
        : { photo: [{ file_id: fileId(2), file_unique_id: 'AQADphoto', width: 90, height: 90, file_size: 1200 }, { file_id: fileId(3), file_unique_id: 'AQADphotoL', width: 1280, height: 960, file_size: 98000 }] };
    return this.wrap(kind, { ...this.envelope(kind, person), ...content } as Message);
  }

  /** A press of a button with `data` under the bot's `message`, by `person`. */
  callback(person: Person, message: Message, data: string): Update {
    return this.register({
      update_id: this.nextUpdateId(),
      callback_query: {
        id: `${person.id}${String(++this.callbackSeq).padStart(6, '0')}`,
        from: this.user(person),
        message,
        chat_instance: `-${Math.abs(message.chat.id) % 9_000_000_000_000}`,
        data,
      },
    } as Update);
  }

  /** An inline query `@bot query` typed by `person`. */
  inline(person: Person, query: string): Update {
    return this.register({
      update_id: this.nextUpdateId(),
      inline_query: { id: `${person.id}${String(++this.inlineSeq).padStart(5, '0')}`, from: this.user(person), query, offset: '', chat_type: 'private' },
    } as Update);
  }

  private envelope(kind: ChatKind, person: Person | undefined) {
    const chat = this.chat(kind, person);
    const base = { message_id: this.telegram.nextMessageId(chat.id), date: now(), chat };
    if (kind === 'channel') return { ...base, sender_chat: chat };
    if (!person) throw new Error(`a ${kind} message needs a person`);
    return { ...base, from: this.user(person) };
  }

  private wrap(kind: ChatKind, message: Message): Update {
    const update = kind === 'channel' ? { channel_post: message } : { message };
    return this.register({ update_id: this.nextUpdateId(), ...update } as Update);
  }

  private user(person: Person): User {
    return { id: person.id, is_bot: false, first_name: person.first_name, ...(person.language_code ? { language_code: person.language_code } : {}) };
  }

  private nextUpdateId(): number {
    return ++this.updateId;
  }

  private register(update: Update): Update {
    this.telegram.observe(update);
    return update;
  }
}
