import { sessionsDir } from '../../case/locate.js';
import { displayPath } from '../../model/load.js';
import { walkMsg } from '../../messages/walk.js';
import { listSessions } from '../../session/store.js';
import { sessionRow } from '../../walk/sessionsView.js';
import type { CommandContext } from '../context.js';
import { textTable } from '../table.js';

const m = walkMsg.sessions;

/** `ikusei sessions [--json]`: saved walks, most recently changed first. */
export async function run(ctx: CommandContext, _args: string[], options: { json?: boolean }): Promise<number> {
  const { sessions, broken } = listSessions(ctx.home);
  const rows = sessions.map((s) => ({ stored: s, row: sessionRow(ctx, s.session) }));
  if (options.json) {
    const data = rows.map(({ stored: { file, session: s }, row }) => ({
      id: s.id,
      label: s.intake.label ?? null,
      program: s.program,
      status: s.status,
      progress: row.position,
      answers: Object.keys(s.answers).length,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      file,
    }));
    ctx.io.stdout.write(JSON.stringify(data, null, 2) + '\n');
  } else if (!rows.length) {
    ctx.io.stdout.write(m.none + '\n');
  } else {
    const c = ctx.out;
    const table = [m.headers.map((h) => c.bold(h)), ...rows.map(({ row: r }) => [r.id, r.label, r.program, r.progress, r.updated])];
    ctx.io.stdout.write(textTable(table) + '\n');
    ctx.io.stderr.write(c.dim(m.where(displayPath(sessionsDir(ctx.home), ctx.io.cwd))) + '\n');
  }
  if (broken) ctx.io.stderr.write(ctx.err.yellow(m.broken(broken)) + '\n');
  return 0;
}
