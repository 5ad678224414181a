/**
 * Environment → zod → one typed, frozen config object.
 *
 * Nothing here runs at import time: `loadConfig()` is called by the entry points, and tests build
 * configs freely with `parseConfig({...})`.
 */
import { z } from 'zod';

/** An integer variable (parseConfig has already turned an empty one into "unset"). */
const int = (min: number, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** An http(s) URL: other schemes (file:, javascript:, "x:/…") are configuration mistakes. */
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

const schema = z
  .object({
    /** Telegram bot token from @BotFather. Absent → `npm start` opens a local terminal chat. */
    BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC… (from @BotFather)').optional(),
    /** Folder of UTF-8 `.txt` articles; each file is one article. */
    CORPUS_DIR: z.string().default('seeds'),
    /** Where the built index is cached between runs (keyed by corpus + analysis-chain hash). */
    INDEX_CACHE_DIR: z.string().default('.cache'),
    /** pino log level. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Public HTTPS URL for webhook mode; when set, the bot serves a webhook instead of long polling. */
    WEBHOOK_URL: httpUrl.optional(),
    /** Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token; required with WEBHOOK_URL. */
    WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters of A–Z a–z 0–9 _ -').optional(),
    /** Port of the webhook HTTP server. */
    PORT: int(1, 8080, 65535),
    /** Bot API root, e.g. a self-hosted telegram-bot-api or a local test server. */
    TELEGRAM_API_ROOT: httpUrl.default('https://api.telegram.org'),
    /** Per-user flood control: at most RATE_LIMIT_MAX questions per RATE_LIMIT_WINDOW_MS. */
    RATE_LIMIT_MAX: int(1, 5),
    RATE_LIMIT_WINDOW_MS: int(100, 10_000),
    /** How long "More / Context / Article" buttons keep working, and how many results are kept. */
    RESULT_TTL_MS: int(1_000, 6 * 60 * 60 * 1000),
    RESULT_STORE_SIZE: int(10, 5_000),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (env.WEBHOOK_URL && !env.BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TOKEN'], message: 'is required when WEBHOOK_URL is set' });
    }
  });

export type Config = Readonly<z.infer<typeof schema>>;

/** Thrown for a missing or malformed variable; the message names the variable, never its value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates an environment-like record into a Config; throws ConfigError naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // One rule for every variable: surrounding blanks are ignored, and an empty variable (`PORT=` in a .env) is unset.
  const cleaned: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed) cleaned[name] = trimmed;
  }
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`);
  }
  return Object.freeze(result.data);
}

/** Reads `.env` (if any) over process.env and parses it. Entry points call this once. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
