/**
 * A small local Bot API server on 127.0.0.1 for end-to-end tests of the real process: routes
 * `/bot<token>/<method>` (JSON, form or query parameters), answers every method from a FakeTelegram
 * (Telegram's error format included), serves `getUpdates` with offset and long-polling timeout from
 * a queue filled by `enqueue(update)`, and records every call for `waitFor`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { FakeTelegram, type ApiCall, type ApiResponse } from './fake-telegram.js';

export interface BotApiServer {
  /** API root to give the bot, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** The fake Telegram state behind the server (chats, messages, webhook). */
  readonly telegram: FakeTelegram;
  /** Every call except getUpdates, in order. */
  readonly calls: ApiCall[];
  /** How many getUpdates requests were served. */
  readonly getUpdatesCount: number;
  /** Methods the server does not implement that were called. */
  readonly unknownMethods: string[];
  /** Queues an update for the next getUpdates. */
  enqueue(update: Update): void;
  /** Resolves with the first call at index ≥ `from` matching `predicate`; rejects after `timeoutMs`. */
  waitFor(predicate: (call: ApiCall) => boolean, timeoutMs: number, from?: number): Promise<ApiCall>;
  /** Answers pending long polls and stops the server. */
  close(): Promise<void>;
}

export interface BotApiServerOptions {
  /** The only token accepted (others get 401 Unauthorized, as from Telegram). */
  token: string;
  botInfo: UserFromGetMe;
  /** Longest long poll the server holds, whatever `timeout` the bot asks for (default 10 s). */
  maxPollSeconds?: number;
}

interface Poll {
  offset: number;
  limit: number;
  respond: (updates: Update[]) => void;
}

/** Starts the server on a random free port of 127.0.0.1. */
export async function startBotApiServer(options: BotApiServerOptions): Promise<BotApiServer> {
  const telegram = new FakeTelegram(options.botInfo);
  const maxPollMs = (options.maxPollSeconds ?? 10) * 1000;
  let queue: Update[] = [];
  const polls = new Set<Poll>();
  const listeners = new Set<() => void>();
  let getUpdatesCount = 0;

  const send = (res: ServerResponse, response: ApiResponse) => {
    if (res.writableEnded || res.destroyed) return;
    const status = response.ok ? 200 : response.error_code;
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(response));
  };

  const servePolls = () => {
    for (const poll of [...polls]) {
      const ready = queue.filter((u) => u.update_id >= poll.offset).slice(0, poll.limit);
      if (ready.length > 0) {
        polls.delete(poll);
        poll.respond(ready);
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!route) return send(res, { ok: false, error_code: 404, description: 'Not Found' });
    const body = await readBody(req);
    if (route[1] !== options.token) return send(res, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = route[2]!;
    let payload: Record<string, unknown>;
    try {
      payload = { ...Object.fromEntries(url.searchParams), ...parseBody(body, req.headers['content-type']) };
    } catch {
      return send(res, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON object" });
    }

    if (method === 'getUpdates') return getUpdates(payload, req, res);
    const known = telegram.unknownMethods.length;
    const response = telegram.call(method, payload);
    if (telegram.unknownMethods.length > known) process.stderr.write(`[bot-api-server] unknown method called: ${method}\n`);
    send(res, response);
    for (const listener of [...listeners]) listener();
  }

  function getUpdates(payload: Record<string, unknown>, req: IncomingMessage, res: ServerResponse): void {
    getUpdatesCount++;
    if (telegram.webhookInfo.url !== '') {
      return send(res, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    }
    const offset = Number(payload.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100)));
    // Updates below the offset are confirmed: Telegram forgets them.
    if (offset > 0) queue = queue.filter((u) => u.update_id >= offset);
    const poll: Poll = { offset, limit, respond: (updates) => send(res, { ok: true, result: updates }) };
    polls.add(poll);
    servePolls();
    if (!polls.has(poll)) return;
    const waitMs = Math.min(maxPollMs, Math.max(0, Number(payload.timeout ?? 0)) * 1000);
    const timer = setTimeout(() => {
      if (polls.delete(poll)) poll.respond([]);
    }, waitMs);
    // The bot aborts its long poll on shutdown: forget it.
    res.once('close', () => {
      clearTimeout(timer);
      polls.delete(poll);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    telegram,
    calls: telegram.calls,
    get getUpdatesCount() {
      return getUpdatesCount;
    },
    unknownMethods: telegram.unknownMethods,
    enqueue(update) {
      telegram.observe(update);
      queue.push(update);
      servePolls();
    },
    waitFor(predicate, timeoutMs, from = 0) {
      return new Promise<ApiCall>((resolve, reject) => {
        const check = () => {
          const found = telegram.calls.slice(from).find(predicate);
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          const recent = telegram.calls.slice(from).map((c) => c.method).join(', ');
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms (calls since: [${recent}])`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    close() {
      for (const poll of [...polls]) {
        polls.delete(poll);
        poll.respond([]);
      }
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Bot API requests of this bot are small; refuse to buffer anything absurd.
      if (size > 5 * 1024 * 1024) req.destroy(new Error('request body too large'));
      else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** JSON, urlencoded or multipart bodies (Telegram accepts all three; object fields arrive JSON-serialized). */
function parseBody(body: string, contentType: string | undefined): Record<string, unknown> {
  if (body.trim() === '') return {};
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return decodeFields([...new URLSearchParams(body)]);
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
    const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
    const fields: Array<[string, string]> = [];
    for (const part of body.split(marker)) {
      const match = /name="([^"]+)"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n?$/.exec(part);
      if (match) fields.push([match[1]!, match[2]!]);
    }
    return decodeFields(fields);
  }
  return JSON.parse(body) as Record<string, unknown>;
}

function decodeFields(fields: Array<[string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        out[name] = JSON.parse(trimmed);
        continue;
      } catch {
        // Not JSON after all: keep the string.
      }
    }
    out[name] = value;
  }
  return out;
}
