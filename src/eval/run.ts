/** Runs the question sets through an engine and reports metrics. */
import { join } from 'node:path';
import type { AnswerEngine } from '../answer/types.js';
import { readQuestions, type EvalQuestion } from './dataset.js';
import { rankOf, summarize, type GroupMetrics, type Outcome } from './metrics.js';

export const FIXTURES = 'test/fixtures';
/** The evaluation corpus: the seeds plus articles on other topics written for the generalisation check. */
export const EVAL_CORPUS = ['seeds', ...['extra-corpus', 'distractor-corpus', 'archive-corpus'].map((dir) => join(FIXTURES, dir))];

export type QuestionSet = 'dev' | 'holdout' | 'all';

export function questionsOf(set: QuestionSet, root = '.'): EvalQuestion[] {
  const sets = set === 'all' ? ['dev', 'holdout'] : [set];
  return sets.flatMap((s) => readQuestions(join(root, FIXTURES, `questions.${s}.jsonl`)));
}

export function evaluate(engine: AnswerEngine, questions: EvalQuestion[]): { outcomes: Outcome[]; metrics: GroupMetrics[] } {
  const outcomes = questions.map((question) => {
    const answer = engine.ask(question.question);
    return { question, answer, rank: rankOf(answer, question.evidence) };
  });
  return { outcomes, metrics: summarize(outcomes) };
}

/** A fixed-width table for people. */
export function formatMetrics(rows: GroupMetrics[]): string {
  const head = ['group', 'n', 'hit@1', 'hit@3', 'MRR', 'answered', 'declined(off-topic)'];
  const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));
  const lines = rows.map((r) => [r.group, String(r.n), fmt(r.hit1), fmt(r.hit3), fmt(r.mrr), fmt(r.answeredRate), fmt(r.abstentionRate)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
