/**
 * A tiny fake Bot API on 127.0.0.1 for fault injection below grammY's API transformers (so the
 * auto-retry plugin sees the faults exactly as it would see Telegram's): `/bot<token>/<method>` with a
 * JSON body, realistic results by default, scripted faults (any Telegram error, a 5xx, a dropped
 * connection) and, for the real process, `getUpdates` fed by a callback.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { fakeResult } from '../../../src/bot/offline-api.js';

export interface FakeCall {
  method: string;
  payload: Record<string, unknown>;
  /** ms since the server started. */
  at: number;
  /** What the server answered: 'ok', an error code, or 'network' for a dropped connection. */
  outcome: 'ok' | number | 'network';
}

/** A scripted fault: the next `times` calls matching `when` fail this way. */
export interface Fault {
  when: (method: string, payload: Record<string, unknown>) => boolean;
  times: number;
  fail: { error_code: number; description: string; retry_after?: number } | 'network';
}

export interface FakeBotApi {
  readonly url: string;
  readonly calls: FakeCall[];
  /** ms since start at which each getUpdates request arrived. */
  readonly getUpdatesAt: number[];
  /** Requests received but not yet answered (e.g. held by `delayMs`). */
  readonly pending: number;
  /** Answers (getUpdates aside) that could not be delivered because the client had gone (connection closed first). */
  readonly abandoned: number;
  /** ms since the server started. */
  now(): number;
  /** Adds a fault to the script (faults are tried in the order added). */
  inject(fault: Fault): void;
  /** Resolves when a call matching `predicate` exists; rejects after `timeoutMs`. */
  waitFor(predicate: (call: FakeCall) => boolean, timeoutMs: number): Promise<FakeCall>;
  close(): Promise<void>;
}

export interface FakeBotApiOptions {
  token: string;
  botInfo: UserFromGetMe;
  /** Supplies each getUpdates answer (default: none, after a short wait). */
  getUpdates?: (offset: number, limit: number) => Update[] | Promise<Update[]>;
  /** Milliseconds to hold each answer of `method` (slow Telegram), default 0. */
  delayMs?: (method: string) => number;
}

export async function startFakeBotApi(options: FakeBotApiOptions): Promise<FakeBotApi> {
  const started = Date.now();
  const calls: FakeCall[] = [];
  const faults: Fault[] = [];
  let nextMessageId = 1;
  const getUpdatesAt: number[] = [];
  let pending = 0;
  let abandoned = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const route = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
      pending++;
      let answered = false;
      const reply = (status: number, json: unknown) => {
        if (answered) return;
        answered = true;
        pending--;
        // An aborted long poll is normal on shutdown; any other answer nobody waits for is lost work.
        if (res.destroyed || res.socket?.destroyed) abandoned += route?.[2] === 'getUpdates' ? 0 : 1;
        else res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
      };
      if (!route || route[1] !== options.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = route[2]!;
      if (method === 'getUpdates') getUpdatesAt.push(Date.now() - started);
      let payload: Record<string, unknown> = {};
      try {
        payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      } catch {
        return reply(400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON object" });
      }
      const call: FakeCall = { method, payload, at: Date.now() - started, outcome: 'ok' };
      const fault = faults.find((f) => f.times > 0 && f.when(method, payload));
      if (fault) {
        fault.times--;
        if (method !== 'getUpdates') calls.push(call);
        if (fault.fail === 'network') {
          call.outcome = 'network';
          answered = true;
          pending--;
          req.socket.destroy();
          return;
        }
        call.outcome = fault.fail.error_code;
        const { retry_after, ...error } = fault.fail;
        return reply(error.error_code, { ok: false, ...error, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) });
      }
      const hold = options.delayMs?.(method) ?? 0;
      if (hold > 0) await delay(hold);
      if (method === 'getUpdates') {
        const offset = Number(payload.offset ?? 0);
        const limit = Number(payload.limit ?? 100);
        const updates = options.getUpdates ? await options.getUpdates(offset, limit) : await delay(200).then(() => []);
        return reply(200, { ok: true, result: updates });
      }
      calls.push(call);
      reply(200, { ok: true, result: fakeResult(method, payload, options.botInfo, () => nextMessageId++) });
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    getUpdatesAt,
    get pending() {
      return pending;
    },
    get abandoned() {
      return abandoned;
    },
    now: () => Date.now() - started,
    inject: (fault) => void faults.push(fault),
    async waitFor(predicate, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(',')}`);
        await delay(20);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

