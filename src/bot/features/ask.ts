/**
 * Questions: private-chat text, /ask, and in groups/channels whatever the addressing gate let through.
 * Bad input gets a clear reply; a real question is asked of the engine and answered with a page of
 * verbatim snippets and buttons.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { t, tHtml } from '../i18n.js';
import { inputProblem, MAX_QUESTION_CHARS } from '../input-check.js';
import { langForText, langFromCode } from '../language.js';
import { replyHtml } from '../reply.js';
import { CITATIONS_PER_QUESTION, sendAnswerPage } from '../answer-page.js';
import { isCommand } from './predicates.js';

export const askFeature = new Composer<BotContext>();

askFeature.filter(isCommand('ask'), async (ctx) => {
  const question = ctx.addressed?.kind === 'command' ? ctx.addressed.text : '';
  const code = ctx.from?.language_code;
  switch (inputProblem(question)) {
    case 'empty': {
      const lang = (ctx.uiLang = langFromCode(code));
      await replyHtml(ctx, tHtml(lang, 'input.empty', { example: t(lang, 'start.example1') }));
      return;
    }
    case 'too-long': {
      const lang = (ctx.uiLang = langForText(question, code));
      await replyHtml(ctx, tHtml(lang, 'input.too_long', { length: question.length, max: MAX_QUESTION_CHARS }));
      return;
    }
    case 'no-letters': {
      const lang = (ctx.uiLang = langForText(question, code));
      await replyHtml(ctx, tHtml(lang, 'input.no_letters'));
      return;
    }
    case undefined:
      break;
  }
  ctx.uiLang = langForText(question, code);
  const answer = ctx.services.engine.ask(question, { limit: CITATIONS_PER_QUESTION });
  ctx.services.logger.debug(
    { update_id: ctx.update.update_id, lang: answer.lang, answered: answer.answered, citations: answer.citations.length },
    'question answered',
  );
  await sendAnswerPage(ctx, answer, 0);
});
