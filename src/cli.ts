/**
 * Command line: `ask` (one question, or a batch, as text or JSON lines), `eval` (dev-set metrics), `bench` (speed).
 *
 *   npm run ask -- "When did Pezeshkian visit Moscow?"
 *   npm run ask -- --json "ইরান রাশিয়াকে কী সরবরাহ করেছে?"
 *   npm run ask -- --json --batch questions.txt      (one question per line → one JSON line per question, in order)
 *   npm run eval -- [--set dev|holdout|all] [--json] [--failures]
 *   npm run bench -- [--json]
 *
 * `ask --json` and `ask --json --batch` are the interfaces held-out evaluations use: stdout carries only the JSON lines;
 * logs go to stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, parseConfig } from './config.js';
import { createEngine } from './answer/engine.js';
import { renderAnswerPlain } from './answer/render.js';

const USAGE = `usage:
  sutra ask [--json] [--corpus DIR] "question"
  sutra ask [--json] [--corpus DIR] --batch FILE
  sutra eval [--set dev|holdout|all] [--json] [--failures]
  sutra bench [--json]`;

function stderrLogger(level: string) {
  return pino({ level }, pino.destination(2));
}

async function ask(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, batch: { type: 'string' }, corpus: { type: 'string' } },
  });
  const config = parseConfig(process.env);
  const logger = stderrLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const questions = values.batch
    ? readFileSync(values.batch === '-' ? 0 : values.batch, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '')
    : [positionals.join(' ')];
  if (!values.batch && questions[0]!.trim() === '') {
    console.error(USAGE);
    return 2;
  }
  const engine = await createEngine({ corpusDir: values.corpus ?? config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR, logger });
  const out: string[] = [];
  for (const q of questions) {
    const answer = engine.ask(q);
    out.push(values.json ? JSON.stringify(answer) : renderAnswerPlain(answer) + '\n');
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { set: { type: 'string', default: 'dev' }, json: { type: 'boolean' }, failures: { type: 'boolean' } },
  });
  const { EVAL_CORPUS, evaluate, formatMetrics, questionsOf } = await import('./eval/run.js');
  const set = values.set as 'dev' | 'holdout' | 'all';
  if (!['dev', 'holdout', 'all'].includes(set)) {
    console.error(USAGE);
    return 2;
  }
  const engine = await createEngine({ corpusDir: EVAL_CORPUS, logger: stderrLogger('warn') });
  const { outcomes, metrics } = evaluate(engine, questionsOf(set));
  if (values.json) {
    console.log(JSON.stringify({ set, metrics }));
    return 0;
  }
  console.log(`Evaluation on the ${set} set (${outcomes.length} questions; corpus: ${EVAL_CORPUS.join(' + ')})\n`);
  console.log(formatMetrics(metrics));
  if (values.failures) {
    console.log('\nFailures:');
    for (const o of outcomes) {
      const answerable = o.question.evidence.length > 0;
      if (answerable ? o.rank === 1 : !o.answer.answered) continue;
      const top = o.answer.citations[0];
      console.log(`- [${o.question.id}] ${o.question.question}\n    expected: ${answerable ? o.question.evidence.join(' | ') : '(decline)'}` +
        `\n    got (rank ${o.rank || '-'}): ${o.answer.answered ? `${top?.passage} ${top?.text.slice(0, 110)}` : '(declined)'}`);
    }
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'ask') return await ask(rest);
    if (command === 'eval') return await evalCommand(rest);
    if (command === 'bench') return (await import('./bench/run.js')).runBench(rest);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
