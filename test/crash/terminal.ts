import fs from 'node:fs';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { binPath, faultsPreload, plain } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';

/**
 * The one pseudo-terminal driver: the built binary in a terminal, as a caseworker's terminal runs
 * it, for what only a real terminal shows (prompts read key by key, keys typed ahead, signals,
 * line wrapping and paging at a given size).
 */

export const miniPrograms = path.join(fixtures, 'programs');
export const ENTER = '\r';
export const DOWN = '\u001b[B';
export const SPACE = ' ';

export interface TerminalOptions {
  home: string;
  env?: Record<string, string>;
  /** Run with test/fixtures/fs-faults.cjs preloaded (its settings come through `env`). */
  faults?: boolean;
  /** The working folder (default: the home, or its parent while it does not exist). */
  cwd?: string;
  /** The terminal's size (default: 120 columns, 40 rows). */
  size?: { cols: number; rows: number };
  /** Added as `--programs` (default: the mini fixtures); false when the arguments name their own. */
  programs?: string | false;
}

export class Terminal {
  private raw = '';
  /** Where the raw output not yet consumed by waitForNext starts. */
  private seen = 0;
  private readonly size: { cols: number; rows: number };
  private exit: { exitCode: number; signal?: number } | undefined;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private readonly p: pty.IPty;

  constructor(args: string[], o: TerminalOptions) {
    const node = o.faults ? ['--require', faultsPreload] : [];
    const programs = o.programs === false ? [] : ['--programs', o.programs ?? miniPrograms];
    this.size = o.size ?? { cols: 120, rows: 40 };
    this.p = pty.spawn(process.execPath, [...node, binPath, ...args, ...programs], {
      ...this.size,
      cwd: o.cwd ?? (fs.existsSync(o.home) ? o.home : path.dirname(o.home)),
      env: { PATH: process.env.PATH ?? '', HOME: o.home, LANG: 'C.UTF-8', TERM: 'xterm-256color', IKUSEI_HOME: o.home, ...o.env },
    });
    this.p.onData((d) => (this.raw += d));
    this.exited = new Promise((resolve) =>
      this.p.onExit((e) => {
        this.exit = e;
        resolve(e);
      }),
    );
  }

  /** Everything shown so far, as a person reads it. */
  get output(): string {
    return plain(this.raw);
  }

  /** A mark in the output: later waits look only at what comes after it. */
  get mark(): number {
    return this.output.length;
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  /**
   * Waits until a prompt is active whose text matches one of `prompts` (inquirer marks the
   * active one with "? "), in output after `from`. Returns the index of the prompt and where
   * its line starts, or undefined if the program ended first.
   */
  async waitForPrompt(prompts: RegExp[], from: number, ms = 20_000): Promise<{ index: number; at: number } | undefined> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const rest = this.output.slice(from);
      let best: { index: number; at: number } | undefined;
      prompts.forEach((re, index) => {
        const m = new RegExp(`\\? ${re.source}`).exec(rest);
        if (m && (!best || m.index < best.at - from)) best = { index, at: from + m.index };
      });
      if (best) {
        await sleep(40); // let the prompt start reading keys
        return best;
      }
      if (this.exit) return undefined;
      await sleep(15);
    }
    throw new Error(`no prompt shown after ${ms} ms\n--- output ---\n${this.output.slice(-3000)}`);
  }

  async waitFor(re: RegExp, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (re.test(this.output)) return;
      await sleep(15);
    }
    throw new Error(`not shown: ${re}\n--- output ---\n${this.output.slice(-3000)}`);
  }

  /**
   * Waits for text printed after what earlier calls of this consumed, consumes it, and returns it
   * (from there up to the end of the match); the prompt is then ready for keys. For a walk that
   * shows the same question again, where a look at the whole output would match the old one.
   */
  async waitForNext(re: RegExp, ms = 30_000): Promise<string> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const rest = plain(this.raw.slice(this.seen));
      const m = re.exec(rest);
      if (m) {
        // Advance past the match in the raw output (plain() only removes characters).
        this.seen = Math.max(0, this.raw.length - (rest.length - (m.index + m[0].length)));
        await sleep(60); // let the prompt start reading keys
        return rest.slice(0, m.index + m[0].length);
      }
      await sleep(30);
    }
    throw new Error(`not shown: ${re}\n--- output ---\n${this.output.slice(-3000)}`);
  }

  type(keys: string): void {
    this.p.write(keys);
  }

  /**
   * Every line the terminal showed, as a terminal of this size draws the output (cursor moves,
   * erased lines and its own wrapping at the right edge included), with the scrollback.
   * `wrapped` marks a line the terminal continued from the one before because it was too long.
   */
  async screenLines(): Promise<{ text: string; wrapped: boolean }[]> {
    const term = new xterm.Terminal({ ...this.size, scrollback: 10_000, allowProposedApi: true });
    await new Promise<void>((resolve) => term.write(this.raw, resolve));
    const buffer = term.buffer.active;
    const lines: { text: string; wrapped: boolean }[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (line) lines.push({ text: line.translateToString(true), wrapped: line.isWrapped });
    }
    term.dispose();
    return lines;
  }

  kill(signal = 'SIGKILL'): void {
    if (!this.exit) this.p.kill(signal);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Temporary files of atomic saves (`.<name>.<random>.tmp`) in a folder. */
export function tempFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(f)) : [];
}

/** A small seeded random generator, so a failing run can be repeated (CRASH_SEED=…). */
export function random(seed: number): { int: (lo: number, hi: number) => number; pick: <T>(xs: T[]) => T; chance: (p: number) => boolean } {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}
