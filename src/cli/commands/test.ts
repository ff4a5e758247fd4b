import { ExitCode, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { trainer } from '../../messages/trainer.js';
import { programFiles } from '../../io/program/load.js';
import { type LoadedCatalog } from '../../core/model/loaded.js';
import { summarise, testProgram } from '../../trainer/run-tests.js';
import { programText, summaryText, testJson } from '../../trainer/test-report.js';
import type { CommandContext } from '../../app/context.js';
import { catalogHomeFor, resolveProgramFile } from '../../app/programs.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';
import type { TestOptions } from './test.spec.js';

const m = trainer.test;

/**
 * `ikusei test [program…] [--min-coverage N] [--format json]`: runs every scenario, measures node
 * and option coverage and lists the branches no scenario takes. Exit 1 when a scenario fails, a
 * program has errors, or a program's node coverage is below N%.
 */
export async function run(ctx: CommandContext, refs: string[], options: TestOptions): Promise<ExitCodeValue> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  const min = parseMinimum(options.minCoverage);
  const files = refs.length ? refs.map((r) => resolveProgramFile(ctx, r)) : programFiles(ctx.programsDir);
  if (!files.length) throw usageError('NO_PROGRAMS', m.noPrograms(ctx.programsDir));
  const catalogs = new Map<string, LoadedCatalog>();
  const tests = [];
  for (const file of files) {
    const t = testProgram(file, ctx.io.cwd, ctx.io.now(), catalogs, catalogHomeFor(ctx, file));
    tests.push(t);
    if (format === 'text') ctx.io.stdout.write(programText(t, ctx.out) + '\n');
  }
  const summary = summarise(tests, min);
  if (format === 'json') ctx.io.stdout.write(terminalSafeJson(testJson(tests, summary, min)) + '\n');
  else ctx.io.stdout.write(summaryText(summary, min, ctx.out));
  return summary.ok ? ExitCode.OK : ExitCode.PROBLEMS;
}

function parseMinimum(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.trim().replace(/%$/, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw usageError('USAGE_BAD_NUMBER', m.badMinimum(raw));
  return n;
}
