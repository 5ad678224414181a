/**
 * Plays a conversation script against the real bot (createBot) in-process: each step becomes a
 * Telegram-shaped update fed to `bot.handleUpdate`, every outgoing call is answered by a FakeTelegram,
 * and the calls of the step are checked against its expectations and the always-on rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { parseConfig } from '../../src/config.js';
import type { AnswerEngine } from '../../src/answer/types.js';
import { createBot } from '../../src/bot/index.js';
import { conversationSchema, type Conversation, type Step } from './conversation-schema.js';
import { expectationProblems, invariantProblems, shownText, viewOf, type StepContext } from './expectations.js';
import { FakeTelegram } from './fake-telegram.js';
import { buttonKind } from './judge.js';
import { UpdateFactory, type ChatKind, type Person } from './updates.js';
import { offlineBotInfo } from '../../src/bot/bot-info.js';

/** The bot user the conversations talk to. */
export const CONVERSATION_BOT: UserFromGetMe = offlineBotInfo('SutraNewsBot', 7_700_000_001);

/** Shortest TTL the config accepts; a script with an expired press runs with it and waits it out. */
const EXPIRY_TTL_MS = 1_000;

/** A script file, parsed and validated. */
export interface LoadedConversation {
  file: string;
  script: Conversation;
}

/** Reads and validates every `*.json` in `dir`; a malformed script throws with its file name and the problem. */
export function loadConversations(dir: string): LoadedConversation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const parsed = conversationSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
        throw new Error(`${file} is not a valid conversation script:\n${issues}`);
      }
      return { file, script: parsed.data };
    });
}

/** The outcome of one step. */
export interface StepOutcome {
  index: number;
  step: Step;
  shown: string;
  methods: string[];
  problems: string[];
}

/** Runs one script on a fresh bot over `engine`; returns every step's outcome (problems empty when all held). */
export async function runConversation(script: Conversation, engine: AnswerEngine): Promise<StepOutcome[]> {
  const hasExpiry = script.steps.some((s) => s.expired);
  const env: Record<string, string> = { LOG_LEVEL: 'warn', ...(hasExpiry ? { RESULT_TTL_MS: String(EXPIRY_TTL_MS) } : {}) };
  for (const [key, value] of Object.entries(script.config ?? {})) env[key] = String(value);
  const config = parseConfig(env);
  if (hasExpiry && config.RESULT_TTL_MS > 2 * EXPIRY_TTL_MS) {
    throw new Error(`a script with "expired" presses runs with RESULT_TTL_MS ${EXPIRY_TTL_MS}; do not raise it in "config"`);
  }

  const errors: string[] = [];
  const logger = pino({ level: 'warn' }, new Writable({ write(chunk, _enc, done) { collectErrors(String(chunk), errors); done(); } }));
  const telegram = new FakeTelegram(CONVERSATION_BOT);
  const bot = createBot({ config, engine, logger, botInfo: CONVERSATION_BOT });
  bot.api.config.use(telegram.transformer);
  const updates = new UpdateFactory(telegram);
  const people = peopleOf(script);
  const lastAnswerAt = new Map<number, number>();

  const outcomes: StepOutcome[] = [];
  for (const [index, step] of script.steps.entries()) {
    const person = people(step.user ?? 'reader');
    const built = buildUpdate(step, person, updates, telegram);
    if (typeof built === 'string') {
      outcomes.push({ index, step, shown: '', methods: [], problems: [built] });
      break;
    }
    if (step.expired) {
      const since = Date.now() - (lastAnswerAt.get(built.chatId ?? 0) ?? 0);
      await sleep(Math.max(0, config.RESULT_TTL_MS + 20 - since));
    }
    const before = telegram.calls.length;
    const errorsBefore = errors.length;
    await bot.handleUpdate(built.update);
    const view = viewOf(telegram.calls.slice(before));
    if (view.messages.some((m) => m.buttons.length > 0) && built.chatId !== undefined) lastAnswerAt.set(built.chatId, Date.now());
    const problems = [
      ...invariantProblems(view, built.context),
      ...expectationProblems(step.expect, view, built.context),
      ...errors.slice(errorsBefore).map((e) => `the bot logged an error: ${e}`),
    ];
    outcomes.push({ index, step, shown: shownText(view), methods: view.calls.map((c) => c.method), problems });
  }
  return outcomes;
}

