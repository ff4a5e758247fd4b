import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa, type Options } from 'execa';
import { repoRoot } from './cli.js';

export const binPath = path.join(repoRoot, 'bin/ikusei.js');

/**
 * Runs the built `ikusei` binary (npm test builds dist/ first) as a user would, with a clean
 * environment: no colours unless asked, and an IKUSEI_HOME the test chooses.
 */
export async function runBin(args: string[], options: Options & { env?: Record<string, string> } = {}) {
  return execa('node', [binPath, ...args], {
    reject: false,
    cwd: repoRoot,
    extendEnv: false,
    ...options,
    // Never the real ~/.ikusei: commands write sessions and a program cache there.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', IKUSEI_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-home-')), ...options.env },
  });
}

/** Output as a person reads it: no colour codes, LF line ends. */
export function plain(s: string): string {
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r\n/g, '\n');
}
