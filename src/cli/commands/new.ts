import { trainer } from '../../messages/trainer.js';
import { displayPath } from '../../core/model/loaded.js';
import { createProgram } from '../../trainer/new-program.js';
import type { CommandContext } from '../../app/context.js';
import { ExitCode, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import type { NewOptions } from './new.spec.js';

/** `ikusei new <id> [--number N] [--title T]`: a new program from the template, in the programs folder (a draft without --number). */
export async function run(ctx: CommandContext, [id]: string[], options: NewOptions): Promise<ExitCodeValue> {
  const { file, number } = createProgram({
    id: id!,
    programsDir: ctx.programsDir,
    cwd: ctx.io.cwd,
    today: ctx.io.now(),
    ...(options.number !== undefined ? { number: options.number } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  ctx.io.stdout.write(trainer.new.created(displayPath(file, ctx.io.cwd), id!, number === undefined) + '\n');
  return ExitCode.OK;
}
