/**
 * An API transformer that never calls Telegram: it records every outgoing call and returns a
 * realistic result (sendMessage → a Message with a fresh id, answer* → true, getMe → the bot).
 * Used by the local terminal chat and by tests; install with `bot.api.config.use(api.transformer)`.
 */
import type { Transformer } from 'grammy';
import type { Chat, Message, UserFromGetMe } from 'grammy/types';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface OfflineApi {
  transformer: Transformer;
  /** Every call made so far, in order. */
  calls: RecordedCall[];
  /** Calls of one method (e.g. 'sendMessage'). */
  callsOf(method: string): RecordedCall[];
}

/** `onCall` sees each call as it happens; throwing from it makes the call fail (to test error paths). */
export function createOfflineApi(botInfo: UserFromGetMe, onCall?: (call: RecordedCall) => void): OfflineApi {
  const calls: RecordedCall[] = [];
  let nextMessageId = 1000;
  const transformer: Transformer = async (_prev, method, payload) => {
    const call = { method, payload: { ...(payload as Record<string, unknown>) } };
    calls.push(call);
    onCall?.(call);
    const result = fakeResult(method, call.payload, botInfo, () => nextMessageId++);
    // The transformer's generic signature cannot know the per-method result type.
    return { ok: true, result } as never;
  };
  return { transformer, calls, callsOf: (m) => calls.filter((c) => c.method === m) };
}

/** A result shaped like Telegram's for `method`: what the bot reads back from its own calls (tests reuse it). */
export function fakeResult(
  method: string,
  payload: Record<string, unknown>,
  botInfo: UserFromGetMe,
  newId: () => number,
): unknown {
  switch (method) {
    case 'getMe':
      return botInfo;
    case 'sendMessage':
    case 'editMessageText': {
      const chatId = Number(payload.chat_id);
      const chat = (chatId > 0 ? { id: chatId, type: 'private', first_name: 'User' } : { id: chatId, type: 'supergroup', title: 'Group' }) as Chat;
      const message = {
        message_id: newId(),
        date: Math.floor(Date.now() / 1000),
        chat,
        from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
        text: String(payload.text ?? ''),
      } as Message.TextMessage;
      return message;
    }
    case 'getUpdates':
      return [];
    default:
      return true;
  }
}
