import fs from 'node:fs';
import path from 'node:path';
import type { SessionFile } from '../core/case/types.js';
import type { CommandContext } from '../app/context.js';
import type { ExitCodeValue } from '../core/diagnostics/errors.js';
import { walkMsg } from '../messages/walk.js';
import type { LoadedCatalog, LoadedProgram } from '../core/model/loaded.js';
import { note } from '../io/session/audit.js';
import { expandHome, pdfFolder, shortenHome } from '../sheet/documents.js';
import { ensurePrivateDir } from '../io/files/atomic.js';
import { sessionInput } from '../io/case/read.js';
import type { Ui } from './ui/prompts.js';
import { formatResult, type DoneState } from './model/result.js';

const m = walkMsg.finish;

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
export async function finish(ctx: CommandContext, ui: Ui, w: { program: LoadedProgram; catalog: LoadedCatalog; session: SessionFile; state: DoneState; file: string }): Promise<ExitCodeValue> {
  const c = ctx.out;
  ui.write('');
  ui.write(formatResult(w.state, w.program.program, w.catalog.catalog, c, w.session.intake.caseworker));
  ui.write('');
  ui.write(c.bold(m.saved(w.session.id)));
  ui.write(m.renderLater(w.session.id));
  ui.write('');
  // The sheet renderer loads only here, at the end of a walk: starting a walk does not wait for it.
  const { renderCaseToPdf } = await import('../sheet/api.js');
  if (!(await ui.confirm(m.offerPdf, true))) return 0;
  // By default into the caseworker's documents folder (~/Documents/ikusei), not the current one.
  const folder = pdfFolder(ctx.io.env, ctx.home);
  const suggested = folder ? shortenHome(path.join(folder, m.defaultPdfName(w.session.id)), ctx.io.env) : m.defaultPdfName(w.session.id);
  for (;;) {
    const typed = (await ui.input(m.pdfPath, { default: suggested, validate: (v) => (v.trim() ? true : m.pdfPathRequired) })).trim();
    const out = path.resolve(ctx.io.cwd, expandHome(typed, ctx.io.env.HOME?.trim() || ctx.io.env.USERPROFILE?.trim()));
    // The documents folder is made on first use, readable by its owner only (case PDFs go there).
    if (folder && path.dirname(out) === folder) ensurePrivateDir(folder);
    const force = fs.existsSync(out);
    if (force && !(await ui.confirm(m.overwrite(shown(ctx, out)), false))) continue;
    try {
      const written = await renderCaseToPdf(ctx, sessionInput(w.session, w.file), out, { force });
      ui.write(c.green(m.pdfWritten(shown(ctx, written.file), written.pages)));
      return 0;
    } catch (error) {
      // The walk is saved; a PDF that could not be made is reported like any other failure.
      return ctx.report(error);
    }
  }
}

/** A file under the current folder by its relative name; elsewhere with the home as 「~」. */
function shown(ctx: CommandContext, file: string): string {
  const rel = path.relative(ctx.io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : shortenHome(file, ctx.io.env);
}
