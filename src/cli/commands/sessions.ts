import { sessionsDir } from '../../io/case/locate.js';
import { displayPath } from '../../core/model/loaded.js';
import { privacyMsg } from '../../messages/privacy.js';
import { walkMsg } from '../../messages/walk.js';
import { listSessions, prepareKeys } from '../../io/session/store.js';
import { lockedRow, sessionRow, type SessionRow } from '../../walk/sessionsView.js';
import type { SessionFile } from '../../core/case/types.js';
import type { CommandContext } from '../../app/context.js';
import { ExitCode, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import type { SessionsOptions } from './sessions.spec.js';
import { textTable } from '../table.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';

const m = walkMsg.sessions;
const p = privacyMsg.sessions;

/** A row of the list: a session read in full, or (without `session`) an encrypted one still locked. */
interface Entry {
  file: string;
  encrypted: boolean;
  session?: SessionFile;
  head: Pick<SessionFile, 'status' | 'createdAt' | 'updatedAt'>;
  row: SessionRow;
}

/**
 * `ikusei sessions [--json]`: saved walks, most recently changed first. Encrypted sessions this
 * run cannot open (no IKUSEI_PASSPHRASE, or another one) are listed by id and time only.
 */
export async function run(ctx: CommandContext, _args: string[], options: SessionsOptions): Promise<ExitCodeValue> {
  await prepareKeys(ctx.home, ctx.passphrase);
  const { sessions, locked, broken } = listSessions(ctx.home, ctx.passphrase);
  const rows: Entry[] = [
    ...sessions.map(({ file, session, encrypted }) => ({ file, encrypted, session, head: session, row: sessionRow(ctx, session) })),
    ...locked.map(({ file, header }) => ({ file, encrypted: true, head: header, row: lockedRow(header) })),
  ].sort((a, b) => b.head.updatedAt.localeCompare(a.head.updatedAt) || b.row.id.localeCompare(a.row.id));
  if (options.json) {
    const data = rows.map(({ file, encrypted, session: s, head, row }) => ({
      id: row.id,
      label: s ? (s.intake.label ?? null) : null,
      program: s ? s.program : null,
      status: head.status,
      progress: row.position,
      answers: s ? Object.keys(s.answers).length : null,
      createdAt: head.createdAt,
      updatedAt: head.updatedAt,
      encrypted,
      locked: s === undefined,
      file,
    }));
    ctx.io.stdout.write(terminalSafeJson(data) + '\n');
  } else if (!rows.length) {
    ctx.io.stdout.write(m.none + '\n');
  } else {
    const c = ctx.out;
    const label = (r: Entry) => (r.session && r.encrypted ? `${r.row.label}${p.encrypted}` : r.row.label);
    const table = [m.headers.map((h) => c.bold(h)), ...rows.map((r) => [r.row.id, label(r), r.row.program, r.row.progress, r.row.updated])];
    ctx.io.stdout.write(textTable(table) + '\n');
    ctx.io.stderr.write(c.dim(m.where(displayPath(sessionsDir(ctx.home), ctx.io.cwd))) + '\n');
  }
  const lockedOnly = locked.filter((l) => l.problem === 'locked').length;
  const wrong = locked.length - lockedOnly;
  if (lockedOnly) ctx.io.stderr.write(ctx.err.dim(p.locked(lockedOnly)) + '\n');
  if (wrong) ctx.io.stderr.write(ctx.err.yellow(p.wrong(wrong)) + '\n');
  if (broken) ctx.io.stderr.write(ctx.err.yellow(m.broken(broken)) + '\n');
  return ExitCode.OK;
}
