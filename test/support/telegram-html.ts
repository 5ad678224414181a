/**
 * Telegram's HTML parse mode, as a checker: which tags and entities Telegram accepts, whether tags are
 * balanced, and the plain text Telegram would show. Used by the fake Bot API (which, like Telegram,
 * rejects a message it cannot parse) and by the conversation expectations.
 */

/** Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style). */
const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre',
  'blockquote',
]);

/** Named entities Telegram understands; numeric ones (&#123; &#x1F;) are accepted too. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

const TOKEN = /<\/?([a-zA-Z][\w-]*)([^<>]*)>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[<>&]/g;

/**
 * Problems Telegram would have parsing `html` (empty list when it is valid): unknown tags, unbalanced
 * or badly nested tags, unsupported entities, a bare `<`, `>` or `&`.
 */
export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [whole, tag, , entity] = match;
    const at = match.index ?? 0;
    if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) {
        problems.push(`unsupported tag <${name}> at ${at}`);
        continue;
      }
      if (whole.startsWith('</')) {
        const top = open.pop();
        if (top !== name) problems.push(`</${name}> at ${at} closes ${top ? `<${top}>` : 'nothing'}`);
      } else {
        open.push(name);
      }
    } else if (entity !== undefined) {
      if (!entity.startsWith('#') && !(entity in NAMED_ENTITIES)) problems.push(`unsupported entity &${entity}; at ${at}`);
    } else {
      problems.push(`bare "${whole}" at ${at} (must be escaped)`);
    }
  }
  for (const name of open) problems.push(`<${name}> is never closed`);
  return problems;
}

/** The text Telegram shows for `html`: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html.replace(/<[^<>]*>/g, '').replace(/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}
