import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, problemsError, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { trainer } from '../../messages/trainer.js';
import { loadProgramFile } from '../../io/program/load.js';
import { displayPath, type LoadedProgram } from '../../core/model/loaded.js';
import { diffPrograms } from '../../trainer/diff/index.js';
import { diffJson, diffText } from '../../trainer/diff/report.js';
import type { CommandContext } from '../../app/context.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';
import type { DiffOptions } from './diff.spec.js';

const m = trainer.diff;

/**
 * `ikusei diff <old.yaml> <new.yaml> [--json]`: what changed between two versions of a
 * program. Exit 0 whether or not anything changed: a diff reports, it does not judge.
 */
export async function run(ctx: CommandContext, [oldRef, newRef]: string[], options: DiffOptions): Promise<ExitCodeValue> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  const before = load(ctx, oldRef!);
  const after = load(ctx, newRef!);
  const sides = { old: before, new: after, oldFile: displayPath(before.path, ctx.io.cwd), newFile: displayPath(after.path, ctx.io.cwd) };
  const changes = diffPrograms(before.program, after.program);
  if (format === 'json') ctx.io.stdout.write(terminalSafeJson(diffJson(changes, sides)) + '\n');
  else ctx.io.stdout.write(diffText(changes, sides, ctx.out));
  return ExitCode.OK;
}

/** A version only needs to be a readable program (schema-valid); lint problems do not stop a diff. */
function load(ctx: CommandContext, ref: string): LoadedProgram {
  const file = path.resolve(ctx.io.cwd, ref);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw usageError('USAGE_FILE_NOT_FOUND', m.notFound(ref));
  const loaded = loadProgramFile(file, ctx.io.cwd);
  const shown = displayPath(file, ctx.io.cwd);
  if (!loaded.program) throw problemsError('PROGRAM_INVALID', m.unreadable(shown), loaded.diagnostics, m.unreadableHint(shown));
  return loaded.program;
}
