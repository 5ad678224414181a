/** Filters on what the addressing gate found, shared by the features. */
import type { KnownCommand } from '../addressing.js';
import type { BotContext } from '../context.js';

/** True for an addressed message that is one of `commands` (a private-chat plain text is `ask`). */
export function isCommand(...commands: KnownCommand[]) {
  return (ctx: BotContext): boolean =>
    ctx.addressed?.kind === 'command' && commands.includes(ctx.addressed.command);
}
