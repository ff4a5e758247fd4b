import { walkMsg } from '../../messages/walk.js';
import { createSession } from '../../io/session/store.js';
import { chooseProgram } from '../../walk/ui/chooser.js';
import { askIntake } from '../../walk/ui/intake.js';
import { setUpEncryption } from '../../walk/ui/passphrase.js';
import { ageText } from '../../walk/model/age.js';
import { interactive, requireTty } from '../../walk/interactive.js';
import { localIsoDate } from '../../walk/model/parse.js';
import { programEntries } from '../../walk/model/programs.js';
import { openProgram, type CommandContext } from '../../app/context.js';
import { usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { common } from '../../messages/common.js';
import type { StartOptions } from './start.spec.js';

/** `ikusei start [program] [--encrypt]`: intake, the program (chosen or named), the walk, review, result. */
export async function run(ctx: CommandContext, [ref]: string[], options: StartOptions = {}): Promise<ExitCodeValue> {
  requireTty(ctx);
  // A named program is opened before any question, so a typo fails fast, not after the intake.
  const named = ref !== undefined ? openProgram(ctx, ref) : undefined;
  return interactive(ctx, async (ui) => {
    ui.write(ui.c.dim(walkMsg.keysHint));
    await setUpEncryption(ctx, ui, options.encrypt === true);
    const intake = await askIntake(ui, ctx.home, ctx.io.now());
    let opened = named;
    if (!opened) {
      const entries = programEntries(ctx);
      if (!entries.length) throw usageError('NO_PROGRAMS', walkMsg.chooser.none, common.unknownProgramHint([]));
      opened = openProgram(ctx, await chooseProgram(ui, entries, intake.age, ageText(intake, localIsoDate(ctx.io.now()))));
    }
    ui.write('');
    ui.write(ui.c.bold(walkMsg.welcome(opened.program.program.title)));
    const session = createSession(ctx.home, opened.program, intake, ctx.io.now());
    return { ...opened, session };
  });
}
