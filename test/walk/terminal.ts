import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { binPath, plain } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';

/**
 * The built binary in a pseudo-terminal of a given size, for what only a real terminal shows:
 * line wrapping, paging, keys typed ahead. Waits look at output printed after the last wait.
 */

export const ENTER = '\r';
export const DOWN = '\u001b[B';
export const SPACE = ' ';
export const miniPrograms = path.join(fixtures, 'programs');

export function ptyHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-pty-'));
}

export class Terminal {
  private out = '';
  private seen = 0;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private readonly p: pty.IPty;

  constructor(
    args: string[],
    home: string,
    private readonly size: { cols: number; rows: number } = { cols: 80, rows: 40 },
  ) {
    this.p = pty.spawn(process.execPath, [binPath, ...args], {
      ...size,
      cwd: home,
      env: { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', TERM: 'xterm-256color', IKUSEI_HOME: home },
    });
    this.p.onData((d) => (this.out += d));
    this.exited = new Promise((resolve) => this.p.onExit(resolve));
  }

  /** Waits for text printed after what earlier waits consumed; the prompt is then ready for keys. */
  async waitFor(re: RegExp, ms = 30_000): Promise<string> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const rest = plain(this.out.slice(this.seen));
      const m = re.exec(rest);
      if (m) {
        this.seen = Math.max(0, this.out.length - (rest.length - (m.index + m[0].length)));
        await new Promise((r) => setTimeout(r, 60)); // let the prompt start reading keys
        return rest.slice(0, m.index + m[0].length);
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`not shown: ${re}\n--- output ---\n${plain(this.out)}`);
  }

  type(keys: string): void {
    this.p.write(keys);
  }

  kill(signal?: string): void {
    this.p.kill(signal);
  }

  /** Everything printed, colour codes removed. */
  get output(): string {
    return plain(this.out);
  }

  /**
   * Every line the terminal showed, as a terminal of this size draws the output (cursor moves,
   * erased lines and its own wrapping at the right edge included), with the scrollback.
   * `wrapped` marks a line the terminal continued from the one before because it was too long.
   */
  async screenLines(): Promise<{ text: string; wrapped: boolean }[]> {
    const term = new xterm.Terminal({ cols: this.size.cols, rows: this.size.rows, scrollback: 10_000, allowProposedApi: true });
    await new Promise<void>((resolve) => term.write(this.out, resolve));
    const buffer = term.buffer.active;
    const lines: { text: string; wrapped: boolean }[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (line) lines.push({ text: line.translateToString(true), wrapped: line.isWrapped });
    }
    term.dispose();
    return lines;
  }
}
