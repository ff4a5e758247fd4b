import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { InterruptSignal, Io } from '../../src/app/io.js';
import type { SessionFile } from '../../src/core/case/types.js';
import { fixtures } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** Helpers for driving the walk in-process with @inquirer/testing's virtual screen. */

export const miniPrograms = path.join(fixtures, 'programs');

export function tempHome(): string {
  return tempDir('ikusei-walk-');
}

/** A programs folder of our own (a copy of the fixtures), for tests that change the program. */
export function copyPrograms(): string {
  const dir = tempDir('ikusei-programs-');
  fs.cpSync(miniPrograms, dir, { recursive: true });
  return dir;
}

export interface Walk {
  done: Promise<{ code: number; stdout: string; stderr: string }>;
  /** Sends a signal as the operating system would (Io.onInterrupt). */
  signal(s: InterruptSignal): void;
}

/** Runs the CLI in-process as if in a terminal (no colour), with a way to send signals. */
export function startCli(argv: string[], home: string, cwd = home): Walk {
  // A second walk in the same test must not see the last prompt of the first one.
  screen.clear();
  let stdout = '';
  let stderr = '';
  const listeners = new Set<(s: InterruptSignal) => void>();
  const io: Io = {
    // A wide terminal: these tests are about the walk, not its layout (terminal-layout.test.ts).
    stdout: { write: (s: string) => (stdout += s), isTTY: true, columns: 200 },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: { IKUSEI_HOME: home, NO_COLOR: '1' },
    cwd,
    now: () => new Date('2026-11-22T10:00:00+09:00'),
    onInterrupt: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const done = run(argv, io).then((code) => ({ code, stdout, stderr }));
  return { done, signal: (s) => listeners.forEach((l) => l(s)) };
}

/** Waits until the active prompt matches (the screen shows only the prompt being asked). */
export async function waitFor(re: RegExp, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const now = screen.getScreen();
    if (re.test(now)) return now;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([screen.next(), new Promise((r) => (timer = setTimeout(r, 250)))]);
    clearTimeout(timer);
  }
  throw new Error(`prompt not found: ${re}\n--- screen ---\n${screen.getScreen()}`);
}

/** Types into an input prompt and presses Enter. */
export function enter(text = ''): void {
  if (text) screen.type(text);
  screen.keypress('enter');
}

/**
 * Picks a list entry by the start of its label: the select prompt jumps to the first entry that
 * starts with what is typed.
 */
export function pick(labelStart: string): void {
  screen.type(labelStart);
  expect(activeLine()).toContain(labelStart);
  screen.keypress('enter');
}

function activeLine(): string {
  return screen.getScreen().split('\n').find((l) => l.startsWith('❯')) ?? '';
}

export function backspace(n: number): void {
  for (let i = 0; i < n; i++) screen.keypress('backspace');
}

/** The intake every walk starts with. */
export async function intake(label = 'R7-1', age = '16', caseworker = '佐藤'): Promise<void> {
  await waitFor(/ケース番号かイニシャル/);
  enter(label);
  await waitFor(/年齢または生年月日/);
  enter(age);
  await waitFor(/担当ケースワーカー/);
  enter(caseworker);
}

export function sessions(home: string): SessionFile[] {
  const dir = path.join(home, 'sessions');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as SessionFile);
}

export function onlySession(home: string): SessionFile {
  const all = sessions(home);
  expect(all).toHaveLength(1);
  return all[0]!;
}

/**
 * The mini walk's shortest route, from the first question to the review: attends (休まず), no
 * part-time job, worries お金, next talk with the school 2026-12-01, hopes なし.
 */
export async function answerShortRoute(): Promise<void> {
  await waitFor(/最近の出席状況/);
  pick('休');
  await waitFor(/アルバイトをしていますか/);
  pick('いいえ');
  await waitFor(/心配ごとは/);
  screen.keypress('3');
  enter();
  await waitFor(/次に学校と話す日/);
  enter('2026-12-01');
  await waitFor(/本人の希望/);
  enter('なし');
  await waitFor(/確定するか、直す回答/);
}
