import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

const t = help.trainer.graph;

export const GRAPH_FORMATS = ['mermaid', 'dot', 'pdf'] as const;

export interface GraphOptions {
  format?: (typeof GRAPH_FORMATS)[number];
  output?: string;
  start?: string;
  tool?: string;
  /** A4 or A3, any case; checked by the command (its message names both). */
  paper?: string;
  orientation?: string;
  force?: boolean;
}

export const graphSpec: CommandSpec<GraphOptions> = {
  name: 'graph',
  description: t.description,
  args: [{ name: '<program>', description: t.program }],
  options: [
    { flags: '--format <format>', description: t.format, choices: GRAPH_FORMATS },
    { flags: '-o, --output <file>', description: t.output },
    { flags: '--start <node>', description: t.start },
    { flags: '--tool <id>', description: t.tool },
    { flags: '--paper <size>', description: t.paper },
    { flags: '--orientation <orientation>', description: t.orientation },
    { flags: '--force', description: t.force },
  ],
  after: t.after,
  load: () => import('./graph.js'),
};
