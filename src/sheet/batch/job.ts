import { PassThrough } from 'node:stream';
import { createContext, type CommandContext } from '../../app/context.js';
import type { Io } from '../../app/io.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { IkuseiError } from '../../core/diagnostics/errors.js';
import { sheetCli } from '../../messages/sheet.js';
import { renderInput, type CaseRenderOptions } from '../api.js';
import { assertCanWrite, writePdf } from '../output.js';
import type { Job } from './inputs.js';

/** What a batch worker needs to rebuild the command's context (plain data: it crosses threads). */
export interface BatchSetup {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The command's passphrase (typed at a prompt, or from IKUSEI_PASSPHRASE): encrypted sessions open with it. */
  passphrase?: string;
  programsDir: string;
  /** The command's clock, as an ISO instant. */
  now: string;
  options: CaseRenderOptions;
  force: boolean;
}

export type JobResult = { index: number; ok: true; pages: number; warnings: string[] } | { index: number; ok: false; reason: string };

/** A context like the command's, but silent: a worker's only output is its results. */
export function batchContext(setup: BatchSetup): CommandContext {
  const sink = { write: () => true, isTTY: false };
  const io: Io = { stdout: sink, stderr: sink, stdin: new PassThrough(), env: setup.env, cwd: setup.cwd, now: () => new Date(setup.now) };
  const ctx = createContext(io, { programs: setup.programsDir, color: false });
  ctx.passphrase = setup.passphrase; // the command's, not only what its environment held
  return ctx;
}

/** Renders and writes one input; a failure becomes a reason (file:line:column where known). */
export async function runJob(ctx: CommandContext, setup: BatchSetup, job: Job, index: number): Promise<JobResult> {
  try {
    assertCanWrite(job.out, setup.cwd, setup.force); // before the work, not only after it
    const rendered = await renderInput(ctx, job.file, setup.options);
    writePdf(job.out, rendered.pdf, setup.cwd, setup.force);
    return { index, ok: true, pages: rendered.pages, warnings: rendered.warnings };
  } catch (error) {
    if (error instanceof IkuseiError) return { index, ok: false, reason: reason(error) };
    return { index, ok: false, reason: sheetCli.batch.internal };
  }
}

function reason(error: IkuseiError): string {
  const d: Diagnostic | undefined = error.options.diagnostics?.[0];
  if (!d) return error.message;
  const place = [d.file, d.line, d.column].filter((x) => x !== undefined).join(':');
  const more = (error.options.diagnostics?.length ?? 0) - 1;
  return `${place ? place + ': ' : ''}${d.message}${more > 0 ? sheetCli.batch.more(more) : ''}`;
}
