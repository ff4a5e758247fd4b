import os from 'node:os';
import path from 'node:path';
import { ExitCode, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { sheetCli } from '../../messages/sheet.js';
import { displayPath } from '../../core/model/loaded.js';
import { ensurePrivateDir } from '../../io/files/atomic.js';
import type { CommandContext } from '../../app/context.js';
import { drawOptions } from './render.js';
import type { BatchOptions } from './batch.spec.js';
import { resolvePdfPassword } from '../pdf-password.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

/**
 * `ikusei batch <folder|files…> -o <folder>`: every input to a PDF, spread over the CPU cores.
 * A bad input is reported with its reason and the others still rendered; exit 1 if any failed.
 */
export async function run(ctx: CommandContext, inputs: string[], o: BatchOptions): Promise<ExitCodeValue> {
  if (!o.output) throw usageError('USAGE_MISSING_OPTION', sheetCli.batch.needOutput);
  await resolvePdfPassword(ctx, o);
  const jobsWanted = o.jobs === undefined ? os.availableParallelism() : Number(o.jobs);
  if (!Number.isInteger(jobsWanted) || jobsWanted < 1) throw usageError('USAGE_BAD_NUMBER', sheetCli.batch.badJobs(String(o.jobs)));
  const { batchJobs } = await import('../../sheet/batch/inputs.js');
  const { runPool } = await import('../../sheet/batch/pool.js');
  const { Progress } = await import('../../sheet/batch/progress.js');
  const outDir = path.resolve(ctx.io.cwd, o.output);
  const jobs = batchJobs(inputs, outDir, ctx.home, ctx.io.cwd);
  ensurePrivateDir(outDir);
  const started = Date.now();
  const progress = new Progress(ctx.io.stderr, jobs.length, sheetCli.batch.progress);
  let done = 0;
  let failed = 0;
  const setup = {
    cwd: ctx.io.cwd,
    env: { ...ctx.io.env },
    passphrase: ctx.passphrase,
    programsDir: ctx.programsDir,
    now: ctx.io.now().toISOString(),
    options: { ...drawOptions(o), ...(o.program ? { program: o.program } : {}), ...(o.template ? { template: o.template } : {}) },
    force: o.force === true,
  };
  progress.update(0, 0, true);
  await runPool(jobs, setup, jobsWanted, (r) => {
    done++;
    if (!r.ok) {
      failed++;
      progress.clear();
      const shown = displayPath(jobs[r.index]!.file, ctx.io.cwd);
      const line = r.reason.startsWith(`${shown}:`) ? r.reason : sheetCli.batch.failed(shown, r.reason);
      ctx.io.stderr.write(`${ctx.err.red(terminalSafe(line, { multiline: true }))}\n`);
    }
    progress.update(done, failed);
  });
  progress.update(done, failed, true);
  progress.clear();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  ctx.io.stdout.write(sheetCli.batch.summary(done - failed, jobs.length, failed, seconds) + '\n');
  return failed > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
}
