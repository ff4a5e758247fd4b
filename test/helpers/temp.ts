import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * The one way tests make a temporary folder. It goes in the run's temporary area (os.tmpdir(),
 * which test/setup/temp.ts points at one folder per run) and is removed when the test that made it
 * finishes; a folder made outside a test (at the top of a file, in beforeAll) lives until the
 * file's tests are done. The run's teardown still removes whatever a test leaves on purpose.
 */

const untilFileEnd: string[] = [];

// Registered once per test file: vitest isolates each file's modules, so every file that imports
// this helper gets its own list and its own afterAll.
afterAll(() => {
  for (const dir of untilFileEnd.splice(0)) remove(dir);
});

export interface TempDirOptions {
  /**
   * 'file' keeps the folder until the file's tests end: for concurrent tests, whose finish vitest's
   * global hooks cannot tell apart, and for folders a later test reads.
   */
  until?: 'test' | 'file';
  /** The folder to make it in (default: the run's temporary area). */
  root?: string;
}

export function tempDir(prefix = 'ikusei-test-', options: TempDirOptions = {}): string {
  const dir = fs.mkdtempSync(path.join(options.root ?? os.tmpdir(), prefix));
  if (options.until === 'file') untilFileEnd.push(dir);
  else {
    try {
      onTestFinished(() => remove(dir));
    } catch {
      // Not inside a test: keep it for the rest of the file.
      untilFileEnd.push(dir);
    }
  }
  return dir;
}

function remove(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
