import { describe, expect, it } from 'vitest';
import type { InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent } from 'grammy/types';
import { createFakeEngine } from './testing/fake-engine.js';
import {
  callbackQuery,
  channelPost,
  createHarness,
  GROUP_ID,
  groupText,
  inlineQuery,
  privateMedia,
  privateText,
} from './testing/harness.js';
import { PROMPTS } from './i18n.js';

type Payload = Record<string, unknown>;
const sent = (calls: Array<{ method: string; payload: Payload }>) => calls.filter((c) => c.method === 'sendMessage');
const textOf = (call: { payload: Payload }) => String(call.payload.text);
const buttonsOf = (call: { payload: Payload }) =>
  ((call.payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat() as Array<{
    text: string;
    callback_data: string;
  }>;

/** Asserts a message is well-formed Telegram HTML: only known tags, every & starts an entity. */
function expectSafeHtml(html: string) {
  expect(html.length).toBeLessThanOrEqual(4096);
  for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(/^<\/?(b|i|code|blockquote)>$/);
  expect(html).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
}

describe('private chat', () => {
  it('answers any text with escaped HTML quotes, citations, highlights and buttons', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(privateText('signed partnership?'));
    const [message] = sent(h.take());
    expect(message).toBeDefined();
    const text = textOf(message!);
    expect(message!.payload.parse_mode).toBe('HTML');
    expect(message!.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(text).toContain('They <b>signed</b> a &lt;<b>partnership</b>&gt; treaty &amp; more.');
    expect(text).toContain('[1] Leaders &lt;b&gt;meet&lt;/b&gt; &amp; talk · Daily Test · 2025-01-17 · <code>a1</code>');
    expectSafeHtml(text);
    const buttons = buttonsOf(message!);
    expect(buttons.map((b) => b.text)).toEqual(['Context [1]', 'Article [1]']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(message!.payload.reply_parameters).toBeUndefined();
  });

  it('escapes user text with <b> and & and answers kindly when nothing matches, in the asker language', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine);
    await h.send(privateText('<b>zzz</b> & qqq?'));
    const [en] = sent(h.take());
    expectSafeHtml(textOf(en!));
    expect(textOf(en!)).toContain('do not cover');
    expect(engine.questions).toEqual(['<b>zzz</b> & qqq?']);
    await h.send(privateText('কোনো মিল নেই এমন প্রশ্ন?'));
    const [bn] = sent(h.take());
    expect(textOf(bn!)).toContain('দুঃখিত');
    expect(buttonsOf(bn!)).toEqual([]);
  });

  it('shows English glosses under quotes for English questions only', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(privateText('moscow'));
    expect(textOf(sent(h.take())[0]!)).toContain('<i>Glossary: মস্কো — Moscow</i>');
    await h.send(privateText('মস্কো সফর'));
    // A Bengali-script question gets a Bengali UI and no glosses.
    const bn = textOf(sent(h.take())[0]!);
    expect(bn).toContain('প্রতিবেদন থেকে');
    expect(bn).not.toContain('শব্দার্থ');
  });

  it('explains itself on /start and /help in the user language, with the article count', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(privateText('/start', { languageCode: 'bn' }));
    await h.send(privateText('/help', { languageCode: 'en' }));
    const [bn, en] = sent(h.take());
    expect(textOf(bn!)).toContain('3টি');
    expect(textOf(bn!)).toContain('হুবহু');
    expect(textOf(en!)).toContain('3 news articles');
    expect(textOf(en!)).toContain('verbatim');
    expectSafeHtml(textOf(en!));
  });

  it('lists sources with escaped headline, outlet and date', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(privateText('/sources'));
    const text = textOf(sent(h.take())[0]!);
    expect(text).toContain('1. Leaders &lt;b&gt;meet&lt;/b&gt; &amp; talk · Daily Test · 2025-01-17 · <code>a1</code>');
    expect(text).toContain('3. (no headline) · — · — · <code>a3</code>');
    expectSafeHtml(text);
  });

  it('answers bad input with a clear reply and never asks the engine', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine);
    await h.send(privateText('/ask'));
    await h.send(privateText('x'.repeat(5000)));
    await h.send(privateText('😀😀 👍 ?!'));
    await h.send(privateMedia({ sticker: { file_id: 's' } }));
    await h.send(privateMedia({ photo: [{ file_id: 'p', width: 1, height: 1 }], caption: 'moscow' }));
    await h.send(privateText('/frobnicate'));
    const texts = sent(h.take()).map(textOf);
    expect(texts).toHaveLength(6);
    expect(texts[0]).toContain('/ask');
    expect(texts[1]).toContain('too long (5000 characters)');
    expect(texts[2]).toContain('in words');
    expect(texts[3]).toContain('only read text');
    expect(texts[4]).toContain('only read text');
    expect(texts[5]).toContain('do not know that command');
    expect(engine.questions).toEqual([]);
  });

  it('replies politely instead of failing when the engine throws', async () => {
    const engine = createFakeEngine();
    engine.ask = () => {
      throw new Error('index broken');
    };
    const h = createHarness(engine);
    await h.send(privateText('moscow?'));
    const [message] = sent(h.take());
    expect(textOf(message!)).toContain('something went wrong');
  });

  it('keeps a huge answer within 4,096 characters of valid HTML', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(privateText('a huge question'));
    const [message] = sent(h.take());
    expectSafeHtml(textOf(message!));
    expect(buttonsOf(message!).some((b) => b.text === 'More ▸')).toBe(true);
  });
});

