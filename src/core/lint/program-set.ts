import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import type { LoadedProgram } from '../model/loaded.js';

/**
 * Checks across the programs of one folder: two programs may not share an id, and two programs
 * in use may not share a number (`show 1`, `start I` and the chooser would reach either).
 * Drafts (`draft: true`) have no place among I–VI, so their numbers do not count.
 * Each program checked gets the error at its own `id` / `number`, naming the other's place, so
 * linting one file of the folder shows it too.
 */
export function lintProgramSet(checked: readonly LoadedProgram[], folder: readonly LoadedProgram[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const lp of checked) {
    for (const other of folder) {
      if (path.resolve(other.path) === path.resolve(lp.path)) continue;
      if (other.program.id === lp.program.id) {
        out.push(lp.source.atPath(['id'], 'DUPLICATE_ID', msg.duplicateProgramId(lp.program.id, placeOf(other, 'id'))));
      }
      const number = lp.program.number;
      if (number !== undefined && !lp.program.draft && !other.program.draft && other.program.number === number) {
        out.push(lp.source.atPath(['number'], 'DUPLICATE_NUMBER', msg.duplicateProgramNumber(number, placeOf(other, 'number'))));
      }
    }
  }
  return out;
}

/** file:line of a top-level key's value, as lint prints places. */
function placeOf(lp: LoadedProgram, key: string): string {
  const { line } = lp.source.lineCounter.linePos(lp.source.rangeOf([key], 'value').start);
  return `${lp.source.file}:${line}`;
}
