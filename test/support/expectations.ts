/**
 * Checks what the bot did in one step (the Bot API calls it made) against the step's expectations, and
 * against the rules every reply must keep whatever the script says (Telegram accepted every call, HTML
 * is valid, ≤ 4,096 characters, every button press and inline query answered exactly once).
 */
import type { InlineKeyboardButton } from 'grammy/types';
import type { ApiCall } from './fake-telegram.js';
import type { ButtonKind, Count, Expectation } from './conversation-schema.js';
import { buttonKind, buttonsOf, citationNumbers, promptPatterns, uiLanguage } from './judge.js';
import { htmlToText, telegramHtmlProblems } from './telegram-html.js';

/** A message the bot sent (or edited) in this step. */
export interface SentMessage {
  html: string;
  text: string;
  replyTo?: number;
  buttons: InlineKeyboardButton[];
}

/** What one step produced, read from the recorded calls. */
export interface StepView {
  calls: ApiCall[];
  messages: SentMessage[];
  callbackAnswers: Array<{ text?: string; alert: boolean }>;
  inlineResults?: Array<{ title: string; description: string; html: string }>;
}

/** What the step was: its kind and the message it was about (the asker's, or the one under a pressed button). */
export interface StepContext {
  kind: 'message' | 'press' | 'inline';
  messageId?: number;
}

/** Turns recorded calls into a StepView. */
export function viewOf(calls: ApiCall[]): StepView {
  const messages: SentMessage[] = [];
  const callbackAnswers: StepView['callbackAnswers'] = [];
  let inlineResults: StepView['inlineResults'];
  for (const { method, payload } of calls) {
    if (method === 'sendMessage' || method === 'editMessageText') {
      const html = String(payload.text ?? '');
      const markup = payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
      const reply = payload.reply_parameters as { message_id?: number } | undefined;
      messages.push({
        html,
        text: payload.parse_mode === 'HTML' ? htmlToText(html) : html,
        ...(reply?.message_id !== undefined ? { replyTo: reply.message_id } : {}),
        buttons: buttonsOf(markup?.inline_keyboard),
      });
    } else if (method === 'answerCallbackQuery') {
      callbackAnswers.push({ ...(typeof payload.text === 'string' ? { text: payload.text } : {}), alert: payload.show_alert === true });
    } else if (method === 'answerInlineQuery') {
      const results = (payload.results ?? []) as Array<Record<string, unknown>>;
      inlineResults = results.map((r) => {
        const content = (r.input_message_content ?? {}) as Record<string, unknown>;
        return { title: String(r.title ?? ''), description: String(r.description ?? ''), html: String(content.message_text ?? '') };
      });
    }
  }
  return { calls, messages, callbackAnswers, inlineResults };
}

