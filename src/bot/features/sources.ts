/** /sources: the articles the bot can quote, with headline, outlet and date where known. */
import { Composer } from 'grammy';
import type { ArticleInfo, UiLang } from '../../answer/types.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { replyHtml, uiLangOf } from '../reply.js';
import { isCommand } from './predicates.js';

/** The /sources messages (usually one; split if the corpus is large). */
export function sourcesMessages(lang: UiLang, articles: ArticleInfo[]): string[] {
  if (articles.length === 0) return [tHtml(lang, 'sources.empty')];
  const unknown = t(lang, 'sources.unknown');
  const lines = articles.map((a, i) =>
    tHtml(lang, 'sources.item', {
      n: i + 1,
      headline: clip(a.title ?? t(lang, 'sources.untitled')),
      outlet: clip(a.outlet ?? unknown),
      date: clip(a.date ?? unknown),
      id: clip(a.id),
    }),
  );
  // Lines are already HTML (each bounded by clip), so they are packed whole, never cut.
  const header = tHtml(lang, 'sources.header', { count: articles.length });
  const messages: string[] = [];
  let current = header;
  for (const line of lines) {
    if (current.length + 1 + line.length > 4000) {
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

/** Keeps one list line far below the message limit whatever the article metadata holds. */
function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
