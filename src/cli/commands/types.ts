import type { CommandContext } from '../../app/context.js';
import type { ExitCodeValue } from '../../core/diagnostics/errors.js';

/**
 * What a command's run file (`<name>.ts`) exports; loaded only when its command runs, so `--help`
 * stays fast. `O` is the options interface declared next to the command's spec (`<name>.spec.ts`).
 */
export interface CommandModule<O extends object> {
  // Method syntax on purpose: a CommandModule<LintOptions> is then a CommandModule<object>, so the
  // registry can hold every command while each spec still checks its own run() against its options.
  run(ctx: CommandContext, args: string[], options: O): Promise<ExitCodeValue>;
}

export interface OptionSpec {
  /** commander syntax: '--format <format>'. */
  flags: string;
  description: string;
  /** The only values the option takes (commander's Option.choices): anything else is a usage error, exit 2. */
  choices?: readonly string[];
}

/**
 * One command as `ikusei --help` shows it and commander parses it. Declared in `<name>.spec.ts`
 * with the command's options interface, which is what `load()`'s run() receives.
 */
export interface CommandSpec<O extends object = object> {
  name: string;
  description: string;
  /** commander syntax: '<program>', '[paths...]'. */
  args?: { name: string; description: string }[];
  options?: OptionSpec[];
  /** Examples printed after the help. */
  after?: string;
  subcommands?: CommandSpec[];
  load?: () => Promise<CommandModule<O>>;
}

/** `--format` of the commands whose output is text or JSON (lint, test, diff). */
export const TEXT_OR_JSON = ['text', 'json'] as const;
export type TextOrJson = (typeof TEXT_OR_JSON)[number];
