import path from 'node:path';
import { readCaseFile } from '../../io/case/read.js';
import { resolveCaseRef } from '../../io/case/locate.js';
import { interviewDate } from '../../core/case/interview.js';
import { assertAnswersFit } from '../../core/case/validate.js';
import { ExitCode, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { caseMsg } from '../../messages/case.js';
import { sheetCli } from '../../messages/sheet.js';
import { displayPath } from '../../core/model/loaded.js';
import { openProgram, resolveProgramFile, type CommandContext } from '../../app/context.js';
import { drawOptions } from './render.js';
import type { ChecklistOptions } from './checklist.spec.js';
import { resolvePdfPassword } from '../pdf-password.js';

/** `ikusei checklist <program> [--tool id] [--from case] -o out.pdf`: the program's printable tools. */
export async function run(ctx: CommandContext, args: string[], o: ChecklistOptions): Promise<ExitCodeValue> {
  if (!o.output) throw usageError('USAGE_MISSING_OPTION', sheetCli.output.needOutput);
  await resolvePdfPassword(ctx, o);
  const { assertCanWrite, writePdf } = await import('../../sheet/output.js');
  const { filledFrom, renderTools, selectTools } = await import('../../sheet/tools/index.js');
  const out = path.resolve(ctx.io.cwd, o.output);
  const force = o.force === true;
  assertCanWrite(out, ctx.io.cwd, force);
  const opened = openProgram(ctx, args[0]!);
  const tools = selectTools(opened.program, o.tool);
  let filled;
  if (o.from) {
    const input = readCaseFile(resolveCaseRef(o.from, ctx.home, ctx.io.cwd), ctx.io.cwd, { home: ctx.home, passphrase: ctx.passphrase });
    if (input.programId && resolveProgramFile(ctx, input.programId) !== opened.program.path) {
      throw usageError('CASE_WRONG_PROGRAM', caseMsg.wrongProgram(input.file, input.programId, args[0]!));
    }
    if (input.programHash === undefined || input.programHash === opened.program.hash) assertAnswersFit(input, opened.program.graph);
    else ctx.io.stderr.write(`${ctx.err.yellow.bold(sheetCli.warning)}: ${sheetCli.programChangedTools(input.file)}\n`);
    filled = filledFrom(opened, input, interviewDate(input, ctx.io.now(), drawOptions(o).date));
  }
  const rendered = await renderTools(ctx, opened, tools, filled, drawOptions(o));
  writePdf(out, rendered.pdf, ctx.io.cwd, force);
  ctx.io.stdout.write(sheetCli.checklist.done(displayPath(out, ctx.io.cwd), rendered.pages, tools.length) + '\n');
  return ExitCode.OK;
}
