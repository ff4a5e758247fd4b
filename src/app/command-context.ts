import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { bundledProgramsDir, ikuseiHome } from '../io/paths.js';
import { colorsFor, type Io } from './io.js';
import { bindEnvironment } from '../io/session/keyring.js';

/** What every command receives: the IO, where programs and data live, and colour functions. */
export interface CommandContext {
  io: Io;
  programsDir: string;
  home: string;
  /** Colours for stdout and stderr (plain when not a terminal). */
  out: ChalkInstance;
  err: ChalkInstance;
}

export function createContext(io: Io, globals: { programs?: string; color?: boolean }): CommandContext {
  const dir = globals.programs ?? io.env.IKUSEI_PROGRAMS;
  bindEnvironment(io.env); // encrypted sessions open with this command's IKUSEI_PASSPHRASE
  return {
    io,
    programsDir: dir ? path.resolve(io.cwd, dir) : bundledProgramsDir,
    home: ikuseiHome(io.env),
    out: colorsFor(io.stdout, io.env, globals.color === false),
    err: colorsFor(io.stderr, io.env, globals.color === false),
  };
}
