/**
 * The pino logger for the entry points. The Bot API URL carries the token, and grammY's network errors
 * may quote that URL, so besides `redact` for known fields every output line is scrubbed of the
 * configured secrets and of anything shaped like a bot token before it is written.
 */
import pino, { type Logger, type LevelWithSilent } from 'pino';

/** Anything that looks like a Telegram bot token (`123456:ABC…`), wherever it appears. */
const TOKEN_SHAPE = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
const REDACTED = '[REDACTED]';

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Where lines go; the local chat logs to stderr so stdout stays the conversation. */
  destination?: NodeJS.WritableStream;
  /** Exact strings that must never appear in a log line (token, webhook secret). */
  secrets?: Array<string | undefined>;
}

/** Replaces secrets and token-shaped strings in one line of output. */
export function scrubSecrets(line: string, secrets: Array<string | undefined> = []): string {
  let out = line;
  for (const secret of secrets) if (secret) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_SHAPE, REDACTED);
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stdout;
  const secrets = options.secrets ?? [];
  return pino(
    {
      level: options.level,
      redact: {
        paths: ['BOT_TOKEN', 'WEBHOOK_SECRET', 'token', '*.token', 'config.BOT_TOKEN', 'config.WEBHOOK_SECRET', 'secret_token', '*.secret_token'],
        censor: REDACTED,
      },
    },
    { write: (line: string) => destination.write(scrubSecrets(line, secrets)) },
  );
}
