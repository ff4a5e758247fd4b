import { cli } from '../../messages/cli.js';
import type { CommandSpec } from './types.js';

export interface ShowOptions {
  json?: boolean;
}

export const showSpec: CommandSpec<ShowOptions> = {
  name: 'show',
  description: cli.show.description,
  args: [{ name: '<program>', description: cli.show.argument }],
  options: [{ flags: '--json', description: cli.show.json }],
  load: () => import('./show.js'),
};
