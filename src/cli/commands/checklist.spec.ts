import { help } from '../../messages/help.js';
import { DRAWING_OPTIONS, type DrawFlags } from './drawing.spec.js';
import type { CommandSpec } from './types.js';

const s = help.sheet;

export interface ChecklistOptions extends DrawFlags {
  tool?: string;
  from?: string;
}

export const checklistSpec: CommandSpec<ChecklistOptions> = {
  name: 'checklist',
  description: s.checklist.description,
  args: [{ name: '<program>', description: s.checklist.program }],
  options: [
    { flags: '--tool <id>', description: s.checklist.tool },
    { flags: '-o, --output <file>', description: s.options.output },
    { flags: '--from <input>', description: s.checklist.from },
    ...DRAWING_OPTIONS,
  ],
  after: s.checklist.after,
  load: () => import('./checklist.js'),
};
