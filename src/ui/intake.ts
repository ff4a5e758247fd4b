import type { CaseIntake } from '../case/types.js';
import { readConfig, updateConfig } from '../config.js';
import { walkMsg } from '../messages/walk.js';
import { formatEraDate } from '../model/answers.js';
import { ageText } from '../walk/age.js';
import { localIsoDate, looksLikeFullName, parseAgeInput } from '../walk/parse.js';
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
    label = (await ui.input(m.label, { validate: (v) => (v.trim() === '' ? m.labelRequired : [...v.trim()].length > MAX ? m.labelTooLong(MAX) : true) })).trim();
    if (!looksLikeFullName(label)) break;
    ui.write(c.yellow(m.looksLikeName));
    if (await ui.confirm(m.keepLabel, false)) break;
  }

  ui.write(c.dim(m.ageHelp));
  const age = parseAgeInput(await ui.input(m.age, { validate: (v) => ageProblem(v, now) ?? true }), now);
  const intake: CaseIntake = { label };
  if (age.kind === 'age') intake.age = age.age;
  if (age.kind === 'birth') {
    intake.age = age.age;
    intake.birth_date = age.birth_date;
    ui.write(c.dim(m.ageFromBirth(ageText(intake, localIsoDate(now)) ?? `${age.age}`, formatEraDate(localIsoDate(now)))));
  }
  if (age.kind === 'empty') ui.write(c.yellow(m.ageUnknown));

  const known = readConfig(home).caseworker;
  const caseworker = (
    await ui.input(m.caseworker, {
      ...(known ? { default: known } : {}),
      validate: (v) => (v.trim() === '' && !known ? m.caseworkerRequired : [...v.trim()].length > MAX ? m.labelTooLong(MAX) : true),
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

function ageProblem(v: string, now: Date): string | undefined {
  const age = parseAgeInput(v, now);
  if (age.kind !== 'bad') return undefined;
  if (age.message) return age.message;
  return age.reason === 'future' ? m.futureBirth : age.reason === 'range' ? m.ageOutOfRange : m.badAge;
}
