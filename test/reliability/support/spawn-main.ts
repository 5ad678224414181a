/**
 * Spawns the real entry point (`node --import tsx src/main.ts`, cwd = repository root) with a clean
 * environment, capturing every byte of stdout and stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Kills the process if it still runs (cleanup). */
  kill(): void;
}

/** Variables of the developer's shell or .env that must not leak into a run ('' reads as unset). */
const BLANK = ['BOT_TOKEN', 'WEBHOOK_URL', 'WEBHOOK_SECRET', 'TELEGRAM_API_ROOT', 'LOG_LEVEL', 'PORT'];

/** `stdin: 'pipe'` keeps the child's stdin open for writing (local chat mode); by default it is closed. */
export function spawnMain(env: Record<string, string>, options: { stdin?: 'pipe' | 'ignore' } = {}): MainProcess {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of BLANK) delete base[name];
  for (const name of Object.keys(base)) if (name.startsWith('RATE_LIMIT') || name.startsWith('RESULT_')) delete base[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...base, CORPUS_DIR: 'seeds', PORT: '8080', ...env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal, at: Date.now() });
    }),
  );
  return { child, output: () => output, exited, kill: () => void (running && child.kill('SIGKILL')) };
}

/** Polls `condition` every 20 ms; rejects after `timeoutMs` with `what` and the process output tail. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string, proc?: MainProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${proc?.output().slice(-3000) ?? ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
