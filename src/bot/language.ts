/**
 * Choosing the interface language when there is no Answer to take `uiLang` from.
 */
import type { UiLang } from '../answer/types.js';

const BENGALI_SCRIPT = /[\u0980-\u09FF]/;

/** Telegram's `language_code` → UI language: Bengali for `bn…`, English otherwise. */
export function langFromCode(languageCode: string | undefined): UiLang {
  return languageCode?.toLowerCase().startsWith('bn') ? 'bn' : 'en';
}

/**
 * UI language for a reply about a message the engine will not see (too long, no letters):
 * Bengali script in the text wins; otherwise the user's Telegram language.
 */
export function langForText(text: string, languageCode: string | undefined): UiLang {
  return BENGALI_SCRIPT.test(text) ? 'bn' : langFromCode(languageCode);
}
