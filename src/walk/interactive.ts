import type { SessionFile } from '../core/case/types.js';
import { programsArg, type CommandContext } from '../app/context.js';
import { ExitCode, usageError, type ExitCodeValue } from '../core/diagnostics/errors.js';
import { common } from '../messages/common.js';
import { walkMsg } from '../messages/walk.js';
import type { LoadedCatalog, LoadedProgram } from '../core/model/loaded.js';
import { displayPath } from '../core/model/loaded.js';
import { lockSession, releaseSession } from '../io/session/lock.js';
import { saveSession } from '../io/session/store.js';
import { Ui, WalkInterrupted } from './ui/prompts.js';
import { walkToOutcome } from './controller.js';
import { complete, finish } from './finish.js';

/** Prompts need a terminal on both ends; scripts use `ikusei run --answers FILE`. */
export function requireTty(ctx: CommandContext): void {
  if (!ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) throw usageError('USAGE_NEED_TTY', walkMsg.needTty, walkMsg.needTtyHint);
}

export interface Prepared {
  program: LoadedProgram;
  catalog: LoadedCatalog;
  session: SessionFile;
  startAt?: string;
  reviewing?: boolean;
}

/**
 * Runs a walk from preparation (intake, or loading a saved session) to the PDF offer. However it
 * ends early — Ctrl-C, SIGTERM, a closed terminal — the session is saved and one line says how to
 * resume, with exit code 130.
 */
export async function interactive(ctx: CommandContext, prepare: (ui: Ui, save: (s: SessionFile) => string) => Promise<Prepared>): Promise<ExitCodeValue> {
  const ui = new Ui(ctx);
  let session: SessionFile | undefined;
  const save = (s: SessionFile) => {
    session = s;
    return saveSession(ctx.home, s, { passphrase: ctx.passphrase, resume: walkMsg.resumeCommand(s.id, programsArg(ctx)) });
  };
  let locked: string | undefined;
  try {
    const p = await prepare(ui, save);
    // One walk per session: a second terminal on it is refused (session/lock.ts).
    lockSession(ctx.home, p.session.id, ctx.io.now());
    locked = p.session.id;
    const file = save(p.session);
    const state = await walkToOutcome({
      ui,
      program: p.program,
      catalog: p.catalog.catalog,
      session: p.session,
      save: () => save(p.session),
      now: () => ctx.io.now(),
      ...(p.startAt ? { startAt: p.startAt } : {}),
      ...(p.reviewing ? { reviewing: true } : {}),
    });
    complete(p.session, state, ctx.io.now());
    save(p.session);
    return await finish(ctx, ui, { program: p.program, catalog: p.catalog, session: p.session, state, file: displayPath(file, ctx.io.cwd) });
  } catch (error) {
    if (!(error instanceof WalkInterrupted)) throw error;
    const c = ctx.err;
    // The answers were saved one by one; this last save only records where the walk stood.
    let line = common.interrupted;
    if (session) {
      try {
        saveSession(ctx.home, session, { passphrase: ctx.passphrase });
      } catch {
        // Already saved after the last answer; nothing more to lose.
      }
      line = walkMsg.interrupted(walkMsg.resumeCommand(session.id, programsArg(ctx)));
    }
    if (!ui.terminalGone()) ctx.io.stderr.write(`\n${c.bold(common.prefix)}: ${line}\n`);
    return ExitCode.INTERRUPTED;
  } finally {
    if (locked) releaseSession(ctx.home, locked);
    ui.close();
  }
}


