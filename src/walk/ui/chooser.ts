import { triageMsg, walkMsg } from '../../messages/walk.js';
import { PROGRAM_NUMBERS, type ProgramNumber } from '../../core/model/types.js';
import type { ProgramEntry } from '../model/programs.js';
import { programsFor, STAGES, stagesForAge, type Stage } from '../model/triage.js';

/** Whether program I would fit the stage at any age (every stage of a child does). */
const FITS_I = (stage: Stage) => programsFor(stage).includes('I');
import type { ListChoice, ListItem, Ui } from './prompts.js';

const m = walkMsg.chooser;

/**
 * `ikusei start` without a program: the six programs with a line each, and a short triage
 * (school stage → the programs that fit). Returns the chosen program's file.
 */
export async function chooseProgram(ui: Ui, entries: ProgramEntry[], age: number | undefined, shownAge?: string): Promise<string> {
  ui.write('');
  ui.write(ui.c.bold(`━━ ${m.heading} ━━`));
  for (;;) {
    const items: ListItem<string>[] = [
      { value: ':triage', name: ui.c.cyan(m.triage) },
      'separator',
      ...PROGRAM_NUMBERS.flatMap((n) => choicesFor(n, entries)),
    ];
    const pick = await ui.select(m.message, items);
    if (pick !== ':triage') return pick;
    const chosen = await triage(ui, entries, age, shownAge ?? (age === undefined ? undefined : `${age}歳`));
    if (chosen) return chosen;
  }
}

function choicesFor(n: ProgramNumber, entries: ProgramEntry[], reason?: string): ListChoice<string>[] {
  const here = entries.filter((e) => e.number === n);
  if (!here.length) return [{ value: `:missing-${n}`, name: `${n.padEnd(3)} ${triageMsg.titles[n]}`, disabled: m.missing }];
  return here.map((e) => ({ value: e.file, name: `${n.padEnd(3)} ${e.title} — ${e.line}`, description: reason ?? triageMsg.reasons[n] ?? '' }));
}

async function triage(ui: Ui, entries: ProgramEntry[], age: number | undefined, shown: string | undefined): Promise<string | undefined> {
  const likely = stagesForAge(age);
  const stage = await ui.select<Stage>(`${m.stageMessage}${shown !== undefined ? m.ageNote(shown) : ''}`, STAGES.map((s) => ({ value: s, name: triageMsg.stages[s]! })), {
    ...(likely[0] ? { default: likely[0] } : {}),
  });
  const fits = programsFor(stage, age);
  // Program I ends at 18: say why it is not offered rather than leave it out silently.
  if (age !== undefined && age > 18 && shown !== undefined && FITS_I(stage)) ui.write(ui.c.yellow(m.pastEighteen(shown)));
  const items: ListItem<string>[] = [...fits.flatMap((n) => choicesFor(n, entries, triageMsg.reasons[n])), 'separator', { value: ':back', name: m.back }];
  const pick = await ui.select(m.fitsMessage, items);
  return pick === ':back' ? undefined : pick;
}
