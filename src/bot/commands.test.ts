import { describe, expect, it } from 'vitest';
import pino from 'pino';
import type { Api } from 'grammy';
import { commandList, registerCommands } from './commands.js';

describe('command menu', () => {
  it('registers default, en and bn menus and survives a failing API', async () => {
    const calls: Array<{ commands: unknown; options: unknown }> = [];
    const api = {
      setMyCommands: async (commands: unknown, options: unknown) => {
        calls.push({ commands, options });
        if (calls.length === 1) throw new Error('network down');
        return true;
      },
    } as unknown as Api;
    await expect(registerCommands(api, pino({ level: 'silent' }))).resolves.toBeUndefined();
    expect(calls.map((c) => c.options)).toEqual([{}, { language_code: 'en' }, { language_code: 'bn' }]);
    expect(commandList('bn').map((c) => c.command)).toEqual(['start', 'help', 'ask', 'sources']);
    expect(commandList('bn')[0]!.description).toMatch(/[\u0980-\u09FF]/);
  });
});
