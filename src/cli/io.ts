import { Chalk, type ChalkInstance } from 'chalk';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything a command may touch of the outside world. Only main.ts builds one from `process`;
 * tests pass their own, so most CLI tests run in-process.
 */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, injectable so tests and `--deterministic` output do not depend on the date. */
  now(): Date;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/**
 * Colours only for a terminal, and never with NO_COLOR, TERM=dumb or --no-color (clig.dev).
 * chalk 5 ignores NO_COLOR under a TTY, so the level is decided here.
 */
export function colorsFor(stream: OutStream, env: NodeJS.ProcessEnv, noColor = false): ChalkInstance {
  const off = noColor || !stream.isTTY || (env.NO_COLOR ?? '') !== '' || env.TERM === 'dumb' || env.FORCE_COLOR === '0';
  return new Chalk({ level: off ? 0 : 1 });
}
