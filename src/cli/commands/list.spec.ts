import { cli } from '../../messages/cli.js';
import type { CommandSpec } from './types.js';

export interface ListOptions {
  json?: boolean;
}

export const listSpec: CommandSpec<ListOptions> = {
  name: 'list',
  description: cli.list.description,
  options: [{ flags: '--json', description: cli.list.json }],
  load: () => import('./list.js'),
};