describe('groups and channels', () => {
  it('ignores chatter, other bots\' commands and unknown bare commands silently', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine);
    await h.send(groupText('moscow treaty talk among humans'));
    await h.send(groupText('/ask@OtherBot moscow'));
    await h.send(groupText('/weather'));
    await h.send({ ...groupText('x'), message: { ...(groupText('x').message as object), text: undefined, sticker: { file_id: 's' } } } as never);
    expect(h.take()).toEqual([]);
    expect(engine.questions).toEqual([]);
  });

  it('answers /ask and /ask@ThisBot as a reply to the asker', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(groupText('/ask moscow'));
    await h.send(groupText('/ask@SutraTestBot moscow'));
    const messages = sent(h.take());
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(m.payload.chat_id).toBe(GROUP_ID);
      expect(m.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
      expect(textOf(m)).toContain('Moscow');
    }
  });

  it('answers a mention (without the mention in the question) and a reply to the bot', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine);
    await h.send(groupText('hey @SutraTestBot who met in moscow?'));
    await h.send(groupText('and the treaty?', { replyToBot: true }));
    expect(engine.questions).toEqual(['hey who met in moscow?', 'and the treaty?']);
    expect(sent(h.take())).toHaveLength(2);
  });

  it('answers channel posts that start with /ask or mention the bot, nothing else', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine);
    await h.send(channelPost('news of the day about moscow'));
    await h.send(channelPost('/ask moscow'));
    await h.send(channelPost('@SutraTestBot treaty'));
    expect(engine.questions).toEqual(['moscow', 'treaty']);
    expect(sent(h.take())).toHaveLength(2);
  });
});

