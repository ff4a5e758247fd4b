import { help } from '../../messages/help.js';
import { DRAWING_OPTIONS, type DrawFlags } from './drawing.spec.js';
import type { CommandSpec } from './types.js';

const s = help.sheet;

export interface BatchOptions extends DrawFlags {
  program?: string;
  template?: string;
  jobs?: string;
}

export const batchSpec: CommandSpec<BatchOptions> = {
  name: 'batch',
  description: s.batch.description,
  args: [{ name: '<inputs...>', description: s.batch.inputs }],
  options: [
    { flags: '-o, --output <folder>', description: s.batch.output },
    { flags: '--program <program>', description: s.options.program },
    { flags: '--template <template>', description: s.options.template },
    { flags: '--jobs <n>', description: s.batch.jobs },
    { flags: '--no-appendix', description: s.options.noAppendix },
    ...DRAWING_OPTIONS,
  ],
  after: s.batch.after,
  load: () => import('./batch.js'),
};
