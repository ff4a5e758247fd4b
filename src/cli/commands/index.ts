import { batchSpec } from './batch.spec.js';
import { checklistSpec } from './checklist.spec.js';
import { diffSpec } from './diff.spec.js';
import { graphSpec } from './graph.spec.js';
import { lintSpec } from './lint.spec.js';
import { listSpec } from './list.spec.js';
import { newSpec } from './new.spec.js';
import { renderSpec } from './render.spec.js';
import { resumeSpec } from './resume.spec.js';
import { runSpec } from './run.spec.js';
import { sessionsSpec } from './sessions.spec.js';
import { showSpec } from './show.spec.js';
import { startSpec } from './start.spec.js';
import { testSpec } from './test.spec.js';
import type { CommandSpec } from './types.js';

export type { CommandModule, CommandSpec, OptionSpec } from './types.js';

// The registry is built at every start, so it imports only the specs (help texts and option
// types); each command's code and messages load when it runs (`load` in its spec).

/** Every command of ikusei, in the order `ikusei --help` lists them: the caseworker's first. */
export const COMMANDS: CommandSpec[] = [
  // the interactive walk and its sessions
  startSpec,
  resumeSpec,
  sessionsSpec,
  runSpec,
  // PDF output
  renderSpec,
  checklistSpec,
  batchSpec,
  // the programs
  listSpec,
  showSpec,
  lintSpec,
  // tools for the trainers who maintain the programs
  testSpec,
  graphSpec,
  diffSpec,
  newSpec,
];
