import { ExitCode, IkuseiError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { evaluate } from '../../core/engine/evaluate.js';
import { walkMsg } from '../../messages/walk.js';
import { note } from '../../io/session/audit.js';
import { lockSession } from '../../io/session/lock.js';
import { listSessions, loadSession, prepareKeys } from '../../io/session/store.js';
import { unlockSession } from '../unlock.js';
import { privacyMsg } from '../../messages/privacy.js';
import type { Ui } from '../../walk/ui/prompts.js';
import { engineInput } from '../../walk/model/review.js';
import { interactive, requireTty } from '../../walk/interactive.js';
import { resumeRef } from '../../walk/model/resume-ref.js';
import { lockedRow, sessionRow } from '../../walk/sessionsView.js';
import { openProgram, type CommandContext } from '../../app/context.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

const m = walkMsg.resume;

/**
 * `ikusei resume [id]`: continues a saved walk where it stopped. If the program changed since,
 * the answers are replayed on the new version and only what no longer fits is asked again.
 */
export async function run(ctx: CommandContext, [ref]: string[]): Promise<ExitCodeValue> {
  requireTty(ctx);
  return interactive(ctx, async (ui) => {
    const named = ref === undefined ? undefined : resumeRef(ctx.home, ctx.io.cwd, ref);
    if (named?.kind === 'several') ui.write(ui.c.yellow(terminalSafe(m.several(ref!, named.ids.length))));
    const id = named?.kind === 'one' ? named.ref : await pick(ctx, ui, named?.ids);
    await unlockSession(ctx, ui, id);
    const { session } = loadSession(ctx.home, id, ctx.io.cwd, ctx.passphrase);
    // Taken before anything is shown: a session open in another terminal is refused here.
    lockSession(ctx.home, session.id, ctx.io.now());
    const opened = openProgram(ctx, session.program.id);
    const now = ctx.io.now();
    const c = ui.c;
    ui.write(c.bold(terminalSafe(m.continuing(session.intake.label ?? walkMsg.sessions.noLabel, opened.program.program.title))));
    note(session, 'resume', now);
    const changed = opened.program.hash !== session.program.hash;
    if (changed) {
      const p = opened.program.program;
      ui.write(c.yellow(m.programChanged(session.program.version, p.version)));
      session.program = { id: p.id, number: p.number, title: p.title, version: p.version, hash: opened.program.hash };
      note(session, 'program-changed', now);
      // Answers to questions the new version no longer has are taken out (the trail keeps them),
      // so the session stays a valid case for render.
      const dropped = evaluate(p, engineInput(session)).ignored.filter((i) => i.reason === 'not-a-question').map((i) => i.question);
      for (const q of dropped) {
        session.audit.push({ at: now.toISOString(), event: 'change', question: q, from: session.answers[q]!.value });
        delete session.answers[q];
      }
      if (dropped.length) ui.write(c.yellow(m.dropped(dropped)));
    }
    const reviewing = session.status === 'completed';
    if (reviewing) ui.write(c.dim(m.completed));
    // A changed program starts where the engine says (what no longer fits); otherwise where it stopped.
    const startAt = !changed && !reviewing ? session.cursor : undefined;
    return { ...opened, session, ...(startAt ? { startAt } : {}), reviewing };
  });
}

/** Without an id: the saved sessions, most recent first; `only` those an id prefix matched (ids shown). */
async function pick(ctx: CommandContext, ui: Ui, only?: string[]): Promise<string> {
  await prepareKeys(ctx.home, ctx.passphrase);
  const listed = listSessions(ctx.home, ctx.passphrase);
  const keep = (id: string) => !only || only.includes(id);
  const sessions = listed.sessions.filter((s) => keep(s.session.id));
  const locked = listed.locked.filter((l) => keep(l.header.id));
  const idFirst = (id: string) => (only ? `${id}　` : '');
  if (!sessions.length && !locked.length) throw new IkuseiError('NO_SESSIONS', m.none, ExitCode.USAGE, { hint: m.noneHint });
  const mark = privacyMsg.sessions.encrypted;
  const items = [
    ...sessions.map((s) => {
      const r = sessionRow(ctx, s.session);
      return { at: s.session.updatedAt, value: r.id, name: `${idFirst(r.id)}${r.label}${s.encrypted ? mark : ''}　${r.program}　${r.progress}　${ui.c.dim(r.updated)}`, description: r.id };
    }),
    // Encrypted sessions without the passphrase: the id and the time only; the passphrase is asked once one is chosen.
    ...locked.map((l) => ({ at: l.header.updatedAt, value: l.header.id, name: `${l.header.id}${mark}　${ui.c.dim(lockedRow(l.header).updated)}`, description: l.header.id })),
  ].sort((a, b) => b.at.localeCompare(a.at) || b.value.localeCompare(a.value));
  return ui.select(only ? m.pickAmong : m.pick, items.map(({ at: _at, ...item }) => item));
}
