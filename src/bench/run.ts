/**
 * `npm run bench -- [--json] [--quick] [--scales 1000,10000,100000]`: speed, memory and scaling figures.
 * The table goes to stdout; with --json stdout carries exactly one JSON object and progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import { collectBench, FULL, QUICK } from './bench.js';
import { formatReport } from './report.js';

/** Runs the benchmark from CLI arguments; returns the process exit code. */
export async function runBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, scales: { type: 'string' } },
  });
  const preset = values.quick ? QUICK : FULL;
  const scales = values.scales === undefined ? preset.scales : values.scales.split(',').filter(Boolean).map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s <= 0)) {
    console.error('--scales takes a comma-separated list of passage counts, e.g. --scales 1000,10000');
    return 2;
  }
  const report = await collectBench({ ...preset, scales, log: (m) => process.stderr.write(`bench: ${m}\n`) });
  process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report) + '\n');
  return 0;
}
