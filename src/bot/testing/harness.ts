/**
 * Drives createBot in-process: builds updates (private, group, channel, callback, inline), feeds them
 * through bot.handleUpdate and records every outgoing API call with the offline API transformer.
 * For the bot's own tests and for data-driven conversation scripts.
 */
import pino from 'pino';
import type { Update, UserFromGetMe, MessageEntity } from 'grammy/types';
import { parseConfig, type Config } from '../../config.js';
import type { AnswerEngine } from '../../answer/types.js';
import { createBot } from '../index.js';
import { createOfflineApi, type OfflineApi } from '../offline-api.js';
import { offlineBotInfo } from '../bot-info.js';
import { entitiesOfCommand } from '../local-entities.js';

export const TEST_BOT: UserFromGetMe = offlineBotInfo('SutraTestBot', 4242);

export const GROUP_ID = -100123;
export const CHANNEL_ID = -100999;

export interface Harness {
  bot: ReturnType<typeof createBot>;
  api: OfflineApi;
  config: Config;
  /** Sends an update and waits until the bot handled it. */
  send(update: Omit<Update, 'update_id'>): Promise<void>;
  /** Texts of sendMessage calls since the last `take()`, and forgets them. */
  take(): OfflineApi['calls'];
}

let updateId = 1;
let messageId = 1;

/**
 * A bot over `engine` with offline API; `env` overrides config variables. Flood control is relaxed
 * (1,000 per window) unless `env` sets RATE_LIMIT_MAX, so long scripts are not throttled.
 */
export function createHarness(engine: AnswerEngine, env: Record<string, string> = {}): Harness {
  const config = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000', ...env });
  const logger = pino({ level: 'silent' });
  const bot = createBot({ config, engine, logger, botInfo: TEST_BOT });
  const api = createOfflineApi(TEST_BOT);
  bot.api.config.use(api.transformer);
  let seen = 0;
  return {
    bot,
    api,
    config,
    send: (update) => bot.handleUpdate({ update_id: updateId++, ...update } as Update),
    take() {
      const fresh = api.calls.slice(seen);
      seen = api.calls.length;
      return fresh;
    },
  };
}

export interface UserOptions {
  userId?: number;
  languageCode?: string;
}

function user({ userId = 7, languageCode = 'en' }: UserOptions = {}) {
  return { id: userId, is_bot: false, first_name: 'Asker', language_code: languageCode };
}

/** Entities Telegram would attach: a leading /command and every @mention. */
export function entitiesOf(text: string): MessageEntity[] {
  const entities = entitiesOfCommand(text);
  const commandLength = entities[0]?.length ?? 0;
  for (const m of text.matchAll(/@[a-zA-Z0-9_]{3,}/g)) {
    if (m.index! < commandLength) continue;
    entities.push({ type: 'mention', offset: m.index!, length: m[0].length });
  }
  return entities;
}

/** A private-chat text message update. */
export function privateText(text: string, options: UserOptions = {}): Omit<Update, 'update_id'> {
  const from = user(options);
  const entities = entitiesOf(text);
  return {
    message: {
      message_id: messageId++,
      date: 1,
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      text,
      ...(entities.length ? { entities } : {}),
    } as never,
  };
}

/** A private-chat message without text (sticker, photo…): `extra` holds the media field. */
export function privateMedia(extra: Record<string, unknown>, options: UserOptions = {}): Omit<Update, 'update_id'> {
  const from = user(options);
  return {
    message: { message_id: messageId++, date: 1, chat: { id: from.id, type: 'private', first_name: from.first_name }, from, ...extra } as never,
  };
}

/** A group text message; `replyToBot` makes it a reply to one of the bot's messages. */
export function groupText(text: string, options: UserOptions & { replyToBot?: boolean } = {}): Omit<Update, 'update_id'> {
  const from = user(options);
  const chat = { id: GROUP_ID, type: 'supergroup' as const, title: 'Group' };
  const entities = entitiesOf(text);
  return {
    message: {
      message_id: messageId++,
      date: 1,
      chat,
      from,
      text,
      ...(entities.length ? { entities } : {}),
      ...(options.replyToBot
        ? { reply_to_message: { message_id: 1, date: 1, chat, from: { id: TEST_BOT.id, is_bot: true, first_name: 'Sutra' }, text: 'earlier answer' } }
        : {}),
    } as never,
  };
}

/** A channel post. */
export function channelPost(text: string): Omit<Update, 'update_id'> {
  const entities = entitiesOf(text);
  return {
    channel_post: {
      message_id: messageId++,
      date: 1,
      chat: { id: CHANNEL_ID, type: 'channel', title: 'Channel' },
      sender_chat: { id: CHANNEL_ID, type: 'channel', title: 'Channel' },
      text,
      ...(entities.length ? { entities } : {}),
    } as never,
  };
}

/** A button press on a bot message in `chatId` (private by default). */
export function callbackQuery(data: string, options: UserOptions & { chatId?: number } = {}): Omit<Update, 'update_id'> {
  const from = user(options);
  const chatId = options.chatId ?? from.id;
  return {
    callback_query: {
      id: `cb${updateId}`,
      from,
      chat_instance: 'ci',
      data,
      message: {
        message_id: 555,
        date: 1,
        chat: chatId > 0 ? { id: chatId, type: 'private', first_name: 'Asker' } : { id: chatId, type: 'supergroup', title: 'Group' },
        from: { id: TEST_BOT.id, is_bot: true, first_name: 'Sutra' },
        text: 'answer',
      },
    },
  } as Omit<Update, 'update_id'>;
}

/** An inline query. */
export function inlineQuery(query: string, options: UserOptions = {}): Omit<Update, 'update_id'> {
  return { inline_query: { id: `iq${updateId}`, from: user(options), query, offset: '' } };
}
