import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

export interface StartOptions {
  encrypt?: boolean;
}

export const startSpec: CommandSpec<StartOptions> = {
  name: 'start',
  description: help.walk.start,
  args: [{ name: '[program]', description: help.walk.startProgram }],
  options: [{ flags: '--encrypt', description: help.walk.encrypt }],
  after: help.walk.startAfter + help.walk.encryptAfter,
  load: () => import('./start.js'),
};
