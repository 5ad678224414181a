/**
 * Sending HTML replies the same way everywhere: parse mode HTML, link previews off, and in groups
 * and channels a reply to the asker's message (kept even if that message was deleted meanwhile).
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { UiLang } from '../answer/types.js';
import type { BotContext } from './context.js';
import { langFromCode } from './language.js';

export interface ReplyExtra {
  reply_markup?: InlineKeyboardMarkup;
  /** Message to reply to in groups/channels; defaults to the message that triggered the update. */
  replyToMessageId?: number;
}

/** Sends `html` to the chat of the update; returns the sent message. */
export async function replyHtml(ctx: BotContext, html: string, extra: ReplyExtra = {}) {
  const chat = ctx.chat;
  if (!chat) throw new Error('replyHtml needs an update with a chat');
  const replyTo = extra.replyToMessageId ?? ctx.msg?.message_id;
  const inConversation = chat.type !== 'private' && replyTo !== undefined;
  return ctx.api.sendMessage(chat.id, html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(inConversation ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    ...(extra.reply_markup ? { reply_markup: extra.reply_markup } : {}),
  });
}

/** The interface language for this update when no answer decided it: remembered, else language_code. */
export function uiLangOf(ctx: BotContext): UiLang {
  return ctx.uiLang ?? langFromCode(ctx.from?.language_code);
}
