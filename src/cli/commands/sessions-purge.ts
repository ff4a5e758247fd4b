import { ExitCode, IkuseiError, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { common } from '../../messages/common.js';
import { privacyMsg } from '../../messages/privacy.js';
import { displayPath } from '../../core/model/loaded.js';
import { cutoffFor, deleteIfStillOld, parseAge, planPurge, type Candidate } from '../../io/session/purge.js';
import type { CommandContext } from '../../app/context.js';
import type { PurgeOptions } from './sessions-purge.spec.js';
import { textTable } from '../table.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

const m = privacyMsg.purge;

/**
 * `ikusei sessions purge --older-than 90d [--dry-run] [--yes]`: deletes finished sessions whose
 * last change is older than the age. Lists them first and, on a terminal, asks; elsewhere it needs
 * --yes. In-progress sessions and unreadable files are never deleted.
 * Exit codes: 0 done (also: nothing to delete, --dry-run, declined), 2 bad or missing age or no
 * way to confirm, 3 a file could not be deleted, 130 interrupted at the question.
 */
export async function run(ctx: CommandContext, _args: string[], o: PurgeOptions): Promise<ExitCodeValue> {
  if (o.olderThan === undefined) throw usageError('USAGE_MISSING_OPTION', m.needOlderThan, common.usage.seeHelp('ikusei sessions purge'));
  const age = parseAge(o.olderThan);
  if (!age) throw usageError('USAGE_BAD_AGE', m.badAge(o.olderThan), common.usage.seeHelp('ikusei sessions purge'));
  const cutoff = cutoffFor(age, ctx.io.now());
  const plan = planPurge(ctx.home, cutoff);
  const out = (s: string) => ctx.io.stdout.write(s + '\n');
  const note = (s: string) => ctx.io.stderr.write(ctx.err.dim(s) + '\n');

  if (!plan.remove.length) out(m.nothing(stamp(cutoff)));
  else {
    out(m.heading(plan.remove.length, stamp(cutoff)));
    out(textTable(plan.remove.map((c) => ['  ' + c.id, label(c), stamp(new Date(c.updatedAt))])));
  }
  note(m.keptInProgress(plan.inProgress));
  if (plan.broken) note(m.keptBroken(plan.broken));
  if (!plan.remove.length) return ExitCode.OK;
  if (o.dryRun) {
    note(m.dryRunDone);
    return ExitCode.OK;
  }
  if (!o.yes) {
    const answer = await confirm(ctx, plan.remove.length);
    if (answer !== true) return answer === false ? (note(m.declined), ExitCode.OK) : answer;
  }
  return remove(ctx, plan.remove, cutoff);
}

/** true / false, or an exit code when there is no way to ask or the question was interrupted. */
async function confirm(ctx: CommandContext, n: number): Promise<boolean | ExitCodeValue> {
  if (!ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) throw usageError('USAGE_NEED_TTY', m.needYes, m.needYesHint);
  const { Ui, WalkInterrupted } = await import('../../walk/ui/prompts.js');
  const ui = new Ui(ctx);
  try {
    return await ui.confirm(m.confirm(n), false);
  } catch (error) {
    if (!(error instanceof WalkInterrupted)) throw error;
    ctx.io.stderr.write(`${ctx.err.bold(common.prefix)}: ${common.interrupted}\n`);
    return ExitCode.INTERRUPTED;
  } finally {
    ui.close();
  }
}

function remove(ctx: CommandContext, list: Candidate[], cutoff: Date): ExitCodeValue {
  let deleted = 0;
  let failed = 0;
  for (const c of list) {
    try {
      if (deleteIfStillOld(c, cutoff) === 'deleted') deleted++;
      else ctx.io.stderr.write(ctx.err.yellow(m.changed(c.id)) + '\n');
    } catch (error) {
      failed++;
      ctx.io.stderr.write(ctx.err.red(m.deleteFailed(displayPath(c.file, ctx.io.cwd), (error as NodeJS.ErrnoException).code)) + '\n');
    }
  }
  ctx.io.stdout.write(m.deleted(deleted) + '\n');
  if (failed) throw new IkuseiError('PURGE_FAILED', m.someFailed(failed), ExitCode.ENVIRONMENT);
  return ExitCode.OK;
}

function label(c: Candidate): string {
  return c.encrypted ? privacyMsg.sessions.encrypted : terminalSafe(c.label ?? '');
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