function countProblem(what: string, actual: number, expected: Count): string | undefined {
  if (typeof expected === 'number') return actual === expected ? undefined : `${what}: expected ${expected}, got ${actual}`;
  if (expected.min !== undefined && actual < expected.min) return `${what}: expected at least ${expected.min}, got ${actual}`;
  if (expected.max !== undefined && actual > expected.max) return `${what}: expected at most ${expected.max}, got ${actual}`;
  return undefined;
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Everything shown to the user in this step, as one text (messages, toasts, inline results). */
export function shownText(view: StepView): string {
  return [
    ...view.messages.map((m) => m.text),
    ...view.callbackAnswers.map((a) => a.text ?? ''),
    ...(view.inlineResults ?? []).flatMap((r) => [r.title, r.description, htmlToText(r.html)]),
  ].join('\n');
}

/** Each thing shown in this step as the bot wrote it (HTML for messages, plain for toasts and titles). */
function saidTexts(view: StepView): string[] {
  return [
    ...view.messages.map((m) => m.html),
    ...view.callbackAnswers.map((a) => a.text ?? ''),
    ...(view.inlineResults ?? []).flatMap((r) => [r.title, r.description, r.html]),
  ];
}

/** Rules every step keeps, whatever its expectations. */
export function invariantProblems(view: StepView, context: StepContext): string[] {
  const problems: string[] = [];
  for (const call of view.calls) {
    if (!call.response.ok) problems.push(`Telegram rejected ${call.method}: ${call.response.error_code} ${call.response.description}`);
  }
  const htmls = [...view.messages.map((m) => m.html), ...(view.inlineResults ?? []).map((r) => r.html)];
  for (const html of htmls) {
    if (html.length > 4096) problems.push(`a message is ${html.length} characters long (limit 4096)`);
    for (const problem of telegramHtmlProblems(html)) problems.push(`invalid Telegram HTML: ${problem}`);
  }
  const callbackAnswers = view.calls.filter((c) => c.method === 'answerCallbackQuery').length;
  if (context.kind === 'press' && callbackAnswers !== 1) problems.push(`a button press must be answered once, answerCallbackQuery was called ${callbackAnswers} times`);
  const inlineAnswers = view.calls.filter((c) => c.method === 'answerInlineQuery').length;
  if (context.kind === 'inline' && inlineAnswers !== 1) problems.push(`an inline query must be answered once, answerInlineQuery was called ${inlineAnswers} times`);
  return problems;
}

/** Problems with the step's own expectations (empty when they all hold). */
export function expectationProblems(expect: Expectation, view: StepView, context: StepContext): string[] {
  const problems: string[] = [];
  const add = (problem: string | undefined) => problem && problems.push(problem);
  const methods = view.calls.map((c) => c.method);

  if (expect.silent && methods.length > 0) add(`expected silence, the bot called ${methods.join(', ')}`);
  if (expect.methods && JSON.stringify(expect.methods) !== JSON.stringify(methods)) {
    add(`expected methods [${expect.methods.join(', ')}], got [${methods.join(', ')}]`);
  }
  if (expect.messages !== undefined) add(countProblem('messages sent', view.messages.length, expect.messages));

  const shown = shownText(view);
  const lowered = shown.toLocaleLowerCase();
  for (const needle of list(expect.contains)) {
    if (!lowered.includes(needle.toLocaleLowerCase())) add(`expected the reply to contain "${needle}"`);
  }
  for (const needle of list(expect.notContains)) {
    if (lowered.includes(needle.toLocaleLowerCase())) add(`expected the reply not to contain "${needle}"`);
  }

  for (const key of list(expect.says)) {
    const patterns = promptPatterns(key);
    if (patterns.length === 0) add(`"says": no prompt "${key}" in prompts/*.json`);
    else if (!saidTexts(view).some((text) => patterns.some((p) => p.test(text)))) add(`expected the bot to say its "${key}" prompt`);
  }

  if (expect.lang) {
    const texts = [
      ...view.messages.map((m) => uiLanguage(m.html)),
      ...view.callbackAnswers.filter((a) => a.text).map((a) => uiLanguage(a.text!)),
      ...(view.inlineResults ?? []).map((r) => uiLanguage(r.html)),
    ];
    if (texts.length === 0) add(`expected a reply in ${expect.lang}, the bot showed nothing`);
    texts.forEach((lang, i) => lang !== expect.lang && add(`expected UI language ${expect.lang}, output ${i + 1} is ${lang ?? 'without letters'}`));
  }

  if (expect.citations !== undefined) {
    const numbers = citationNumbers(view.messages.map((m) => m.text).join('\n'));
    add(countProblem(`citations [n] (found ${numbers.map((n) => `[${n}]`).join(' ') || 'none'})`, numbers.length, expect.citations));
  }

  const kinds = new Set<ButtonKind>(view.messages.flatMap((m) => m.buttons.map((b) => buttonKind(b.text)?.kind).filter((k): k is ButtonKind => !!k)));
  const allButtons = view.messages.flatMap((m) => m.buttons);
  if (expect.buttons) {
    if (expect.buttons.length === 0 && allButtons.length > 0) add(`expected no buttons, got ${allButtons.map((b) => `"${b.text}"`).join(', ')}`);
    for (const kind of expect.buttons) if (!kinds.has(kind)) add(`expected a ${kind} button, got ${allButtons.map((b) => `"${b.text}"`).join(', ') || 'none'}`);
  }
  for (const kind of expect.noButtons ?? []) if (kinds.has(kind)) add(`expected no ${kind} button`);

  if (expect.replyTo !== undefined) {
    if (view.messages.length === 0) add('expected a reply, the bot sent no message');
    for (const [i, m] of view.messages.entries()) {
      if (expect.replyTo && m.replyTo !== context.messageId) add(`message ${i + 1} replies to ${m.replyTo ?? 'nothing'}, expected message ${context.messageId}`);
      if (!expect.replyTo && m.replyTo !== undefined) add(`message ${i + 1} replies to ${m.replyTo}, expected no reply`);
    }
  }

  if (expect.answerCallback) {
    const answer = view.callbackAnswers[0];
    if (!answer) add('expected answerCallbackQuery');
    else if (expect.answerCallback !== true) {
      const { contains, alert } = expect.answerCallback;
      if (contains && !(answer.text ?? '').toLocaleLowerCase().includes(contains.toLocaleLowerCase())) add(`expected the toast to contain "${contains}", got "${answer.text ?? ''}"`);
      if (alert !== undefined && answer.alert !== alert) add(`expected show_alert ${alert}, got ${answer.alert}`);
    }
  }

  if (expect.inlineResults !== undefined) {
    if (!view.inlineResults) add('expected answerInlineQuery');
    else add(countProblem('inline results', view.inlineResults.length, expect.inlineResults));
  }
  return problems;
}
