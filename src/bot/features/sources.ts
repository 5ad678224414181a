/** /sources: the articles the bot can quote, with headline, outlet and date where known. */
import { Composer } from 'grammy';
import type { ArticleInfo, UiLang } from '../../answer/types.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { replyHtml, uiLangOf } from '../reply.js';
import { isCommand } from './predicates.js';
import { clip } from '../../answer/render.js';

/** Longest headline, outlet, date or id shown in a list or a header. */
const FIELD_MAX = 300;
/** Longest /sources message: a little under Telegram's 4,096 so whole lines are packed with room to spare. */
const SOURCES_MESSAGE_MAX = 4000;

/**
 * An article's headline, outlet, date and id as shown to people: what the article does not state is said to be
 * unknown (never guessed), and long fields are clipped. `untitled` names a missing headline.
 */
export function articleFields(lang: UiLang, info: ArticleInfo, untitled: string) {
  const unknown = t(lang, 'sources.unknown');
  return {
    headline: clip(info.title ?? untitled, FIELD_MAX),
    outlet: clip(info.outlet ?? unknown, FIELD_MAX),
    date: clip(info.date ?? unknown, FIELD_MAX),
    id: clip(info.id, FIELD_MAX),
  };
}

/** The /sources messages (usually one; split if the corpus is large). */
export function sourcesMessages(lang: UiLang, articles: ArticleInfo[]): string[] {
  if (articles.length === 0) return [tHtml(lang, 'sources.empty')];
  const lines = articles.map((a, i) =>
    tHtml(lang, 'sources.item', { n: i + 1, ...articleFields(lang, a, t(lang, 'sources.untitled')) }),
  );
  // Lines are already HTML (each bounded by clip), so they are packed whole, never cut.
  const header = tHtml(lang, 'sources.header', { count: articles.length });
  const messages: string[] = [];
  let current = header;
  for (const line of lines) {
    if (current.length + 1 + line.length > SOURCES_MESSAGE_MAX) {
      messages.push(current);
      current = line;
    } else current += `\n${line}`;
  }
  messages.push(current);
  return messages;
}

export const sourcesFeature = new Composer<BotContext>();

sourcesFeature.filter(isCommand('sources'), async (ctx) => {
  for (const message of sourcesMessages(uiLangOf(ctx), ctx.services.engine.articles())) {
    await replyHtml(ctx, message);
  }
});