describe('buttons', () => {
  async function askAndGetButtons(h: ReturnType<typeof createHarness>, question: string) {
    await h.send(privateText(question));
    return buttonsOf(sent(h.take())[0]!);
  }

  it('More sends the next snippets, Context the paragraph, Article the whole article; each query is answered', async () => {
    const h = createHarness(createFakeEngine());
    const buttons = await askAndGetButtons(h, 'moscow treaty drones');
    expect(buttons.map((b) => b.text)).toContain('More ▸');

    await h.send(callbackQuery(buttons.find((b) => b.text === 'More ▸')!.callback_data));
    let calls = h.take();
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    const more = textOf(sent(calls)[0]!);
    expect(more).toContain('[4]');
    expect(more).not.toContain('[1]');

    await h.send(callbackQuery(buttons.find((b) => b.text === 'Context [1]')!.callback_data));
    calls = h.take();
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect(textOf(sent(calls)[0]!)).toContain('Opening line. <b>The presidents met in Moscow on Friday.</b> Closing line.');

    await h.send(callbackQuery(buttons.find((b) => b.text === 'Article [1]')!.callback_data));
    calls = h.take();
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect(textOf(sent(calls)[0]!)).toContain('They signed a &lt;partnership&gt; treaty &amp; more.');
  });

  it('splits a long article into several messages of at most 4,096 characters', async () => {
    const h = createHarness(createFakeEngine());
    const buttons = await askAndGetButtons(h, 'drones');
    await h.send(callbackQuery(buttons.find((b) => b.text.startsWith('Article'))!.callback_data));
    const parts = sent(h.take()).map(textOf);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expectSafeHtml(part);
    expect(parts.join('\n')).toContain('Paragraph 30 &lt;x&gt; &amp;');
    expect(parts[0]).toMatch(/^<i>\(1\/\d+\)<\/i>/);
  });

  it('answers an expired or evicted button with "please ask again" in the answer language', async () => {
    const h = createHarness(createFakeEngine(), { RESULT_STORE_SIZE: '10' });
    const bnButtons = await askAndGetButtons(h, 'মস্কো');
    for (let i = 0; i < 10; i++) await askAndGetButtons(h, 'moscow');
    await h.send(callbackQuery(bnButtons[0]!.callback_data));
    const calls = h.take();
    expect(sent(calls)).toEqual([]);
    const [answer] = calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(answer!.payload.text).toBe(PROMPTS.bn['callback.expired']);
  });

  it('says sorry in the chat when a button fails after its query was answered', async () => {
    const engine = createFakeEngine();
    engine.context = () => {
      throw new Error('index broken');
    };
    const h = createHarness(engine);
    const buttons = await askAndGetButtons(h, 'moscow');
    await h.send(callbackQuery(buttons[0]!.callback_data));
    const calls = h.take();
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect(textOf(sent(calls)[0]!)).toContain('something went wrong');
  });

  it('answers unknown callback data too', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(callbackQuery('garbage'));
    expect(h.take().map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});

describe('inline mode', () => {
  it('returns up to 10 cited snippets as HTML articles', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(inlineQuery('moscow treaty'));
    const [call] = h.take();
    expect(call!.method).toBe('answerInlineQuery');
    const results = call!.payload.results as InlineQueryResultArticle[];
    expect(results.length).toBeGreaterThan(1);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(call!.payload.is_personal).toBe(false);
    expect(call!.payload.cache_time).toBeLessThanOrEqual(60);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    const first = results[0]!;
    expect(first.title).toBe('Leaders <b>meet</b> & talk');
    expect(first.description).toBe('The presidents met in Moscow on Friday.');
    const content = first.input_message_content as InputTextMessageContent;
    expect(content.parse_mode).toBe('HTML');
    expectSafeHtml(content.message_text);
    expect(content.message_text).toContain('<code>a1</code>');
  });

  it('offers one hint for an empty or unanswerable query', async () => {
    const h = createHarness(createFakeEngine());
    await h.send(inlineQuery(''));
    await h.send(inlineQuery('qqqq zzzz'));
    for (const call of h.take()) {
      const results = call.payload.results as InlineQueryResultArticle[];
      expect(results).toHaveLength(1);
      expect(results[0]!.title).toBe(PROMPTS.en['inline.hint_title']);
    }
  });
});

describe('flood control', () => {
  it('sends one polite notice on the first excess message, then stays silent', async () => {
    const engine = createFakeEngine();
    const h = createHarness(engine, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' });
    for (let i = 0; i < 6; i++) await h.send(privateText(`moscow ${i}`));
    const texts = sent(h.take()).map(textOf);
    expect(engine.questions).toHaveLength(2);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toBe(PROMPTS.en['ratelimit.notice']);
    // Another user is not affected.
    await h.send(privateText('moscow', { userId: 99 }));
    expect(sent(h.take())).toHaveLength(1);
  });

  it('does not count group chatter against a user', async () => {
    const h = createHarness(createFakeEngine(), { RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW_MS: '60000' });
    for (let i = 0; i < 5; i++) await h.send(groupText(`chatter ${i}`));
    await h.send(groupText('/ask moscow'));
    expect(sent(h.take())).toHaveLength(1);
  });
});
