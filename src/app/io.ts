import { createRequire } from 'node:module';
import tty from 'node:tty';
import type { ChalkInstance } from 'chalk';

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
  /**
   * Ctrl-C outside a prompt, SIGTERM, or a closed terminal (SIGHUP): lets a walk save and stop with
   * exit 130. Returns a function that removes the listener.
   */
  onInterrupt?(listener: (signal: InterruptSignal) => void): () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    onInterrupt: (listener) => {
      const signals: InterruptSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
      const handlers = signals.map((s) => [s, () => (s === 'SIGHUP' && terminalGone() ? hangUp() : listener(s))] as const);
      for (const [s, h] of handlers) process.on(s, h);
      // A closed terminal often shows as the end of stdin (or EIO) just before SIGHUP arrives. A
      // terminal in raw mode has no other way to end (Ctrl-D is a key there), so that is a hang-up.
      const onInputGone = () => (process.stdin.isTTY ? hangUp() : listener('SIGHUP'));
      process.stdin.on('end', onInputGone).on('error', onInputGone);
      return () => {
        handlers.forEach(([s, h]) => process.off(s, h));
        process.stdin.off('end', onInputGone).off('error', onInputGone);
      };
    },
  };
}

/** The terminal was closed (not just signalled): it no longer answers as a terminal. */
function terminalGone(): boolean {
  return process.stdin.isTTY === true && !tty.isatty(0);
}

/**
 * Ends the process the way Unix programs end on hang-up. Exiting normally is not an option:
 * Node 20 aborts at exit when it cannot restore a vanished terminal (nodejs/node#51519, fixed in
 * later Node). Nothing is lost: the walk saves synchronously after every answer.
 */
function hangUp(): void {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

/**
 * Colours only for a terminal, and never with NO_COLOR, TERM=dumb or --no-color (clig.dev).
 * FORCE_COLOR (set, and not 0 or false) turns them on for pipes too (CI logs, `| less -R`), and
 * wins over NO_COLOR as it does in Node itself; the --no-color flag wins over both.
 */
export function colorOn(stream: OutStream, env: NodeJS.ProcessEnv, noColor = false): boolean {
  if (noColor) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}

// chalk costs ~14 ms to load, which --help, pipes and CI should not pay: it is loaded only when some
// output will actually be coloured. Whenever colours are off, `plain` stands in: every style is the
// identity, chained as deep as the caller likes.
let ChalkClass: typeof import('chalk').Chalk | undefined;
const plain: ChalkInstance = new Proxy((text: unknown) => String(text), { get: () => plain }) as unknown as ChalkInstance;

/**
 * Loads chalk ahead of colorsFor() when some output will be coloured. Not required (colorsFor loads
 * it itself), but import() also works where require() cannot load an ES module (Node 20.17–20.18).
 */
export async function loadColors(io: Io, noColor = false): Promise<void> {
  if (!ChalkClass && (colorOn(io.stdout, io.env, noColor) || colorOn(io.stderr, io.env, noColor))) ChalkClass = (await import('chalk')).Chalk;
}

/** The styles for one stream. chalk 5 ignores NO_COLOR under a TTY, so the level is decided here. */
export function colorsFor(stream: OutStream, env: NodeJS.ProcessEnv, noColor = false): ChalkInstance {
  if (!colorOn(stream, env, noColor)) return plain;
  ChalkClass ??= requireChalk();
  return ChalkClass ? new ChalkClass({ level: 1 }) : plain;
}

/** chalk, loaded synchronously (require(esm), Node 20.19+ and 22.12+); undefined where that is not possible. */
function requireChalk(): typeof import('chalk').Chalk | undefined {
  try {
    return (createRequire(import.meta.url)('chalk') as typeof import('chalk')).Chalk;
  } catch {
    return undefined;
  }
}
