import { trainer } from '../../../messages/trainer.js';
import type { CommandSpec } from '../types.js';

/** Tools for the trainers who maintain the programs. */
export const trainerCommands: CommandSpec[] = [
  {
    name: 'test',
    description: trainer.test.description,
    args: [{ name: '[programs...]', description: trainer.test.programs }],
    load: () => import('../test.js'),
  },
];
