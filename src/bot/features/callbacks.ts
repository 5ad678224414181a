/**
 * Answer buttons: More (next snippets), Context (the paragraph around a snippet), Article (the whole
 * cleaned article in ≤4,096-character parts). Every callback query is answered — with a toast when
 * the stored result expired or the button is unknown.
 */
import { Composer } from 'grammy';
import type { Citation, UiLang } from '../../answer/types.js';
import { highlightHtml, TELEGRAM_MESSAGE_LIMIT } from '../../answer/render.js';
import { decodeButton } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { splitIntoMessages } from '../long-text.js';
import { replyHtml } from '../reply.js';
import { sendAnswerPage } from '../answer-page.js';
import { articleFields } from './sources.js';

export const callbacksFeature = new Composer<BotContext>();

callbacksFeature.on('callback_query:data', async (ctx) => {
  const button = decodeButton(ctx.callbackQuery.data);
  if (!button) {
    await ctx.answerCallbackQuery();
    return;
  }
  const lang = (ctx.uiLang = button.lang);
  const stored = ctx.services.results.get(button.resultId);
  if (!stored) {
    await ctx.answerCallbackQuery({ text: t(lang, 'callback.expired'), show_alert: true });
    return;
  }
  const { answer } = stored;
  const replyTo = ctx.callbackQuery.message?.message_id;
  if (!ctx.chat) {
    // Buttons live only under messages the bot sent itself, so a chat is always known; be safe anyway.
    await ctx.answerCallbackQuery();
    return;
  }
  const citation = answer.citations[button.index];
  if (!citation) {
    await ctx.answerCallbackQuery({ text: t(lang, 'callback.no_more') });
    return;
  }
  // Answer first: the spinner stops at once, and a slow send below cannot leave it hanging.
  await ctx.answerCallbackQuery();
  ctx.callbackAnswered = true;
  switch (button.action) {
    case 'more':
      await sendAnswerPage(ctx, answer, button.index, button.resultId, replyTo);
      return;
    case 'context':
      await sendContext(ctx, lang, citation, button.index + 1, replyTo);
      return;
    case 'article':
      await sendArticle(ctx, lang, citation.source, replyTo);
      return;
  }
});

// Any other callback (no data, a game…): still answered, never left spinning.
callbacksFeature.on('callback_query', (ctx) => ctx.answerCallbackQuery());

async function sendContext(ctx: BotContext, lang: UiLang, citation: Citation, n: number, replyTo?: number) {
  const paragraph = ctx.services.engine.context(citation.passage);
  if (paragraph === undefined) {
    await replyHtml(ctx, tHtml(lang, 'context.missing'), { replyToMessageId: replyTo });
    return;
  }
  const header = tHtml(lang, 'context.header', { n, headline: citation.title ?? citation.source });
  const at = paragraph.indexOf(citation.text);
  const single =
    at === -1 ? undefined : `${header}\n\n${highlightHtml(paragraph, [[at, at + citation.text.length]])}`;
  // The snippet in bold inside its paragraph when it fits one message; otherwise plain parts.
  const messages =
    single !== undefined && single.length <= TELEGRAM_MESSAGE_LIMIT
      ? [single]
      : splitIntoMessages(header, [paragraph], (part, parts) => tHtml(lang, 'article.continued', { part, parts }));
  for (const message of messages) await replyHtml(ctx, message, { replyToMessageId: replyTo });
}

async function sendArticle(ctx: BotContext, lang: UiLang, articleId: string, replyTo?: number) {
  const article = ctx.services.engine.article(articleId);
  if (!article) {
    await replyHtml(ctx, tHtml(lang, 'article.missing'), { replyToMessageId: replyTo });
    return;
  }
  const { info, paragraphs } = article;
  const header = tHtml(lang, 'article.header', articleFields(lang, info, t(lang, 'answer.untitled')));
  const messages = splitIntoMessages(header, paragraphs, (part, parts) =>
    tHtml(lang, 'article.continued', { part, parts }),
  );
  for (const message of messages) await replyHtml(ctx, message, { replyToMessageId: replyTo });
}


