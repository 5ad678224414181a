/**
 * Input the engine should not see: nothing asked, far too long, or no words at all. Each gets its
 * own clear reply instead of an empty or meaningless search.
 */

/** One limit for the bot and the engine: a longer text is politely refused, never silently cut. */
export { MAX_QUESTION_CHARS } from '../answer/engine.js';
import { MAX_QUESTION_CHARS } from '../answer/engine.js';

export type InputProblem = 'empty' | 'too-long' | 'no-letters';

/** The problem with a question, or undefined when it can be asked. */
export function inputProblem(question: string): InputProblem | undefined {
  const text = question.trim();
  if (text === '') return 'empty';
  if (text.length > MAX_QUESTION_CHARS) return 'too-long';
  // \p{L} covers Bengali consonants and vowels as well as Latin letters; emoji, digits and symbols are not letters.
  if (!/\p{L}/u.test(text)) return 'no-letters';
  return undefined;
}
