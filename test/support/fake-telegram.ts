/**
 * A fake Telegram: the state behind the Bot API (chats, messages with per-chat ids, pending callback
 * and inline queries) and the answer to every method the bot uses, with Telegram's own error format
 * and checks (message length, HTML parsing, answering a query twice…).
 *
 * One FakeTelegram serves both the in-process tests (as a grammY API transformer) and the HTTP
 * Bot API server of the end-to-end tests.
 */
import type { Transformer } from 'grammy';
import type { Chat, Message, Update, UserFromGetMe } from 'grammy/types';
import { htmlToText, telegramHtmlProblems } from './telegram-html.js';

/** Telegram's response envelope. */
export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

/** One call the bot made, with what Telegram answered. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  response: ApiResponse;
}

/** Telegram's limits that the fake enforces. */
export const LIMITS = { messageChars: 4096, callbackTextChars: 200, inlineResults: 50, inlineIdBytes: 64 } as const;

const ok = (result: unknown): ApiResponse => ({ ok: true, result });
const badRequest = (description: string): ApiResponse => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });

/** Methods that only need `true` back. */
const TRUE_METHODS: ReadonlySet<string> = new Set([
  'setMyCommands', 'deleteMyCommands', 'sendChatAction', 'deleteMessage', 'setMyDescription', 'setMyShortDescription',
  'setChatMenuButton', 'setMyName', 'setMyDefaultAdministratorRights',
]);

export class FakeTelegram {
  /** Every call, in order. */
  readonly calls: ApiCall[] = [];
  /** Methods the fake does not know (answered with 404, like Telegram). */
  readonly unknownMethods: string[] = [];
  private readonly chats = new Map<number, Chat>();
  private readonly lastMessageId = new Map<number, number>();
  private readonly messages = new Map<string, Message>();
  /** Keys of the messages the bot sent (channel posts carry no `from`, so authorship is tracked here). */
  private readonly sentByBot = new Set<string>();
  private readonly pendingCallbacks = new Set<string>();
  private readonly pendingInline = new Set<string>();
  private commands: unknown[] = [];
  private webhook: { url: string; secret_token?: string } = { url: '' };

  constructor(readonly botInfo: UserFromGetMe) {}

  /** A grammY transformer answering every call from this fake (install with `bot.api.config.use`). */
  readonly transformer: Transformer = async (_prev, method, payload) =>
    // The transformer's generic result type cannot be known per method.
    this.call(method, (payload ?? {}) as Record<string, unknown>) as never;

  /** Answers one Bot API call and records it. */
  call(method: string, payload: Record<string, unknown>): ApiResponse {
    const response = this.answer(method, payload);
    this.calls.push({ method, payload, response });
    return response;
  }

  /** Calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Registers the chats, messages and queries of an update the bot is about to receive. */
  observe(update: Update): void {
    const message = update.message ?? update.channel_post ?? update.edited_message ?? update.callback_query?.message;
    if (message) {
      this.chats.set(message.chat.id, message.chat as Chat);
      this.remember(message as Message);
    }
    if (update.callback_query) this.pendingCallbacks.add(update.callback_query.id);
    if (update.inline_query) this.pendingInline.add(update.inline_query.id);
  }

  /** The next message id in a chat (ids grow per chat, shared by users and the bot, as in Telegram). */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  /** The bot's most recent message in a chat, optionally only one with an inline keyboard. */
  lastBotMessage(chatId: number, withKeyboard = false): Message | undefined {
    let found: Message | undefined;
    for (const [key, message] of this.messages) {
      if (message.chat.id !== chatId || !this.sentByBot.has(key)) continue;
      if (withKeyboard && !message.reply_markup) continue;
      if (!found || message.message_id > found.message_id) found = message;
    }
    return found;
  }

  /** The webhook the bot set (url '' when none). */
  get webhookInfo(): { url: string; secret_token?: string } {
    return this.webhook;
  }

  private remember(message: Message): void {
    this.messages.set(`${message.chat.id}:${message.message_id}`, message);
    const last = this.lastMessageId.get(message.chat.id) ?? 0;
    if (message.message_id > last) this.lastMessageId.set(message.chat.id, message.message_id);
  }

