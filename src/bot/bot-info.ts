import type { UserFromGetMe } from 'grammy/types';

/**
 * The bot's own user as `getMe` would return it, for a bot that never calls Telegram (the local terminal chat, tests,
 * benchmarks): with `botInfo` given, createBot needs no getMe call before handling updates.
 */
export function offlineBotInfo(username: string, id = 1): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: 'Sutra',
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
}
