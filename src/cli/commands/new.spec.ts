import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

const t = help.trainer.new;

export interface NewOptions {
  number?: string;
  title?: string;
}

export const newSpec: CommandSpec<NewOptions> = {
  name: 'new',
  description: t.description,
  args: [{ name: '<id>', description: t.id }],
  options: [
    { flags: '--number <number>', description: t.number },
    { flags: '--title <title>', description: t.title },
  ],
  after: t.after,
  load: () => import('./new.js'),
};
