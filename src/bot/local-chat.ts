/**
 * A terminal chat with the VERY SAME bot (no BOT_TOKEN needed): lines from stdin become private-chat
 * updates fed through bot.handleUpdate; outgoing API calls are intercepted and sendMessage texts are
 * printed as plain text. Buttons are listed with numbers; typing `#2` presses button 2.
 * `/quit` or end of input ends the chat.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { InlineKeyboardButton, InlineKeyboardMarkup, Update, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../answer/types.js';
import { htmlToPlain } from '../answer/render.js';
import { createBot } from './index.js';
import { createOfflineApi } from './offline-api.js';
import { entitiesOfCommand } from './local-entities.js';
import { t } from './i18n.js';
import { langForText, langFromCode } from './language.js';
import { offlineBotInfo } from './bot-info.js';

export const LOCAL_BOT: UserFromGetMe = offlineBotInfo('SutraLocalBot');

export interface LocalChatOptions {
  config: Config;
  engine: AnswerEngine;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** The pretend user's Telegram language (decides the UI of /start, /help…). */
  languageCode?: string;
  /** Printed when waiting for the next line (e.g. "> " on an interactive terminal). */
  prompt?: string;
}

/** Runs the chat until `/quit` or end of input. */
export async function runLocalChat(options: LocalChatOptions): Promise<void> {
  const { output } = options;
  const user = { id: 100, is_bot: false, first_name: 'You', language_code: options.languageCode ?? 'en' };
  const chat = { id: user.id, type: 'private' as const, first_name: user.first_name };
  let buttons: Array<{ text: string; data: string }> = [];

  const api = createOfflineApi(LOCAL_BOT, ({ method, payload }) => {
    if (method === 'sendMessage') {
      output.write(`\n${htmlToPlain(String(payload.text))}\n`);
      const keyboard = (payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard.flat() ?? [];
      const pressable = keyboard
        .filter((b): b is InlineKeyboardButton.CallbackButton => 'callback_data' in b)
        .map((b) => ({ text: b.text, data: b.callback_data }));
      // Context/Article replies carry no buttons: the last answer's buttons stay pressable.
      if (pressable.length > 0) {
        buttons = pressable;
        const lang = langForText(buttons[0]!.text, undefined);
        output.write(`${t(lang, 'local.buttons', { buttons: buttons.map((b, i) => `#${i + 1} ${b.text}`).join('  ') })}\n`);
      }
    } else if (method === 'answerCallbackQuery' && payload.text) {
      output.write(`\n(${String(payload.text)})\n`);
    }
  });
  // One person at a terminal (or a piped script) is not a flood: keep flood control out of the way.
  const config = { ...options.config, RATE_LIMIT_MAX: Math.max(options.config.RATE_LIMIT_MAX, 10_000) };
  const bot = createBot({ config, engine: options.engine, logger: options.logger, botInfo: LOCAL_BOT });
  bot.api.config.use(api.transformer);

  output.write(`${t(langFromCode(user.language_code), 'local.welcome', { count: options.engine.articles().length })}\n`);
  const lines = createInterface({ input: options.input, terminal: false });
  let updateId = 1;
  let messageId = 1;
  const prompt = () => options.prompt && output.write(`\n${options.prompt}`);
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line === '') {
      prompt();
      continue;
    }
    const press = /^#(\d+)$/.exec(line);
    let update: Update;
    if (press && buttons[Number(press[1]) - 1]) {
      const button = buttons[Number(press[1]) - 1]!;
      update = {
        update_id: updateId++,
        callback_query: {
          id: String(updateId),
          from: user,
          chat_instance: 'local',
          data: button.data,
          message: { message_id: 1, date: now(), chat, text: '' },
        },
      } as Update;
    } else {
      const entities = entitiesOfCommand(line);
      update = {
        update_id: updateId++,
        message: { message_id: messageId++, date: now(), chat, from: user, text: line, ...(entities.length ? { entities } : {}) },
      } as Update;
    }
    await bot.handleUpdate(update);
    prompt();
  }
  lines.close();
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
