/**
 * Running a TypeScript script of this folder in a fresh child process — a clean heap and a cold process for start-up
 * and memory figures — and timing it from spawn to its first line of output. Scripts run through tsx, except that the
 * start-up bench runs its child as `npm start` runs the bot: from the bundle src/start.mjs builds.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The project root: `--import tsx` is resolved from the child's working directory, so children run there. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildResult {
  /** Milliseconds from spawn to the first complete stdout line. */
  firstLineMs: number;
  /** The first stdout line. */
  firstLine: string;
  /** Everything the child wrote on stderr. */
  stderr?: string;
}

/**
 * Spawns `node [nodeArgs] --import tsx src/bench/<script> [args]` — or, with `bundled`, `node [nodeArgs] src/start.mjs
 * <script name> [args]`, which runs the script's entry of the bundle — and resolves with its first stdout line once it
 * exits successfully; rejects on a non-zero exit (with its stderr) or after `timeoutMs`.
 */
export function runChild(
  script: string,
  args: string[],
  options: { nodeArgs?: string[]; timeoutMs?: number; bundled?: boolean } = {},
): Promise<ChildResult> {
  const scriptPath = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const launch = options.bundled ? [fileURLToPath(new URL('../start.mjs', import.meta.url)), script.replace(/\.ts$/, '')] : ['--import', 'tsx', scriptPath];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...launch, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let first: ChildResult | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs ?? 600_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const nl = out.indexOf('\n');
      if (!first && nl >= 0) first = { firstLineMs: performance.now() - t0, firstLine: out.slice(0, nl) };
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && first) resolve({ ...first, stderr: err });
      else reject(new Error(`${script} exited with ${code}: ${err.trim().split('\n').slice(-8).join('\n')}`));
    });
  });
}