  private answer(method: string, payload: Record<string, unknown>): ApiResponse {
    switch (method) {
      case 'getMe':
        return ok(this.botInfo);
      case 'getUpdates':
        return ok([]);
      case 'sendMessage':
        return this.sendMessage(payload);
      case 'editMessageText':
        return this.editMessageText(payload);
      case 'answerCallbackQuery':
        return this.answerCallbackQuery(payload);
      case 'answerInlineQuery':
        return this.answerInlineQuery(payload);
      case 'setWebhook':
        this.webhook = { url: String(payload.url ?? ''), ...(payload.secret_token ? { secret_token: String(payload.secret_token) } : {}) };
        return ok(true);
      case 'deleteWebhook':
        this.webhook = { url: '' };
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: this.webhook.url, has_custom_certificate: false, pending_update_count: 0 });
      case 'getMyCommands':
        return ok(this.commands);
      case 'setMyCommands':
        this.commands = Array.isArray(payload.commands) ? payload.commands : [];
        return ok(true);
      case 'close':
      case 'logOut':
        return ok(true);
      default:
        if (TRUE_METHODS.has(method)) return ok(true);
        this.unknownMethods.push(method);
        return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    }
  }

  private sendMessage(payload: Record<string, unknown>): ApiResponse {
    const chat = this.chats.get(Number(payload.chat_id));
    if (!chat) return badRequest('chat not found');
    const problem = this.textProblem(payload.text, payload.parse_mode);
    if (problem) return badRequest(problem);
    const reply = payload.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
    const replied = reply?.message_id === undefined ? undefined : this.messages.get(`${chat.id}:${reply.message_id}`);
    if (reply?.message_id !== undefined && !replied && !reply.allow_sending_without_reply) {
      return badRequest('message to be replied not found');
    }
    const message = {
      message_id: this.nextMessageId(chat.id),
      date: Math.floor(Date.now() / 1000),
      chat,
      ...(chat.type === 'channel'
        ? { sender_chat: chat }
        : { from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username } }),
      text: this.shownText(payload),
      ...(replied ? { reply_to_message: replied } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as Message;
    this.remember(message);
    this.sentByBot.add(`${chat.id}:${message.message_id}`);
    return ok(message);
  }

  private editMessageText(payload: Record<string, unknown>): ApiResponse {
    if (payload.inline_message_id !== undefined) return ok(true);
    const key = `${Number(payload.chat_id)}:${Number(payload.message_id)}`;
    const existing = this.messages.get(key);
    if (!existing) return badRequest('message to edit not found');
    const problem = this.textProblem(payload.text, payload.parse_mode);
    if (problem) return badRequest(problem);
    const text = this.shownText(payload);
    if (text === existing.text && JSON.stringify(payload.reply_markup) === JSON.stringify(existing.reply_markup)) {
      return badRequest('message is not modified: specified new message content and reply markup are exactly the same');
    }
    const edited = { ...existing, text, edit_date: Math.floor(Date.now() / 1000), reply_markup: payload.reply_markup } as Message;
    this.messages.set(key, edited);
    return ok(edited);
  }

  private answerCallbackQuery(payload: Record<string, unknown>): ApiResponse {
    const id = String(payload.callback_query_id ?? '');
    if (!this.pendingCallbacks.delete(id)) return badRequest('query is too old and response timeout expired or query ID is invalid');
    if (typeof payload.text === 'string' && payload.text.length > LIMITS.callbackTextChars) return badRequest('MESSAGE_TOO_LONG');
    return ok(true);
  }

  private answerInlineQuery(payload: Record<string, unknown>): ApiResponse {
    const id = String(payload.inline_query_id ?? '');
    if (!this.pendingInline.delete(id)) return badRequest('query is too old and response timeout expired or query ID is invalid');
    const results = Array.isArray(payload.results) ? (payload.results as Array<Record<string, unknown>>) : undefined;
    if (!results) return badRequest('field "results" must be an array');
    if (results.length > LIMITS.inlineResults) return badRequest('RESULTS_TOO_MUCH');
    const ids = new Set<string>();
    for (const result of results) {
      const resultId = String(result.id ?? '');
      if (resultId === '' || Buffer.byteLength(resultId) > LIMITS.inlineIdBytes) return badRequest('RESULT_ID_INVALID');
      if (ids.has(resultId)) return badRequest('RESULT_ID_DUPLICATE');
      ids.add(resultId);
      const content = result.input_message_content as Record<string, unknown> | undefined;
      const problem = this.textProblem(content?.message_text, content?.parse_mode);
      if (problem) return badRequest(problem);
    }
    return ok(true);
  }

  /** Telegram's complaint about a message text, if any. */
  private textProblem(text: unknown, parseMode: unknown): string | undefined {
    if (typeof text !== 'string' || text.trim() === '') return 'message text is empty';
    if (parseMode === 'HTML') {
      const problems = telegramHtmlProblems(text);
      if (problems.length > 0) return `can't parse entities: ${problems[0]}`;
    }
    const shown = parseMode === 'HTML' ? htmlToText(text) : text;
    if (shown.length > LIMITS.messageChars) return 'message is too long';
    return undefined;
  }

  private shownText(payload: Record<string, unknown>): string {
    const text = String(payload.text ?? '');
    return payload.parse_mode === 'HTML' ? htmlToText(text) : text;
  }
}
