import path from 'node:path';
import { execa } from 'execa';
import { fixtures, repoRoot } from './cli.js';
import { tempDir } from './temp.js';

export const binPath = path.join(repoRoot, 'bin/ikusei.js');
/** Preloaded with `faults: true`: makes writes fail or go slowly as its IKUSEI_FAULT_* variables say. */
export const faultsPreload = path.join(fixtures, 'fs-faults.cjs');

export interface BinOptions {
  /** The working folder (default: the repository). */
  cwd?: string;
  /**
   * Added to a clean environment of PATH, HOME, LANG=C.UTF-8 and a fresh IKUSEI_HOME; nothing
   * else of the test process's environment comes through. `undefined` leaves a variable out.
   */
  env?: Record<string, string | undefined>;
  /** Node's own options, before the script: `--import`, `--max-old-space-size=…`. */
  node?: string[];
  /** Preload test/fixtures/fs-faults.cjs (its settings come through `env`). */
  faults?: boolean;
  /** A command that runs node in turn (`setpriv …`, `sh -c 'umask 077 && exec "$@"' sh`). */
  wrap?: string[];
  /** Written to standard input, which then ends. */
  input?: string;
  /** Ends the run with SIGTERM after this many ms (the result then says `timedOut`). */
  timeout?: number;
}

/**
 * The one way tests run the built `ikusei` binary (npm test builds dist/ first), as a user would.
 * Never rejects: the result carries the exit code, the signal and the output as text. Awaited, it
 * is the finished run; not awaited, it is the running child (kill(), stdout as a stream), for
 * tests that read the output while the program runs.
 */
export function runBin(args: string[], o: BinOptions = {}) {
  const script = [...(o.faults ? ['--require', faultsPreload] : []), ...(o.node ?? []), binPath, ...args];
  const [file, ...command] = o.wrap?.length ? [...o.wrap, process.execPath, ...script] : [process.execPath, ...script];
  return execa(file!, command, {
    reject: false,
    cwd: o.cwd ?? repoRoot,
    extendEnv: false,
    // Never the real ~/.ikusei: commands write sessions and a program cache there.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LANG: 'C.UTF-8',
      ...(o.env && 'IKUSEI_HOME' in o.env ? {} : { IKUSEI_HOME: tempDir('ikusei-home-') }),
      ...o.env,
    },
    ...(o.input === undefined ? {} : { input: o.input }),
    ...(o.timeout === undefined ? {} : { timeout: o.timeout }),
  });
}

/** Output as a person reads it: no colour codes, LF line ends. */
export function plain(s: string): string {
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r\n/g, '\n');
}
