import { sheetCli as m } from '../../../messages/sheet.js';
import type { CommandSpec } from '../types.js';

const drawing = [
  { flags: '--font <file>', description: m.options.font },
  { flags: '--font-bold <file>', description: m.options.fontBold },
  { flags: '--password <password>', description: m.options.password },
  { flags: '--deterministic', description: m.options.deterministic },
  { flags: '--force', description: m.options.force },
];

/** PDF output (render, checklist, batch). */
export const sheetCommands: CommandSpec[] = [
  {
    name: 'render',
    description: m.render.description,
    args: [{ name: '[input]', description: m.render.input }],
    options: [
      { flags: '-o, --output <file>', description: m.options.output },
      { flags: '--program <program>', description: m.options.program },
      { flags: '--template <template>', description: m.options.template },
      ...drawing,
    ],
    after: m.render.after,
    load: () => import('../render.js'),
  },
  {
    name: 'checklist',
    description: m.checklist.description,
    args: [{ name: '<program>', description: m.checklist.program }],
    options: [
      { flags: '--tool <id>', description: m.checklist.tool },
      { flags: '-o, --output <file>', description: m.options.output },
      { flags: '--from <input>', description: m.checklist.from },
      ...drawing,
    ],
    after: m.checklist.after,
    load: () => import('../checklist.js'),
  },
  {
    name: 'batch',
    description: m.batch.description,
    args: [{ name: '<inputs...>', description: m.batch.inputs }],
    options: [
      { flags: '-o, --output <folder>', description: m.batch.output },
      { flags: '--program <program>', description: m.options.program },
      { flags: '--template <template>', description: m.options.template },
      { flags: '--jobs <n>', description: m.batch.jobs },
      ...drawing,
    ],
    after: m.batch.after,
    load: () => import('../batch.js'),
  },
];
