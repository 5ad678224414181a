/**
 * Every script in test/conversations/*.json becomes one test: the real bot (createBot) over the real
 * engine built from seeds/, driven in-process through bot.handleUpdate against a fake Bot API.
 * See test/conversations/README.md for the script format.
 */
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/answer/engine.js';
import type { AnswerEngine } from '../src/answer/types.js';
import { conversationSchema } from './support/conversation-schema.js';
import { failureReport, loadConversations, runConversation } from './support/conversation-runner.js';
import { telegramHtmlProblems } from './support/telegram-html.js';
import { entitiesOf } from './support/updates.js';

const CONVERSATIONS_DIR = fileURLToPath(new URL('./conversations/', import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const conversations = loadConversations(CONVERSATIONS_DIR);

let engine: AnswerEngine;
beforeAll(async () => {
  // Built in memory (no cacheDir): the test never writes next to the repository.
  engine = await createEngine({ corpusDir: SEEDS_DIR, logger: pino({ level: 'silent' }) });
});

describe('conversation scripts', () => {
  it('are many and uniquely named', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(25);
    const names = conversations.map((c) => c.script.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const { file, script } of conversations) {
    it(`${script.name} (${file})`, async () => {
      const outcomes = await runConversation(script, engine);
      const report = failureReport(outcomes);
      expect(report, `\n${script.description}\n\n${report}`).toBe('');
      expect(outcomes).toHaveLength(script.steps.length);
    });
  }
});

describe('the conversation machinery itself', () => {
  it('fails a script whose expectation the bot does not meet', async () => {
    const script = conversationSchema.parse({
      name: 'wrong on purpose',
      description: 'expects silence where the bot answers, and a missing word',
      steps: [
        { send: '/start', expect: { silent: true } },
        { send: '/help', expect: { contains: 'no such phrase anywhere', lang: 'bn', says: 'noanswer.text', citations: { min: 1 } } },
        { send: 'hello', expect: { replyTo: true } },
      ],
    });
    const outcomes = await runConversation(script, engine);
    expect(outcomes[0]!.problems.join('\n')).toMatch(/expected silence/);
    const second = outcomes[1]!.problems.join('\n');
    for (const wanted of [/no such phrase anywhere/, /UI language bn/, /"noanswer.text" prompt/, /citations/]) expect(second).toMatch(wanted);
    expect(outcomes[2]!.problems.join('\n')).toMatch(/replies to nothing/);
  });

  it('rejects a malformed script with a readable reason', () => {
    const result = conversationSchema.safeParse({ name: 'x', description: 'y', steps: [{ send: 'a', press: 'More', expect: {} }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/exactly one action/);
  });

  it('judges Telegram HTML like Telegram does', () => {
    expect(telegramHtmlProblems('<b>bold</b> &amp; <blockquote><i>x</i></blockquote> &lt;tag&gt; &#8212;')).toEqual([]);
    expect(telegramHtmlProblems('<b>open')).not.toEqual([]);
    expect(telegramHtmlProblems('<div>x</div>')).not.toEqual([]);
    expect(telegramHtmlProblems('a & b')).not.toEqual([]);
    expect(telegramHtmlProblems('<b><i>x</b></i>')).not.toEqual([]);
    expect(telegramHtmlProblems('&nbsp;')).not.toEqual([]);
  });

  it('gives commands and mentions the entities Telegram gives them', () => {
    expect(entitiesOf('/ask@SutraNewsBot কবে? @someone_else')).toEqual([
      { type: 'bot_command', offset: 0, length: 17 },
      { type: 'mention', offset: 23, length: 13 },
    ]);
    expect(entitiesOf('no command here /but this is one')).toEqual([{ type: 'bot_command', offset: 16, length: 4 }]);
  });
});
