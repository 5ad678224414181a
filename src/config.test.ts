import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

const TOKEN = '123456789:AAHfakeTokenForTestsOnly_abcdefghij';

describe('parseConfig', () => {
  it('gives defaults for an empty environment (local terminal chat)', () => {
    const c = parseConfig({});
    expect(c.BOT_TOKEN).toBeUndefined();
    expect(c.CORPUS_DIR).toBe('seeds');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.PORT).toBe(8080);
    expect(c.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    const c = parseConfig({ BOT_TOKEN: '', WEBHOOK_URL: '  ', PORT: '', RATE_LIMIT_MAX: ' ', LOG_LEVEL: '', CORPUS_DIR: ' ' });
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.CORPUS_DIR).toBe('seeds');
    expect(c.BOT_TOKEN).toBeUndefined();
    expect(c.PORT).toBe(8080);
    expect(c.RATE_LIMIT_MAX).toBe(5);
  });

  it('parses numbers and keeps a valid token', () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN, PORT: '3000', RATE_LIMIT_MAX: '2' });
    expect(c.BOT_TOKEN).toBe(TOKEN);
    expect(c.PORT).toBe(3000);
    expect(c.RATE_LIMIT_MAX).toBe(2);
  });

  it.each([
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT'],
    [{ TELEGRAM_API_ROOT: 'ftp://127.0.0.1/bot' }, 'TELEGRAM_API_ROOT'],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'javascript:alert(1)', WEBHOOK_SECRET: 's3cret' }, 'WEBHOOK_URL'],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://example.org/hook' }, 'WEBHOOK_SECRET'],
    [{ WEBHOOK_URL: 'https://example.org/hook', WEBHOOK_SECRET: 's3cret' }, 'BOT_TOKEN'],
  ])('rejects %j naming %s and never echoing the value', (env, name) => {
    let error: unknown;
    try {
      parseConfig(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message.split('\n')).toHaveLength(1);
    for (const value of Object.values(env)) if (value.length > 6) expect(message).not.toContain(value);
  });
});
