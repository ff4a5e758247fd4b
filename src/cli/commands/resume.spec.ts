import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

/** resume takes no options of its own. */
export type ResumeOptions = Record<never, never>;

export const resumeSpec: CommandSpec<ResumeOptions> = {
  name: 'resume',
  description: help.walk.resume,
  args: [{ name: '[id]', description: help.walk.resumeId }],
  load: () => import('./resume.js'),
};
