/**
 * Inline mode: `@ThisBot question` offers up to 10 results, one cited snippet each; an empty or
 * unanswerable query offers one "ask about…" hint.
 */
import { createHash } from 'node:crypto';
import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Answer, UiLang } from '../../answer/types.js';
import { clip, renderSingleCitationHtml } from '../../answer/render.js';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { inputProblem } from '../input-check.js';
import { langForText, langFromCode } from '../language.js';

/** Telegram allows 50; ten well-ranked snippets are plenty for a picker. */
export const INLINE_RESULTS = 10;
/** Seconds Telegram may cache results: small, so a re-indexed corpus shows up quickly. */
const INLINE_CACHE_SECONDS = 30;

export const inlineFeature = new Composer<BotContext>();

inlineFeature.on('inline_query', async (ctx) => {
  const query = ctx.inlineQuery.query.trim();
  const code = ctx.from?.language_code;
  const options = { cache_time: INLINE_CACHE_SECONDS, is_personal: false };
  if (inputProblem(query) !== undefined) {
    const lang = (ctx.uiLang = query === '' ? langFromCode(code) : langForText(query, code));
    await ctx.answerInlineQuery([hintResult(ctx, lang)], options);
    return;
  }
  const answer = ctx.services.engine.ask(query, { limit: INLINE_RESULTS });
  ctx.uiLang = answer.uiLang;
  const results = answer.answered ? snippetResults(answer) : [];
  await ctx.answerInlineQuery(results.length > 0 ? results : [hintResult(ctx, answer.uiLang)], options);
});

/** One result per citation: title = headline (or the quote's first words), description = the quote. */
export function snippetResults(answer: Answer): InlineQueryResultArticle[] {
  return answer.citations.slice(0, INLINE_RESULTS).map((citation, index) => ({
    type: 'article',
    id: `${index}-${createHash('sha1').update(citation.passage).digest('hex').slice(0, 24)}`,
    title: clip(citation.title?.trim() || firstWords(citation.text), 100),
    description: clip(citation.text, 250),
    input_message_content: {
      message_text: renderSingleCitationHtml(answer, index),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  }));
}

function hintResult(ctx: BotContext, lang: UiLang): InlineQueryResultArticle {
  return {
    type: 'article',
    id: `hint-${lang}`,
    title: t(lang, 'inline.hint_title'),
    description: t(lang, 'inline.hint_description', { example: t(lang, 'start.example1') }),
    input_message_content: {
      message_text: tHtml(lang, 'inline.hint_message', {
        count: ctx.services.engine.articles().length,
        bot: ctx.me.username,
      }),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

function firstWords(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

