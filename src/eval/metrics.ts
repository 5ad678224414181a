/** Retrieval metrics per question group: hit@1, hit@3, MRR, answered rate, abstention rate. */
import type { Answer } from '../answer/types.js';
import { normalize } from '../text/normalize.js';
import type { EvalQuestion } from './dataset.js';

/** Ranks (1-based) are looked at up to this depth for MRR. */
const DEPTH = 5;

export interface Outcome {
  question: EvalQuestion;
  answer: Answer;
  /** 1-based rank of the first correct citation, or 0 when none. */
  rank: number;
}

export interface GroupMetrics {
  group: string;
  n: number;
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of answerable questions that got an answer. */
  answeredRate: number;
  /** Share of unanswerable (off-topic) questions that were declined. */
  abstentionRate: number;
}

/** 1-based rank of the first citation containing an evidence phrase (compared in the normalised form), 0 if none. */
export function rankOf(answer: Answer, evidence: string[]): number {
  if (!answer.answered) return 0;
  const phrases = evidence.map((e) => normalize(e));
  const i = answer.citations.slice(0, DEPTH).findIndex((c) => {
    const text = normalize(c.text);
    return phrases.some((p) => text.includes(p));
  });
  return i + 1;
}

function ratio(a: number, b: number): number {
  return b === 0 ? NaN : Math.round((a / b) * 1000) / 1000;
}

/** Aggregates outcomes by group, plus an "all answerable" row. */
export function summarize(outcomes: Outcome[]): GroupMetrics[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const list = groups.get(o.question.group) ?? [];
    list.push(o);
    groups.set(o.question.group, list);
  }
  const answerableAll = outcomes.filter((o) => o.question.evidence.length > 0);
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, list]) => metricsOf(g, list));
  rows.push(metricsOf('ALL answerable', answerableAll));
  return rows;
}

function metricsOf(group: string, list: Outcome[]): GroupMetrics {
  const answerable = list.filter((o) => o.question.evidence.length > 0);
  const unanswerable = list.filter((o) => o.question.evidence.length === 0);
  return {
    group,
    n: list.length,
    answerable: answerable.length,
    hit1: ratio(answerable.filter((o) => o.rank === 1).length, answerable.length),
    hit3: ratio(answerable.filter((o) => o.rank >= 1 && o.rank <= 3).length, answerable.length),
    mrr: ratio(answerable.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0), answerable.length),
    answeredRate: ratio(answerable.filter((o) => o.answer.answered).length, answerable.length),
    abstentionRate: ratio(unanswerable.filter((o) => !o.answer.answered).length, unanswerable.length),
  };
}
