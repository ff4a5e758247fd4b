import { help } from '../../messages/help.js';
import { TEXT_OR_JSON, type CommandSpec, type TextOrJson } from './types.js';

const t = help.trainer.diff;

export interface DiffOptions {
  /** The same as `--format json`. */
  json?: boolean;
  format?: TextOrJson;
}

export const diffSpec: CommandSpec<DiffOptions> = {
  name: 'diff',
  description: t.description,
  args: [
    { name: '<old>', description: t.old },
    { name: '<new>', description: t.new },
  ],
  options: [
    { flags: '--json', description: t.json },
    { flags: '--format <format>', description: t.format, choices: TEXT_OR_JSON },
  ],
  after: t.after,
  load: () => import('./diff.js'),
};