/** A readable report of the failed steps of a run (empty when every step held). */
export function failureReport(outcomes: StepOutcome[]): string {
  return outcomes
    .filter((o) => o.problems.length > 0)
    .map((o) => {
      const { expect: _expect, ...action } = o.step;
      const shown = o.shown.length > 600 ? `${o.shown.slice(0, 600)}…` : o.shown;
      return [
        `step ${o.index + 1} ${JSON.stringify(action)}`,
        ...o.problems.map((p) => `  ✗ ${p}`),
        `  bot called: [${o.methods.join(', ')}]`,
        `  bot showed: ${shown.replace(/\n/g, '\n    ') || '(nothing)'}`,
      ].join('\n');
    })
    .join('\n\n');
}

interface BuiltUpdate {
  update: Update;
  context: StepContext;
  chatId?: number;
}

/** The update for a step, or a string saying why it cannot be built (e.g. nothing to press). */
function buildUpdate(step: Step, person: Person, updates: UpdateFactory, telegram: FakeTelegram): BuiltUpdate | string {
  const bot = CONVERSATION_BOT.username;
  const fill = (text: string) => text.replaceAll('{bot}', bot).repeat(step.repeat ?? 1);
  if (step.inline !== undefined) {
    return { update: updates.inline(person, fill(step.inline)), context: { kind: 'inline' } };
  }
  const kind = (step.chat ?? 'private') as ChatKind;
  const chat = updates.chat(kind, person);
  const asMessage = (update: Update): BuiltUpdate => {
    const message = update.message ?? update.channel_post;
    return { update, context: { kind: 'message', messageId: message?.message_id }, chatId: chat.id };
  };
  if (step.send !== undefined) {
    const via = step.viaBot ? { id: CONVERSATION_BOT.id, is_bot: true, first_name: CONVERSATION_BOT.first_name, username: bot } : undefined;
    return asMessage(updates.text(kind, person, fill(step.send), undefined, via));
  }
  if (step.mention !== undefined) return asMessage(updates.text(kind, person, `@${bot} ${fill(step.mention)}`));
  if (step.media !== undefined) return asMessage(updates.media(kind, person, step.media));
  if (step.reply !== undefined) {
    const last = telegram.lastBotMessage(chat.id);
    if (!last) return `nothing to reply to: the bot has not written in this ${kind} chat yet`;
    return asMessage(updates.text(kind, person, fill(step.reply), last));
  }
  if (step.press !== undefined) {
    const message = telegram.lastBotMessage(chat.id, true);
    if (!message) return `nothing to press: no bot message with buttons in this ${kind} chat`;
    const keyboard = (message.reply_markup?.inline_keyboard ?? []).flat();
    const matching = keyboard.filter((b) => buttonKind(b.text)?.kind === step.press);
    const button = matching[(step.button ?? 1) - 1];
    if (!button || !('callback_data' in button)) {
      return `no "${step.press}" button #${step.button ?? 1} under the last answer (buttons: ${keyboard.map((b) => `"${b.text}"`).join(', ') || 'none'})`;
    }
    const update = updates.callback(person, message as Message, button.callback_data);
    return { update, context: { kind: 'press', messageId: message.message_id }, chatId: chat.id };
  }
  return 'a step without an action';
}

/** People by name: stable ids, language codes from the script's `users`. */
function peopleOf(script: Conversation): (name: string) => Person {
  const known = new Map<string, Person>();
  return (name) => {
    let person = known.get(name);
    if (!person) {
      const declared = script.users?.[name];
      const languageCode = declared ? declared.language_code : 'en';
      person = {
        id: 5_100_000_000 + known.size + 1,
        first_name: declared?.first_name ?? name[0]!.toUpperCase() + name.slice(1),
        ...(languageCode ? { language_code: languageCode } : {}),
      };
      known.set(name, person);
    }
    return person;
  };
}

/** pino writes one JSON line per entry; error-level (50+) entries are kept as "msg: error message". */
function collectErrors(chunk: string, into: string[]): void {
  for (const line of chunk.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      if ((entry.level ?? 0) >= 50) into.push(`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
    } catch {
      into.push(line);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
