import { privacyMsg } from '../../../messages/privacy.js';
import { walkMsg } from '../../../messages/walk.js';
import type { CommandSpec } from '../types.js';

const m = walkMsg.spec;

/** The interactive walk and its sessions (start, resume, sessions [purge], run). */
export const walkCommands: CommandSpec[] = [
  {
    name: 'start',
    description: m.start,
    args: [{ name: '[program]', description: m.startProgram }],
    options: [{ flags: '--encrypt', description: privacyMsg.spec.encrypt }],
    after: m.startAfter + privacyMsg.spec.startAfter,
    load: () => import('../start.js'),
  },
  {
    name: 'resume',
    description: m.resume,
    args: [{ name: '[id]', description: m.resumeId }],
    load: () => import('../resume.js'),
  },
  {
    name: 'sessions',
    description: m.sessions,
    options: [{ flags: '--json', description: m.sessionsJson }],
    subcommands: [
      {
        name: 'purge',
        description: privacyMsg.purge.description,
        options: [
          { flags: '--older-than <age>', description: privacyMsg.purge.olderThan },
          { flags: '--dry-run', description: privacyMsg.purge.dryRun },
          { flags: '-y, --yes', description: privacyMsg.purge.yes },
        ],
        after: privacyMsg.purge.after,
        load: () => import('../sessions-purge.js'),
      },
    ],
    load: () => import('../sessions.js'),
  },
  {
    name: 'run',
    description: m.run,
    args: [{ name: '<program>', description: m.runProgram }],
    options: [
      { flags: '--answers <file>', description: m.runAnswers },
      { flags: '--json', description: m.runJson },
      { flags: '--save', description: m.runSave },
    ],
    after: m.runAfter,
    load: () => import('../run.js'),
  },
];
