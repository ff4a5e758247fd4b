import fs from 'node:fs';
import path from 'node:path';
import type { CaseInput, SessionFile } from '../case/types.js';
import type { CommandContext } from '../cli/context.js';
import { reportError } from '../cli/report.js';
import { walkMsg } from '../messages/walk.js';
import type { LoadedCatalog, LoadedProgram } from '../model/load.js';
import { note } from '../session/audit.js';
import { sessionInput } from '../session/store.js';
import type { Ui } from '../ui/prompts.js';
import { formatResult, type DoneState } from './result.js';

const m = walkMsg.finish;

/** The sheet renderer's contract (src/sheet/api.ts, written by the sheet area). */
type RenderCaseToPdf = (ctx: CommandContext, input: CaseInput, out: string, options?: { force?: boolean }) => Promise<{ file: string; pages: number }>;

// A variable, so the compiler does not require the module: the walk must build and run before
// the sheet area lands, and then simply starts offering the PDF.
const SHEET_API = '../sheet/api.js';

/** Marks the session complete (with the review date) and saves it. */
export function complete(session: SessionFile, state: DoneState, now: Date): void {
  session.status = 'completed';
  session.completedAt = now.toISOString();
  const review = state.result.review;
  if (review?.date) session.review = { next: review.date };
  else delete session.review;
  note(session, 'complete', now);
}

/** After the review: the result, where it is kept, and the PDF offer. Returns the exit code. */
export async function finish(ctx: CommandContext, ui: Ui, w: { program: LoadedProgram; catalog: LoadedCatalog; session: SessionFile; state: DoneState; file: string }): Promise<number> {
  const c = ctx.out;
  ui.write('');
  ui.write(formatResult(w.state, w.program.program, w.catalog.catalog, c, w.session.intake.caseworker));
  ui.write('');
  ui.write(c.bold(m.saved(w.session.id)));
  ui.write(m.renderLater(w.session.id));
  ui.write('');
  const render = await loadRenderer();
  if (!render) {
    ui.write(c.dim(m.pdfUnavailable(w.file)));
    return 0;
  }
  if (!(await ui.confirm(m.offerPdf, true))) return 0;
  for (;;) {
    const out = path.resolve(ctx.io.cwd, (await ui.input(m.pdfPath, { default: m.defaultPdfName(w.session.id), validate: (v) => (v.trim() ? true : m.pdfPathRequired) })).trim());
    const force = fs.existsSync(out);
    if (force && !(await ui.confirm(m.overwrite(path.relative(ctx.io.cwd, out) || out), false))) continue;
    try {
      const written = await render(ctx, sessionInput(w.session, w.file), out, { force });
      ui.write(c.green(m.pdfWritten(path.relative(ctx.io.cwd, written.file) || written.file, written.pages)));
      return 0;
    } catch (error) {
      // The walk is saved; a PDF that could not be made is reported like any other failure.
      return reportError(error, ctx);
    }
  }
}

async function loadRenderer(): Promise<RenderCaseToPdf | undefined> {
  try {
    const mod = (await import(SHEET_API)) as { renderCaseToPdf?: RenderCaseToPdf };
    return mod.renderCaseToPdf;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('sheet')) return undefined;
    throw error;
  }
}
