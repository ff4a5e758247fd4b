import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp.js';
import { plain } from '../helpers/bin.js';

export const TRAINER_FIXTURES = path.join(import.meta.dirname, 'fixtures/programs');
export const MINI = path.join(TRAINER_FIXTURES, 'mini.yaml');

/** A fresh IKUSEI_HOME, so no test reads or writes the user's own. */
export function tempHome(): string {
  return tempDir('ikusei-trainer-home-');
}

/**
 * A copy of the trainer fixtures (mini.yaml and its catalog) in a temp folder, with `edits`
 * applied to mini.yaml. Each edit must match, so a fixture change cannot make a test pass vacuously.
 */
export function tempPrograms(edits: [string | RegExp, string][] = []): { dir: string; file: string } {
  const dir = tempDir('ikusei-trainer-');
  fs.cpSync(TRAINER_FIXTURES, dir, { recursive: true });
  const file = path.join(dir, 'mini.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8'), edits));
  return { dir, file };
}

export function edit(text: string, edits: [string | RegExp, string][]): string {
  let out = text;
  for (const [from, to] of edits) {
    const next = out.replace(from, to);
    if (next === out) throw new Error(`fixture edit did not apply: ${String(from)}`);
    out = next;
  }
  return out;
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not in ${file}: ${needle}`);
  return i + 1;
}

/**
 * Resolves when `text()` (a running command's output so far) has matched `pattern` `count` times.
 * Generous (30 s): a loaded machine is slow.
 */
export function waitForOutput(text: () => string, pattern: RegExp, count: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if ((plain(text()).match(new RegExp(pattern, 'g')) ?? []).length >= count) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > 30_000) {
        clearInterval(tick);
        reject(new Error(`timed out waiting for ${what}; output so far:\n${plain(text())}`));
      }
    }, 50);
  });
}
