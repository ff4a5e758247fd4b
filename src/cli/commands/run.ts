import { readCaseFile } from '../../io/case/read.js';
import type { CaseInput } from '../../core/case/types.js';
import { assertAnswersFit } from '../../core/case/validate.js';
import { caseMsg } from '../../messages/case.js';
import { ExitCode, problemsError, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { evaluate } from '../../core/engine/evaluate.js';
import { walkMsg } from '../../messages/walk.js';
import { common } from '../../messages/common.js';
import { markSeen, setAnswer } from '../../io/session/audit.js';
import { createSession, saveSession } from '../../io/session/store.js';
import { complete } from '../../walk/finish.js';
import { caseEngineInput, interviewDate } from '../../core/case/interview.js';
import { ageAt } from '../../core/model/calendar.js';
import { dateOption } from '../date-option.js';
import { formatResult, resultJson } from '../../walk/model/result.js';
import { openProgram, programsArg, type CommandContext } from '../../app/context.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';
import type { RunOptions } from './run.spec.js';

const m = walkMsg.run;

/**
 * `ikusei run <program> --answers FILE [--json] [--save]`: the walk without prompts. Answers that
 * do not fit are reported by question id (exit 1); so is a walk that stops for a missing answer.
 */
export async function run(ctx: CommandContext, [ref]: string[], options: RunOptions): Promise<ExitCodeValue> {
  const override = dateOption(options.date);
  if (!options.answers) throw usageError('USAGE_MISSING_OPTION', common.usage.missingArgument('--answers <file>'), common.usage.seeHelp('ikusei run'));
  const { program, catalog } = openProgram(ctx, ref!);
  const input = readCaseFile(options.answers, ctx.io.cwd, { home: ctx.home, passphrase: ctx.passphrase });
  const p = program.program;
  if (input.programId && input.programId !== p.id) throw problemsError('CASE_WRONG_PROGRAM', caseMsg.wrongProgram(input.file, input.programId, p.id));
  assertAnswersFit(input, program.graph);
  const now = ctx.io.now();
  const date = interviewDate(input, now, override);
  const intake = { ...input.intake };
  if (intake.age === undefined && intake.birth_date) intake.age = Math.max(0, ageAt(intake.birth_date, date));
  const state = evaluate(p, caseEngineInput({ ...input, intake }, date), { skipInfo: true, catalog: catalog.catalog });

  let saved: string | undefined;
  if (options.save) saved = save(ctx, program, input, intake, state, now, date);
  const c = ctx.err;
  if (options.json) ctx.io.stdout.write(terminalSafeJson({ ...resultJson(state, p, program.hash), ...(saved ? { session: saved } : {}) }) + '\n');
  else if (state.status === 'done') ctx.io.stdout.write(formatResult(state, p, catalog.catalog, ctx.out, intake.caseworker) + '\n');

  const unused = state.ignored.filter((i) => i.reason === 'off-path').map((i) => i.question);
  if (unused.length) ctx.io.stderr.write(c.yellow(m.ignored(unused)) + '\n');
  if (state.status === 'done') {
    if (saved) ctx.io.stderr.write(m.savedDone(saved, programsArg(ctx)) + '\n');
    return ExitCode.OK;
  }
  if (state.status === 'stuck') throw problemsError('WALK_STUCK', walkMsg.stuck(state.stuck.node), [], walkMsg.stuckHint);
  const hint = saved ? `${m.missingHint}\n  ${m.savedPartial(saved, programsArg(ctx))}` : m.missingHint;
  throw problemsError('ANSWERS_MISSING', m.missing([state.current.id]), [], hint);
}

/** The run as a session: completed when it reached an outcome, else in progress (resume asks the rest). */
function save(ctx: CommandContext, program: ReturnType<typeof openProgram>['program'], input: CaseInput, intake: CaseInput['intake'], state: ReturnType<typeof evaluate>, now: Date, date: string): string {
  const session = { ...createSession(ctx.home, program, intake, now), date };
  for (const [id, record] of Object.entries(input.answers)) setAnswer(session, id, record.value, record.memo, now);
  // Info screens on the path were passed by the run; resume must not show them again.
  for (const step of state.path) if (step.node.type === 'info') markSeen(session, step.node.id, now);
  if (state.status === 'done') complete(session, state, now);
  else if (state.status === 'asking') session.cursor = state.current.id;
  saveSession(ctx.home, session, { passphrase: ctx.passphrase });
  return session.id;
}
