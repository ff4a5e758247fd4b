import type { CommandContext } from '../../app/context.js';

/** What a command file exports; loaded only when its command runs, so `--help` stays fast. */
export interface CommandModule {
  run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<number>;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** commander syntax: '<program>', '[paths...]'. */
  args?: { name: string; description: string }[];
  /** commander syntax: '--format <format>'. */
  options?: { flags: string; description: string }[];
  /** Examples printed after the help. */
  after?: string;
  subcommands?: CommandSpec[];
  load?: () => Promise<CommandModule>;
}
