import { cli } from '../../messages/cli.js';
import { trainer } from '../../messages/trainer.js';
import { sheetCommands } from './specs/sheet.js';
import { trainerCommands } from './specs/trainer.js';
import { walkCommands } from './specs/walk.js';
import type { CommandSpec } from './types.js';

export type { CommandModule, CommandSpec } from './types.js';

const programCommands: CommandSpec[] = [
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
    options: [{ flags: '--format <format>', description: cli.lint.format }, { flags: '--watch', description: trainer.watch.option }],
    load: () => import('./lint.js'),
  },
];

/** Every command of ikusei, in the order `ikusei --help` lists them: the caseworker's first. */
export const COMMANDS: CommandSpec[] = [...walkCommands, ...sheetCommands, ...programCommands, ...trainerCommands];
