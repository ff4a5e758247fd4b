import { help } from '../../messages/help.js';
import { TEXT_OR_JSON, type CommandSpec, type TextOrJson } from './types.js';

const t = help.trainer.test;

export interface TestOptions {
  minCoverage?: string;
  /** The same as `--format json`, as on every command with machine output. */
  json?: boolean;
  format?: TextOrJson;
}

export const testSpec: CommandSpec<TestOptions> = {
  name: 'test',
  description: t.description,
  args: [{ name: '[programs...]', description: t.programs }],
  options: [
    { flags: '--min-coverage <percent>', description: t.minCoverage },
    { flags: '--json', description: t.json },
    { flags: '--format <format>', description: t.format, choices: TEXT_OR_JSON },
  ],
  after: t.after,
  load: () => import('./test.js'),
};
