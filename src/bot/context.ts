/**
 * The bot's custom context: grammY's Context plus the services every feature needs and what the
 * addressing gate found out about the message.
 */
import { Context, type Api } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Answer, AnswerEngine, UiLang } from '../answer/types.js';
import type { ResultStore } from './result-store.js';
import type { Addressed } from './addressing.js';

/** What a stored result keeps for its buttons. */
export interface StoredResult {
  answer: Answer;
}

/** Long-lived services shared by all updates of one bot. */
export interface BotServices {
  config: Config;
  engine: AnswerEngine;
  logger: Logger;
  results: ResultStore<StoredResult>;
}

export class BotContext extends Context {
  /** Set by the addressing gate for message/channel_post updates that are meant for this bot. */
  addressed?: Addressed;
  /** Interface language decided so far (by the engine's answer, or the user's language_code). */
  uiLang?: UiLang;
  /** True once this update's callback query was answered (Telegram refuses a second answer). */
  callbackAnswered?: boolean;

  constructor(
    update: Update,
    api: Api,
    me: UserFromGetMe,
    readonly services: BotServices,
  ) {
    super(update, api, me);
  }
}

/** A ContextConstructor binding the services, for `new Bot(token, { ContextConstructor })`. */
export function contextConstructorFor(services: BotServices) {
  return class extends BotContext {
    constructor(update: Update, api: Api, me: UserFromGetMe) {
      super(update, api, me, services);
    }
  };
}
