/**
 * The format of a conversation script (test/conversations/*.json), as a zod schema: what a person
 * writes to describe "in this chat, this user does this, and the bot should do that" without code.
 * test/conversations/README.md documents every field.
 */
import { z } from 'zod';

/** A number, or a range with either end open. */
export const countSchema = z.union([
  z.number().int().min(0),
  z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() }),
]);
export type Count = z.infer<typeof countSchema>;

const textList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Buttons, by the label a user sees ("More ▸" / "আরও ▸", "Context [n]", "Article [n]"). */
export const buttonKindSchema = z.enum(['More', 'Context', 'Article']);
export type ButtonKind = z.infer<typeof buttonKindSchema>;

/** What the bot should do in answer to one step. Every field is optional; all given ones must hold. */
export const expectationSchema = z.strictObject({
  /** Nothing at all: no Bot API call. */
  silent: z.literal(true).optional(),
  /** Exactly these Bot API methods, in this order (e.g. ["answerCallbackQuery", "sendMessage"]). */
  methods: z.array(z.string().min(1)).optional(),
  /** How many messages the bot sends. */
  messages: countSchema.optional(),
  /** Text (as the user sees it, tags removed) contains each of these; letter case is ignored. */
  contains: textList.optional(),
  /** …and none of these. */
  notContains: textList.optional(),
  /** The reply is this prompt of the bot (a key of prompts/en.json such as "noanswer.text"), in any language. */
  says: textList.optional(),
  /** Language of the bot's own words (quotes, source lines and code left out), judged by script. */
  lang: z.enum(['bn', 'en']).optional(),
  /** How many distinct citation markers "[n]" the messages carry. */
  citations: countSchema.optional(),
  /** These buttons are under a message of this step; `[]` means no buttons at all. */
  buttons: z.array(buttonKindSchema).optional(),
  /** These buttons are not. */
  noButtons: z.array(buttonKindSchema).min(1).optional(),
  /** true: every message replies to the step's message (the asker's, or the one whose button was pressed); false: none does. */
  replyTo: z.boolean().optional(),
  /** The button press is answered (answerCallbackQuery); optionally with a toast/alert containing a text. */
  answerCallback: z
    .union([z.literal(true), z.strictObject({ contains: z.string().min(1).optional(), alert: z.boolean().optional() })])
    .optional(),
  /** Number of inline results offered. */
  inlineResults: countSchema.optional(),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const chatKindSchema = z.enum(['private', 'group', 'supergroup', 'channel', 'inline']);

/** One thing a user does, followed by what the bot should do. Exactly one action per step. */
export const stepSchema = z
  .strictObject({
    /** Where: private (default), group, supergroup, channel, or inline (for an inline query). */
    chat: chatKindSchema.optional(),
    /** Who: a name from the script's `users` (default "reader", language_code "en"). Ignored in channels. */
    user: z.string().min(1).optional(),
    /** A free note for the reader of the script. */
    note: z.string().optional(),

    /** Action: a text message; `/commands` and `@mentions` get Telegram's entities; `{bot}` is the bot's username. */
    send: z.string().optional(),
    /** With send/reply/mention: the text is repeated this many times (to build very long messages). */
    repeat: z.number().int().min(2).max(10_000).optional(),
    /** With send: the message was sent through this bot's inline mode (Telegram marks it `via_bot`). */
    viaBot: z.boolean().optional(),
    /** Action: a text message replying to the bot's last message in this chat. */
    reply: z.string().optional(),
    /** Action: shorthand for `send: "@{bot} <text>"`. */
    mention: z.string().optional(),
    /** Action: press a button under the bot's last message that has buttons in this chat. */
    press: buttonKindSchema.optional(),
    /** With press: which one of that kind (Context [2] → 2); default the first. */
    button: z.number().int().min(1).optional(),
    /** With press: the answer behind the button has expired before the press. */
    expired: z.boolean().optional(),
    /** Action: an inline query (`@bot <text>` typed in any chat). */
    inline: z.string().optional(),
    /** Action: a message without text. */
    media: z.enum(['sticker', 'photo']).optional(),

    expect: expectationSchema,
  })
  .superRefine((step, ctx) => {
    const actions = (['send', 'reply', 'mention', 'press', 'inline', 'media'] as const).filter((a) => step[a] !== undefined);
    if (actions.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a step needs exactly one action of send/reply/mention/press/inline/media, found ${actions.length}` });
    }
    if ((step.button !== undefined || step.expired !== undefined) && step.press === undefined) {
      ctx.addIssue({ code: 'custom', message: '"button" and "expired" go with "press"' });
    }
    if (step.repeat !== undefined && step.send === undefined && step.reply === undefined && step.mention === undefined) {
      ctx.addIssue({ code: 'custom', message: '"repeat" goes with send, reply or mention' });
    }
    if (step.viaBot !== undefined && step.send === undefined) {
      ctx.addIssue({ code: 'custom', message: '"viaBot" goes with send' });
    }
    const inlineChat = step.chat === 'inline';
    const inlineQuery = step.inline !== undefined;
    if (inlineChat ? !inlineQuery : inlineQuery && step.chat !== undefined) {
      ctx.addIssue({ code: 'custom', message: '"inline" queries go with chat "inline" (or no chat), and only they do' });
    }
    if (step.chat === 'channel' && (step.reply !== undefined || step.press !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'in a channel, only posts (send/mention/media) are supported' });
    }
  });
export type Step = z.infer<typeof stepSchema>;

export const userSchema = z.strictObject({
  /** Telegram's language_code of the user's app (bn, en, …); absent like some real clients. */
  language_code: z.string().min(2).optional(),
  first_name: z.string().min(1).optional(),
});

export const conversationSchema = z.strictObject({
  /** Short unique name; it becomes the test's title. */
  name: z.string().min(1),
  /** What the conversation checks, in a sentence or two. */
  description: z.string().min(1),
  /** The people in the conversation, by name (default: "reader" with language_code "en"). */
  users: z.record(z.string().min(1), userSchema).optional(),
  /** Configuration variables for this conversation's bot (e.g. { "RATE_LIMIT_MAX": 3 }). */
  config: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.union([z.string(), z.number()])).optional(),
  steps: z.array(stepSchema).min(1),
});
export type Conversation = z.infer<typeof conversationSchema>;
