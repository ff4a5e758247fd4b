import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

export interface PurgeOptions {
  olderThan?: string;
  dryRun?: boolean;
  yes?: boolean;
}

/** `ikusei sessions purge`, a subcommand of sessions. */
export const purgeSpec: CommandSpec<PurgeOptions> = {
  name: 'purge',
  description: help.purge.description,
  options: [
    { flags: '--older-than <age>', description: help.purge.olderThan },
    { flags: '--dry-run', description: help.purge.dryRun },
    { flags: '-y, --yes', description: help.purge.yes },
  ],
  after: help.purge.after,
  load: () => import('./sessions-purge.js'),
};
