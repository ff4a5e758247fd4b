import { help } from '../../messages/help.js';
import { purgeSpec } from './sessions-purge.spec.js';
import type { CommandSpec } from './types.js';

export interface SessionsOptions {
  json?: boolean;
}

export const sessionsSpec: CommandSpec<SessionsOptions> = {
  name: 'sessions',
  description: help.walk.sessions,
  options: [{ flags: '--json', description: help.walk.sessionsJson }],
  subcommands: [purgeSpec],
  load: () => import('./sessions.js'),
};
