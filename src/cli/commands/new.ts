import { trainer } from '../../messages/trainer.js';
import { displayPath } from '../../core/model/loaded.js';
import { createProgram } from '../../trainer/new-program.js';
import type { CommandContext } from '../../app/context.js';

/** `ikusei new <id> [--number N] [--title T]`: a new program from the template, in the programs folder (a draft without --number). */
export async function run(ctx: CommandContext, [id]: string[], options: { number?: string; title?: string }): Promise<number> {
  const { file, number } = createProgram({
    id: id!,
    programsDir: ctx.programsDir,
    cwd: ctx.io.cwd,
    today: ctx.io.now(),
    ...(options.number !== undefined ? { number: options.number } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  ctx.io.stdout.write(trainer.new.created(displayPath(file, ctx.io.cwd), id!, number === undefined) + '\n');
  return 0;
}
