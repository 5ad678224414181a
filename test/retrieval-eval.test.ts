/**
 * Retrieval floors: the dev and holdout question sets (test/fixtures) run through the real engine over the seeds plus the
 * extra fixture articles. Floors sit a little under the figures measured when they were set (README, Retrieval), so a
 * regression fails CI while ordinary tuning noise does not. Raise them when the engine gets better; never lower them to
 * make a change pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/answer/engine.js';
import type { AnswerEngine } from '../src/answer/types.js';
import { EVAL_CORPUS, evaluate, questionsOf } from '../src/eval/run.js';
import type { GroupMetrics } from '../src/eval/metrics.js';

/** group → minimum hit@1, hit@3, answered rate (answerable groups) or abstention rate (offtopic). */
const FLOORS: Record<string, Partial<Record<'hit1' | 'hit3' | 'answeredRate' | 'abstentionRate', number>>> = {
  bn: { hit1: 0.78, hit3: 0.8 },
  variant: { hit1: 0.8, hit3: 0.8 },
  en: { hit1: 0.6, hit3: 0.7 },
  romanized: { hit3: 0.7 },
  mixed: { hit3: 0.7 },
  'extra-bn': { hit1: 0.65, hit3: 0.8 },
  'extra-en': { hit3: 0.25 },
  offtopic: { abstentionRate: 0.8 },
  'ALL answerable': { hit1: 0.68, hit3: 0.75, answeredRate: 0.82 },
};

let engine: AnswerEngine;
let metrics: GroupMetrics[];

beforeAll(async () => {
  engine = await createEngine({ corpusDir: EVAL_CORPUS });
  metrics = evaluate(engine, questionsOf('all')).metrics;
});

describe('retrieval on the dev + holdout question sets', () => {
  it.each(Object.entries(FLOORS))('%s meets its floors', (group, floors) => {
    const row = metrics.find((m) => m.group === group);
    expect(row, `group ${group} missing from the question sets`).toBeDefined();
    for (const [metric, floor] of Object.entries(floors)) {
      expect(row![metric as keyof GroupMetrics], `${group} ${metric}`).toBeGreaterThanOrEqual(floor!);
    }
  });

  it('declines every off-topic question with no citations, and answers with verbatim quotes', () => {
    const answer = engine.ask('What is the capital of France?');
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
    const hit = engine.ask('ইরান রাশিয়াকে কী সরবরাহ করেছে?');
    expect(hit.answered).toBe(true);
    expect(hit.citations.length).toBeGreaterThan(0);
  });
});
