/**
 * Asking the engine and sending one page of its answer with buttons — shared by the ask feature and
 * the "More" button.
 */
import type { Answer, AnswerEngine } from '../answer/types.js';
import { renderAnswerHtml } from '../answer/render.js';
import type { BotContext } from './context.js';
import { answerKeyboard } from './keyboards.js';
import { replyHtml } from './reply.js';

/** Citations requested per question: three pages of three snippets. */
export const CITATIONS_PER_QUESTION = 9;

/** Each engine's article id → label map, built on first use (the corpus never changes while an engine lives). */
const labelsByEngine = new WeakMap<AnswerEngine, Map<string, string | undefined>>();

/**
 * Labels for "also reported by": the outlet of an article id, or its headline when it names no outlet (a bare id tells
 * a reader nothing); undefined when it states neither.
 */
export function outletLabel(engine: AnswerEngine): (articleId: string) => string | undefined {
  return (id) => {
    let labels = labelsByEngine.get(engine);
    if (!labels) {
      labels = new Map(engine.articles().map((a) => [a.id, a.outlet ?? a.title]));
      labelsByEngine.set(engine, labels);
    }
    return labels.get(id);
  };
}

/**
 * Sends the page of `answer` starting at `offset`. `resultId` is the answer's id in the result store
 * (stored on first use), so every page's buttons point at the same entry.
 */
export async function sendAnswerPage(
  ctx: BotContext,
  answer: Answer,
  offset: number,
  resultId?: string,
  replyToMessageId?: number,
): Promise<void> {
  ctx.uiLang = answer.uiLang;
  const page = renderAnswerHtml(answer, { offset, sourceLabel: outletLabel(ctx.services.engine) });
  const id = answer.answered ? (resultId ?? ctx.services.results.put({ answer })) : undefined;
  const keyboard = id === undefined ? undefined : answerKeyboard(answer, page, id);
  await replyHtml(ctx, page.text, { reply_markup: keyboard, replyToMessageId });
}
