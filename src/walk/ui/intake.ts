import type { CaseIntake } from '../../core/case/types.js';
import { readConfig, updateConfig } from '../../io/config.js';
import { walkMsg } from '../../messages/walk.js';
import { formatEraDate } from '../../core/model/answers.js';
import { ageText } from '../model/age.js';
import { localIsoDate, looksLikeFullName, parseAgeInput } from '../model/parse.js';
import type { Ui } from './prompts.js';

const m = walkMsg.intake;
const MAX = 40;

/**
 * The three things asked before any program: a case label (never a name), the child's age or
 * birth date, and the caseworker (remembered in config.json for next time).
 */
export async function askIntake(ui: Ui, home: string, now: Date): Promise<CaseIntake> {
  const c = ui.c;
  ui.write('');
  ui.write(c.bold(`━━ ${m.heading} ━━`));

  let label = '';
  ui.write(c.dim(m.labelHelp));
  for (;;) {
    label = (await ui.input(m.label, { validate: (v) => labelProblem(v) ?? true })).trim();
    if (!looksLikeFullName(label)) break;
    ui.write(c.yellow(m.looksLikeName));
    if (await ui.confirm(m.keepLabel, false)) break;
  }

  ui.write(c.dim(m.ageHelp));
  const intake: CaseIntake = { label };
  setAge(ui, intake, await ui.input(m.age, { validate: (v) => ageProblem(v, now) ?? true }), now);

  const known = readConfig(home).caseworker;
  const caseworker = (
    await ui.input(m.caseworker, {
      ...(known ? { default: known } : {}),
      validate: (v) => (v.trim() === '' && known ? true : (caseworkerProblem(v) ?? true)),
    })
  ).trim();
  intake.caseworker = caseworker;
  if (caseworker !== known) {
    try {
      updateConfig(home, { caseworker });
    } catch {
      // Remembering the name is a convenience; failing to must not stop the walk.
    }
  }
  return intake;
}

/** The typed age or birth date into the intake (both taken out when left empty), saying what it means. */
export function setAge(ui: Ui, intake: CaseIntake, typed: string, now: Date): void {
  const age = parseAgeInput(typed, now);
  delete intake.age;
  delete intake.birth_date;
  if (age.kind === 'age') intake.age = age.age;
  if (age.kind === 'birth') {
    intake.age = age.age;
    intake.birth_date = age.birth_date;
    ui.write(ui.c.dim(m.ageFromBirth(ageText(intake, localIsoDate(now)) ?? `${age.age}`, formatEraDate(localIsoDate(now)))));
  }
  if (age.kind === 'empty') ui.write(ui.c.yellow(m.ageUnknown));
}

export function labelProblem(v: string): string | undefined {
  return v.trim() === '' ? m.labelRequired : [...v.trim()].length > MAX ? m.labelTooLong(MAX) : undefined;
}

export function caseworkerProblem(v: string): string | undefined {
  return v.trim() === '' ? m.caseworkerRequired : [...v.trim()].length > MAX ? m.labelTooLong(MAX) : undefined;
}

export function ageProblem(v: string, now: Date): string | undefined {
  const age = parseAgeInput(v, now);
  if (age.kind !== 'bad') return undefined;
  if (age.message) return age.message;
  return age.reason === 'future' ? m.futureBirth : age.reason === 'range' ? m.ageOutOfRange : m.badAge;
}
