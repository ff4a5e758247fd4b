import path from 'node:path';
import { ExitCode, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { cli } from '../../messages/cli.js';
import type { CommandContext } from '../../app/context.js';
import { lintWithCache } from '../../trainer/lint-cache.js';
import { diagnosticJson, formatDiagnostic } from '../../app/report.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';
import type { LintOptions } from './lint.spec.js';

/** `ikusei lint [paths…] [--json]`: exit 0 clean (warnings allowed), 1 errors. `--format json` is the older spelling. */
export async function run(ctx: CommandContext, paths: string[], options: LintOptions): Promise<ExitCodeValue> {
  if (options.watch) return (await import('../../trainer/watch.js')).watchLint(ctx, paths, () => run(ctx, paths, { ...options, watch: false }));
  const format = options.json ? 'json' : (options.format ?? 'text');
  const report = await lintWithCache(paths, { cwd: ctx.io.cwd, programsDir: ctx.programsDir, today: ctx.io.now(), cache: { dir: path.join(ctx.home, 'cache') } }); // programCache's folder, without loading programs.ts and the checks
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (format === 'json') {
    ctx.io.stdout.write(terminalSafeJson({ files: report.files, errors, warnings, diagnostics: report.diagnostics.map(diagnosticJson) }) + '\n');
  } else {
    for (const d of report.diagnostics) ctx.io.stdout.write(formatDiagnostic(d, ctx.out) + '\n\n');
    const n = report.files.length;
    ctx.io.stdout.write((report.diagnostics.length ? cli.lint.summary(n, errors, warnings) : ctx.out.green(cli.lint.clean(n))) + '\n');
  }
  return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
}
