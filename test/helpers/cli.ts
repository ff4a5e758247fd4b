import path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/app/io.js';
import { tempDir } from './temp.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const fixtures = path.join(repoRoot, 'test/fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output: fast tests of commands without a child process. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; now?: Date; stdin?: NodeJS.ReadableStream & { isTTY?: boolean }; tty?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    stdin: options.stdin ?? Object.assign(new PassThrough(), { isTTY: false }),
    // Never the real ~/.ikusei: commands write sessions and a program cache there.
    env: { ...(options.env && 'IKUSEI_HOME' in options.env ? {} : { IKUSEI_HOME: tempDir('ikusei-home-') }), ...options.env },
    cwd: options.cwd ?? repoRoot,
    now: () => options.now ?? new Date('2026-11-22T10:00:00+09:00'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
