/**
 * A strict checker for Telegram's HTML parse mode, used by the reliability tests: only the tags
 * Telegram accepts, balanced and properly nested, and no bare `<`, `>` or `&` outside tags.
 * Kept separate from the conversation tests' checker on purpose: these tests must not move when that one does.
 */

/** Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style). */
export const TELEGRAM_TAGS: ReadonlySet<string> = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre',
  'blockquote',
]);

const PIECE = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^<>]*)?)>|&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});|[<>&]/g;

/** Every problem Telegram would have with `html`; an empty list means it parses. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(PIECE)) {
    const [whole, closing, tag] = m;
    if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (!TELEGRAM_TAGS.has(name)) problems.push(`tag <${name}> not allowed at ${m.index}`);
      else if (closing) {
        const top = open.pop();
        if (top !== name) problems.push(`</${name}> at ${m.index} closes ${top ?? 'nothing'}`);
      } else open.push(name);
    } else if (whole.length === 1) {
      problems.push(`bare ${JSON.stringify(whole)} at ${m.index}`);
    }
  }
  for (const name of open) problems.push(`<${name}> never closed`);
  return problems;
}
