import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

export interface RunOptions {
  answers?: string;
  json?: boolean;
  save?: boolean;
  date?: string;
}

export const runSpec: CommandSpec<RunOptions> = {
  name: 'run',
  description: help.walk.run,
  args: [{ name: '<program>', description: help.walk.runProgram }],
  options: [
    { flags: '--answers <file>', description: help.walk.runAnswers },
    { flags: '--json', description: help.walk.runJson },
    { flags: '--save', description: help.walk.runSave },
    { flags: '--date <YYYY-MM-DD>', description: help.sheet.options.date },
  ],
  after: help.walk.runAfter,
  load: () => import('./run.js'),
};
