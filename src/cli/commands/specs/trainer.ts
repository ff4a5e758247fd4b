import { trainer } from '../../../messages/trainer.js';
import type { CommandSpec } from '../types.js';

/** Tools for the trainers who maintain the programs. */
export const trainerCommands: CommandSpec[] = [
  {
    name: 'test',
    description: trainer.test.description,
    args: [{ name: '[programs...]', description: trainer.test.programs }],
    options: [
      { flags: '--min-coverage <percent>', description: trainer.test.minCoverage },
      { flags: '--format <format>', description: trainer.test.format },
    ],
    after: trainer.test.after,
    load: () => import('../test.js'),
  },
  {
    name: 'graph',
    description: trainer.graph.description,
    args: [{ name: '<program>', description: trainer.graph.program }],
    options: [
      { flags: '--format <format>', description: trainer.graph.format },
      { flags: '-o, --output <file>', description: trainer.graph.output },
      { flags: '--start <node>', description: trainer.graph.start },
      { flags: '--tool <id>', description: trainer.graph.tool },
      { flags: '--paper <size>', description: trainer.graph.paper },
      { flags: '--orientation <orientation>', description: trainer.graph.orientation },
      { flags: '--force', description: trainer.graph.force },
    ],
    after: trainer.graph.after,
    load: () => import('../graph.js'),
  },
  {
    name: 'diff',
    description: trainer.diff.description,
    args: [
      { name: '<old>', description: trainer.diff.old },
      { name: '<new>', description: trainer.diff.new },
    ],
    options: [{ flags: '--format <format>', description: trainer.diff.format }],
    after: trainer.diff.after,
    load: () => import('../diff.js'),
  },
  {
    name: 'new',
    description: trainer.new.description,
    args: [{ name: '<id>', description: trainer.new.id }],
    options: [
      { flags: '--number <number>', description: trainer.new.number },
      { flags: '--title <title>', description: trainer.new.title },
    ],
    after: trainer.new.after,
    load: () => import('../new.js'),
  },
];
