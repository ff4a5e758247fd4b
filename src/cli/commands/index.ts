import { cli } from '../../messages/cli.js';
import { trainer } from '../../messages/trainer.js';
import type { CommandContext } from '../context.js';

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

/** Every command of ikusei, in the order `ikusei --help` lists them. */
export const COMMANDS: CommandSpec[] = [
  {
    name: 'list',
    description: cli.list.description,
    options: [{ flags: '--json', description: cli.list.json }],
    load: () => import('./list.js'),
  },
  {
    name: 'show',
    description: cli.show.description,
    args: [{ name: '<program>', description: cli.show.argument }],
    options: [{ flags: '--json', description: cli.show.json }],
    load: () => import('./show.js'),
  },
  {
    name: 'lint',
    description: cli.lint.description,
    args: [{ name: '[paths...]', description: cli.lint.paths }],
    options: [{ flags: '--format <format>', description: cli.lint.format }],
    load: () => import('./lint.js'),
  },
  {
    name: 'test',
    description: trainer.test.description,
    args: [{ name: '[programs...]', description: trainer.test.programs }],
    load: () => import('./test.js'),
  },
];
