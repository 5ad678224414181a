import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { GrammyError, HttpError } from 'grammy';
import { createLogger, scrubSecrets } from './logger.js';

const TOKEN = '123456789:AAE-abcdefghijklmnopqrstuvwxyz012345';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('logger', () => {
  it('never writes the token, even inside error messages quoting the Bot API URL', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', destination, secrets: [TOKEN, 'hook-secret'] });
    const network = new HttpError(`Network request failed`, new Error(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed`));
    logger.error({ err: network }, 'polling failed');
    logger.info({ config: { BOT_TOKEN: TOKEN, WEBHOOK_SECRET: 'hook-secret' } }, `url https://api.telegram.org/bot${TOKEN}/x`);
    logger.warn({ err: new GrammyError('Call failed', { ok: false, error_code: 401, description: 'Unauthorized' }, 'getMe', {}) }, 'x');
    const out = lines.join('');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain('hook-secret');
    expect(out).toContain('[REDACTED]');
  });

  it('scrubs any token-shaped string', () => {
    expect(scrubSecrets(`a 987654321:${'Z'.repeat(35)} b`)).toBe('a [REDACTED] b');
    expect(scrubSecrets('update 12345 ok')).toBe('update 12345 ok');
  });
});
