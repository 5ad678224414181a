/**
 * Runs the real entry point (`npm start` ≡ `node src/start.mjs`, which runs src/main.ts from a bundle; cwd = repository
 * root) as a child process for end-to-end tests, capturing its output and exit, with bounded waits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A well-formed but fake token (never valid on Telegram). */
export const FAKE_TOKEN = '7000000001:AAH-e2e_FakeTokenForTests_x9Yz1234567';

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): { stdout: string; stderr: string };
  /** stdout and stderr as they interleaved. */
  text(): string;
  /** Resolves when the process exits. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` and waits at most `timeoutMs` for the exit (then kills it and rejects). */
  stop(signal: NodeJS.Signals, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Kills the process if it is still running (cleanup). */
  kill(): void;
  /**
   * `promise`, but rejected at once if the process exits first; any rejection carries the tail of the
   * process output, so a crash at start-up explains itself.
   */
  guard<T>(promise: Promise<T>): Promise<T>;
}

/**
 * Variables that must not leak from the developer's environment or a local .env into a test run: set to '' (which the
 * config reads as unset, and which dotenv never overrides).
 */
const BLANKED = [
  'BOT_TOKEN', 'WEBHOOK_URL', 'WEBHOOK_SECRET', 'TELEGRAM_API_ROOT', 'PORT',
  'RATE_LIMIT_MAX', 'RATE_LIMIT_WINDOW_MS', 'RESULT_TTL_MS', 'RESULT_STORE_SIZE',
];
/** What a test run assumes unless it says otherwise. */
const DEFAULTS: Record<string, string> = { CORPUS_DIR: 'seeds', LOG_LEVEL: 'warn' };

/**
 * Starts the bot as `npm start` does, with `env` (on top of a cleaned process environment). `stdin: 'pipe'` keeps the
 * child's stdin open for writing (terminal chat mode); by default it is closed.
 */
export function startBotProcess(env: Record<string, string>, options: { stdin?: 'pipe' | 'ignore' } = {}): BotProcess {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of BLANKED) base[name] = '';
  Object.assign(base, DEFAULTS);
  const child = spawn(process.execPath, ['src/start.mjs'], {
    cwd: REPO_ROOT,
    env: { ...base, ...env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    both += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    both += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let running = true;
  void exited.then(() => (running = false));

  return {
    child,
    output: () => ({ stdout, stderr }),
    text: () => both,
    exited,
    async stop(signal, timeoutMs) {
      const started = Date.now();
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the bot did not exit within ${timeoutMs} ms of ${signal}`));
        }, timeoutMs);
      });
      try {
        const { code, signal: by } = await Promise.race([exited, timeout]);
        return { code, signal: by, ms: Date.now() - started };
      } finally {
        clearTimeout(timer);
      }
    },
    kill() {
      if (running) child.kill('SIGKILL');
    },
    async guard(promise) {
      const died = exited.then(({ code, signal }) => {
        throw new Error(`the bot process exited early (code ${code}, signal ${signal})`);
      });
      try {
        return await Promise.race([promise, died]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n--- bot stderr ---\n${stderr.slice(-3000)}\n--- bot stdout ---\n${stdout.slice(-3000)}`);
      } finally {
        died.catch(() => undefined);
      }
    },
  };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `condition` every 20 ms; rejects after `timeoutMs` with `what` and the process output tail. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string, proc?: BotProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${proc?.text().slice(-3000) ?? ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
