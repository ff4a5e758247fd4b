import { help } from '../../messages/help.js';
import { DRAWING_OPTIONS, type DrawFlags } from './drawing.spec.js';
import type { CommandSpec } from './types.js';

const s = help.sheet;

export interface RenderOptions extends DrawFlags {
  program?: string;
  template?: string;
}

export const renderSpec: CommandSpec<RenderOptions> = {
  name: 'render',
  description: s.render.description,
  args: [{ name: '[input]', description: s.render.input }],
  options: [
    { flags: '-o, --output <file>', description: s.options.output },
    { flags: '--program <program>', description: s.options.program },
    { flags: '--template <template>', description: s.options.template },
    { flags: '--no-appendix', description: s.options.noAppendix },
    ...DRAWING_OPTIONS,
  ],
  after: s.render.after,
  load: () => import('./render.js'),
};
