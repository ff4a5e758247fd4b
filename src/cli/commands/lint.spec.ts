import { cli } from '../../messages/cli.js';
import { TEXT_OR_JSON, type CommandSpec, type TextOrJson } from './types.js';

export interface LintOptions {
  /** The same as `--format json`. */
  json?: boolean;
  format?: TextOrJson;
  watch?: boolean;
}

export const lintSpec: CommandSpec<LintOptions> = {
  name: 'lint',
  description: cli.lint.description,
  args: [{ name: '[paths...]', description: cli.lint.paths }],
  options: [
    { flags: '--json', description: cli.lint.json },
    { flags: '--format <format>', description: cli.lint.format, choices: TEXT_OR_JSON },
    { flags: '--watch', description: cli.lint.watch },
  ],
  load: () => import('./lint.js'),
};
