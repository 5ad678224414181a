/** The bot_command entity Telegram would attach to a typed line (for the local chat). */
import type { MessageEntity } from 'grammy/types';

export function entitiesOfCommand(text: string): MessageEntity[] {
  const command = /^\/[a-zA-Z0-9_]+(@[a-zA-Z0-9_]+)?/.exec(text);
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : [];
}
