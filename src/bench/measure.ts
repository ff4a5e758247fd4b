import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../io/paths.js';

// Timing that does not flatter: whole processes as a user starts them, every comparison run
// interleaved (A B A B …) so that a busy spell hits both sides alike, medians with min–max.

export interface Stats {
  median: number;
  min: number;
  max: number;
  /** (p75 − p25) / median: how much the runs disagree. */
  spread: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
  };
  const median = at(0.5);
  return { median, min: s[0]!, max: s[s.length - 1]!, spread: median > 0 ? (at(0.75) - at(0.25)) / median : 0, runs: s.length };
}

export interface ProcessCase {
  name: string;
  /** Node's arguments (a script and its arguments), or `command` for another program. */
  args: string[];
  command?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** A new, empty $IKUSEI_HOME for every run: a first run, nothing cached. */
  freshHome?: boolean;
}

export const ikuseiBin = path.join(packageRoot, 'bin/ikusei.js');

/** A home as ikusei wants it: the user's own, closed to others. */
export function privateHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-bench-home-'));
  fs.chmodSync(home, 0o700);
  return home;
}

/** Wall time of one process in milliseconds. Exit 0 and 1 (lint found problems) both count as done. */
export function timeOnce(c: ProcessCase): number {
  const home = c.freshHome ? { IKUSEI_HOME: privateHome() } : {};
  const t0 = performance.now();
  const r = spawnSync(c.command ?? process.execPath, c.args, { cwd: c.cwd ?? packageRoot, env: { ...process.env, ...c.env, ...home }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const t = performance.now() - t0;
  if (home.IKUSEI_HOME) fs.rmSync(home.IKUSEI_HOME, { recursive: true, force: true });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr}`);
  return t;
}

/**
 * Every case once per round, in order, for `rounds` rounds; one first round is run and dropped
 * (it fills the file cache and any warm cache the case relies on).
 */
export function interleave(cases: ProcessCase[], rounds: number): Map<string, Stats> {
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const c of cases) {
      const t = timeOnce(c);
      if (round > 0) samples.get(c.name)!.push(t);
    }
  }
  return new Map([...samples].map(([name, xs]) => [name, stats(xs)]));
}

/** "68 ms (61–80)" */
export function ms(s: Stats): string {
  const f = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
  return `${f(s.median)} ms（${f(s.min)}–${f(s.max)}）`;
}
