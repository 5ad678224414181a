/**
 * Decides whether a message is addressed to this bot and what it asks — one pure function, so the
 * group rules (privacy mode, /cmd@OtherBot, replies, mentions) are tested without Telegram.
 */
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

/** Commands the bot understands, in menu order. */
export const KNOWN_COMMANDS = ['start', 'help', 'ask', 'sources'] as const;
export type KnownCommand = (typeof KNOWN_COMMANDS)[number];
const KNOWN_COMMAND_SET: ReadonlySet<string> = new Set<string>(KNOWN_COMMANDS);

export type Addressed =
  /** A command for us (in private chats a plain message is `ask`). `text` is what follows it, trimmed. */
  | { kind: 'command'; command: KnownCommand; text: string }
  /** `/something` we do not know, sent to us. */
  | { kind: 'unknown-command'; command: string }
  /** A sticker, photo, voice note… sent to us in a private chat. */
  | { kind: 'not-text' };

/**
 * What a message asks of this bot, or undefined when it is not addressed to it (then the bot stays silent).
 *
 * - private chat: every text is a question; commands are honoured; non-text → `not-text`.
 * - group/supergroup: `/cmd` or `/cmd@ThisBot`, a reply to one of our messages, or a mention of
 *   @ThisBot (the mention is removed from the question). `/cmd@OtherBot` is never ours.
 * - channel: a post starting with `/ask` or mentioning @ThisBot.
 * - anywhere: a message sent via this bot's inline mode is never a question.
 */
export function addressedTo(message: Message, me: UserFromGetMe): Addressed | undefined {
  // A message posted through our own inline mode is our quote, not a question (even in a private chat).
  if (message.via_bot?.id === me.id) return undefined;
  const chatType = message.chat.type;
  const text = message.text;
  if (text === undefined) {
    return chatType === 'private' && !isServiceMessage(message) ? { kind: 'not-text' } : undefined;
  }
  const entities = message.entities ?? [];

  const command = leadingCommand(text, entities);
  if (command) {
    if (command.target && command.target.toLowerCase() !== me.username.toLowerCase()) return undefined;
    if (!KNOWN_COMMAND_SET.has(command.name)) {
      // In a group, a bare unknown command is most likely for another bot: stay silent.
      if (chatType === 'private' || command.target) return { kind: 'unknown-command', command: command.name };
      return undefined;
    }
    if (chatType === 'channel' && command.name !== 'ask') return undefined;
    return { kind: 'command', command: command.name as KnownCommand, text: stripMentions(command.rest, entities, me, command.restOffset).trim() };
  }

  if (chatType === 'private') return { kind: 'command', command: 'ask', text: text.trim() };

  const mentioned = entities.some((e) => isMentionOf(e, text, me));
  const repliesToUs = message.reply_to_message?.from?.id === me.id;
  if (!mentioned && !(repliesToUs && chatType !== 'channel')) return undefined;
  return { kind: 'command', command: 'ask', text: stripMentions(text, entities, me, 0).trim() };
}

interface LeadingCommand {
  name: string;
  target?: string;
  rest: string;
  /** Offset of `rest` within the whole text (for entity offsets). */
  restOffset: number;
}

function leadingCommand(text: string, entities: MessageEntity[]): LeadingCommand | undefined {
  const entity = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return undefined;
  const raw = text.slice(1, entity.length);
  const at = raw.indexOf('@');
  const name = (at === -1 ? raw : raw.slice(0, at)).toLowerCase();
  const target = at === -1 ? undefined : raw.slice(at + 1);
  return { name, target, rest: text.slice(entity.length), restOffset: entity.length };
}

function isMentionOf(entity: MessageEntity, text: string, me: UserFromGetMe): boolean {
  if (entity.type === 'text_mention') return entity.user.id === me.id;
  if (entity.type !== 'mention') return false;
  return text.slice(entity.offset + 1, entity.offset + entity.length).toLowerCase() === me.username.toLowerCase();
}

/** Removes mentions of this bot from `text` (a slice of the message starting at `offsetInMessage`). */
function stripMentions(text: string, entities: MessageEntity[], me: UserFromGetMe, offsetInMessage: number): string {
  const full = ' '.repeat(offsetInMessage) + text;
  const cuts = entities
    .filter((e) => e.offset >= offsetInMessage && isMentionOf(e, full, me))
    .sort((a, b) => b.offset - a.offset);
  let result = full;
  for (const e of cuts) result = result.slice(0, e.offset) + ' ' + result.slice(e.offset + e.length);
  return result.slice(offsetInMessage).replace(/[ \t]{2,}/g, ' ');
}

/** Joins, pins, title changes… carry no text and are not a user talking to us. */
function isServiceMessage(message: Message): boolean {
  return (
    'new_chat_members' in message ||
    'left_chat_member' in message ||
    'pinned_message' in message ||
    'new_chat_title' in message ||
    'group_chat_created' in message ||
    'migrate_from_chat_id' in message
  );
}
