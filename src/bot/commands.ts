/** The command menu (setMyCommands) in English (default) and Bengali. */
import type { Api } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import type { Logger } from 'pino';
import type { UiLang } from '../answer/types.js';
import { KNOWN_COMMANDS } from './addressing.js';
import { t } from './i18n.js';

/** The menu entries in `lang`. */
export function commandList(lang: UiLang): BotCommand[] {
  return KNOWN_COMMANDS.map((command) => ({
    command,
    description: t(lang, `commands.${command}`),
  }));
}

/** Registers the menu; a failure is logged and start-up goes on (the bot works without a menu). */
export async function registerCommands(api: Api, logger: Logger): Promise<void> {
  // The default menu (no language_code) is English; users with bn or en clients get their own.
  const menus: ReadonlyArray<{ lang: UiLang; language_code?: LanguageCode }> = [
    { lang: 'en' },
    { lang: 'en', language_code: 'en' },
    { lang: 'bn', language_code: 'bn' },
  ];
  for (const { lang, language_code } of menus) {
    try {
      await api.setMyCommands(commandList(lang), language_code ? { language_code } : {});
    } catch (err) {
      logger.warn({ err, language_code: language_code ?? 'default' }, 'setMyCommands failed; continuing without it');
    }
  }
}
