// What commands import: the context and the program helpers. run.ts imports only
// command-context.ts so that `ikusei --help` does not load the YAML and schema stack.
export { createContext, type CommandContext } from './command-context.js';
export { openProgram, resolveProgramFile } from './programs.js';

import path from 'node:path';
import { displayPath } from '../core/model/loaded.js';
import { bundledProgramsDir } from '../io/paths.js';
import type { CommandContext } from './command-context.js';

/** `--programs DIR` for the commands a hint prints, when the command did not use the bundled programs. */
export function programsArg(ctx: CommandContext): string | undefined {
  if (path.resolve(ctx.programsDir) === path.resolve(bundledProgramsDir)) return undefined;
  const shown = displayPath(ctx.programsDir, ctx.io.cwd);
  return /\s/.test(shown) ? `"${shown}"` : shown;
}
