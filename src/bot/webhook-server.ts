/**
 * Webhook mode: a node:http server in front of grammY's `webhookCallback(bot, 'http', { secretToken })`.
 * Before grammY sees a request it is checked here: wrong or missing secret → 401, body over the limit
 * → 413, malformed JSON → 400, an update_id already handled → 200 without handling it again.
 * `GET /healthz` → 200. Errors in one request never stop the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import type { BotContext } from './context.js';
import { RecentIds } from './recent-ids.js';

export interface WebhookServerOptions {
  bot: Bot<BotContext>;
  /** The secret given to setWebhook; Telegram echoes it in X-Telegram-Bot-Api-Secret-Token. */
  secretToken: string;
  /** Path the webhook is served on (the path of WEBHOOK_URL). */
  path: string;
  logger: Logger;
  /** Largest accepted body (default 1 MiB; Telegram updates are far smaller). */
  maxBodyBytes?: number;
}

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** How many recent update ids are remembered for de-duplication. */
const REMEMBERED_UPDATES = 10_000;

/** Creates (does not start) the webhook server; call `listen(port)` on it. */
export function createWebhookServer(options: WebhookServerOptions): Server {
  const { bot, secretToken, logger } = options;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const recent = new RecentIds(REMEMBERED_UPDATES);
  // Answer Telegram before its own timeout; the update keeps being handled after the 200.
  const handle = webhookCallback(bot, 'http', { secretToken, onTimeout: 'return', timeoutMilliseconds: 9_000 });

  return createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      logger.error({ err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }
    if (url.pathname !== options.path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end();
    if (!secretMatches(req.headers[SECRET_HEADER], secretToken)) {
      req.resume();
      return void res.writeHead(401).end();
    }
    const body = await readBody(req, maxBody);
    if (body === undefined) return void res.writeHead(413, { Connection: 'close' }).end();
    let update: unknown;
    try {
      update = JSON.parse(body.toString('utf8'));
    } catch {
      return void res.writeHead(400).end('malformed JSON');
    }
    const updateId = (update as { update_id?: unknown } | null)?.update_id;
    // Telegram's update ids are non-negative integers; anything else (1.5, 1e400, -1) is not an update.
    if (typeof updateId !== 'number' || !Number.isSafeInteger(updateId) || updateId < 0) {
      return void res.writeHead(400).end('not an update');
    }
    if (!recent.add(updateId)) {
      logger.info({ update_id: updateId }, 'duplicate delivery ignored');
      return void res.writeHead(200).end();
    }
    // grammY's 'http' adapter reads the body from the request stream: hand it a replay of the bytes read.
    const replay = Object.assign(Readable.from([body]), { headers: req.headers }) as unknown as IncomingMessage;
    try {
      await handle(replay, res);
    } catch (err) {
      recent.delete(updateId);
      throw err;
    }
  }
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The whole body, or undefined once it exceeds `max` bytes (the rest is drained, not buffered). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.once('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
