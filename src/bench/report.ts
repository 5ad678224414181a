/** The bench report as a readable plain-text table for the terminal. */
import type { BenchReport } from './bench.js';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const n = (x: number) => (Number.isFinite(x) ? String(x) : '—');

/** Formats the report: headline figures, scaling, targets. */
export function formatReport(r: BenchReport): string {
  const d = r.details;
  const parts = [
    `Sutra benchmark — ${r.environment.node}, ${r.environment.platform}, ${r.environment.cpus} × ${r.environment.cpu}` +
      ` (load average ${r.environment.loadavg_start} → ${r.environment.loadavg_end}${
        r.environment.loadavg_start > r.environment.cpus / 2 ? ': other work was using the CPU when the run started, figures are noisy' : ''
      })`,
    '',
    `Answer pipeline on the seeds (${d.seed_passages} passages; ${d.questions} questions × ${d.samples_per_pipeline / d.questions} rounds, ${d.answered} answered)`,
    table([
      ['pipeline', 'p50 ms', 'p99 ms'],
      ['ours: engine.ask + Telegram HTML', n(r.query_p50_ms), n(r.query_p99_ms)],
      ['baseline: MiniSearch defaults', n(r.baseline_p50_ms), n(r.baseline_p99_ms)],
      ['ratio (ours / baseline)', '', n(r.ratio_p99)],
      ...Object.keys(d.per_group_p50_ms).map((g) => [
        `  ours, ${g} questions`,
        n(d.per_group_p50_ms[g as keyof typeof d.per_group_p50_ms]!),
        n(d.per_group_p99_ms[g as keyof typeof d.per_group_p99_ms]!),
      ]),
    ]),
    '',
    `Slowest questions (median): ${d.slowest_questions.map((s) => `${s.p50_ms} ms "${s.text}"`).join('; ')}`,
    '',
    table([
      ['start-up and throughput', 'value'],
      ['index build, seeds (ms, median)', n(r.index_build_ms)],
      ['baseline index build, seeds (ms)', n(d.baseline_build_ms)],
      ['start-up to first answer, saved index (ms)', n(r.startup_ms)],
      ['start-up to first answer, no saved index (ms)', n(r.startup_ms_cold)],
      ['bot updates per second (median run)', n(r.updates_per_s)],
      ['bot replies per update / problems logged', `${d.bot_replies_per_update} / ${d.bot_problems}`],
    ]),
    `start-up phases, warm (ms): ${JSON.stringify(d.startup_phases_warm)}`,
    `start-up phases, cold (ms): ${JSON.stringify(d.startup_phases_cold)}`,
  ];
  if (r.scale.length) {
    parts.push(
      '',
      'Scaling (synthetic corpora, one fresh process each)',
      table([
        ['passages', 'articles', 'terms', 'corpus ms', 'build ms', 'p50 ms', 'p99 ms', 'base p99', 'heap MB', 'index MB'],
        ...r.scale.map((s) => [
          n(s.passages), n(s.articles), n(s.terms), n(s.corpus_ms), n(s.build_ms), n(s.query_p50_ms), n(s.query_p99_ms),
          n(s.baseline_p99_ms), n(s.heap_mb), n(s.index_heap_mb),
        ]),
      ]),
    );
  }
  parts.push(
    '',
    table([
      ['target', 'value', 'goal', 'met'],
      ...r.targets.map((t) => [t.name, n(t.value), `${t.kind === 'max' ? '≤' : '≥'} ${t.target}`, t.met ? 'yes' : 'NO']),
    ]),
  );
  return parts.join('\n');
}
