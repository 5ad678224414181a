/**
 * Child process for the start-up benchmark: load the engine (corpus + index, from the cache dir when it holds a saved
 * index) and answer one question rendered to Telegram HTML, then print one JSON line. The parent times spawn → line.
 *
 * argv: <corpusDir> <cacheDir> <question>
 */
import { performance } from 'node:perf_hooks';

const [corpusDir, cacheDir, question] = process.argv.slice(2);
// performance.now() counts from this process's start, so these marks split the parent's wall time into phases.
const importsStart = performance.now();
const { createEngine } = await import('../answer/engine.js');
const { renderAnswerHtml } = await import('../answer/render.js');
const engineStart = performance.now();
const engine = await createEngine({ corpusDir: corpusDir!, cacheDir: cacheDir || undefined });
const answerStart = performance.now();
const answer = engine.ask(question ?? '');
const html = renderAnswerHtml(answer).text;
const end = performance.now();
process.stdout.write(
  JSON.stringify({
    answered: answer.answered,
    html_chars: html.length,
    boot_ms: importsStart,
    imports_ms: engineStart - importsStart,
    engine_ms: answerStart - engineStart,
    answer_ms: end - answerStart,
    uptime_ms: end,
  }) + '\n',
);
