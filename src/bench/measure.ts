import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';

export interface Timing {
  /** Median wall time in milliseconds. */
  median: number;
  min: number;
  runs: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, runs: sorted.length };
}

/** Wall time of a whole process, start-up included, as a user feels it. */
export function timeProcess(args: string[], runs: number, env: NodeJS.ProcessEnv = {}, options: { freshHome?: boolean } = {}): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    // A fresh $IKUSEI_HOME per run measures a first run: nothing cached yet.
    const home = options.freshHome ? { IKUSEI_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-bench-fresh-')) } : {};
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: packageRoot, env: { ...process.env, ...env, ...home }, stdio: 'ignore' });
    const t = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
    if (i > 0) samples.push(t); // the first run warms the file cache
  }
  return summarise(samples);
}

export const ikuseiBin = path.join(packageRoot, 'bin/ikusei.js');

/** Median time of an in-process function, in milliseconds. */
export function timeFunction(fn: () => unknown, runs: number): Timing {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/** Peak resident memory (MB) of an ikusei command, measured by the child itself. */
export function peakMemoryMb(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const probe = path.join(packageRoot, 'dist/bench/peak.js');
  const r = spawnSync(process.execPath, [probe, ...args], { cwd: packageRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}
