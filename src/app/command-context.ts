import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { bundledProgramsDir, ikuseiHome } from '../io/paths.js';
import { colorsFor, type Io } from './io.js';
import type { ExitCodeValue } from '../core/diagnostics/errors.js';

/** What every command receives: the IO, where programs and data live, and colour functions. */
export interface CommandContext {
  io: Io;
  programsDir: string;
  home: string;
  /** Colours for stdout and stderr (plain when not a terminal). */
  out: ChalkInstance;
  err: ChalkInstance;
  /**
   * The passphrase of encrypted sessions: IKUSEI_PASSPHRASE of the command's environment (an
   * empty variable is none), or the one typed at a prompt (cli/unlock.ts, `start --encrypt`).
   * Readers and writers of case and session files get it as a parameter, and batch workers in
   * their setup; it is never written to the environment, to disk or to the screen.
   */
  passphrase?: string;
  /**
   * Tells the user about a failure the command goes on from (a PDF that could not be made after a
   * finished walk, a lint run that failed while watching) and returns its exit code. cli/ fills
   * it in with its reporter (cli/report.ts): only cli/ turns errors into words.
   */
  report(error: unknown): ExitCodeValue;
}

/** How cli/ prints an error; see CommandContext.report. */
export type Reporter = (error: unknown, ctx: Pick<CommandContext, 'io' | 'err'>) => ExitCodeValue;

/** Without cli/ (a batch worker, a test) there is no one to tell: the error goes to the caller. */
const rethrow: Reporter = (error) => {
  throw error;
};

export function createContext(io: Io, globals: { programs?: string; color?: boolean }, reporter: Reporter = rethrow): CommandContext {
  const dir = globals.programs ?? io.env.IKUSEI_PROGRAMS;
  const ctx: CommandContext = {
    io,
    programsDir: dir ? path.resolve(io.cwd, dir) : bundledProgramsDir,
    home: ikuseiHome(io.env),
    out: colorsFor(io.stdout, io.env, globals.color === false),
    err: colorsFor(io.stderr, io.env, globals.color === false),
    passphrase: io.env.IKUSEI_PASSPHRASE || undefined,
    report: (error) => reporter(error, ctx),
  };
  return ctx;
}
