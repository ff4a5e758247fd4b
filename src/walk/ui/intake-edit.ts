import type { CaseIntake, IntakeField, SessionFile } from '../../core/case/types.js';
import { walkMsg } from '../../messages/walk.js';
import { ageText } from '../model/age.js';
import { localIsoDate } from '../model/parse.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';
import { ageProblem, caseworkerProblem, labelProblem, setAge } from './intake.js';
import type { ListChoice, Ui } from './prompts.js';

const m = walkMsg.intakeEdit;
const im = walkMsg.intake;

/** The intake in one review line: 「R7-1 ／ 16歳 ／ 担当 山田」. */
export function intakeLine(intake: CaseIntake, on: string): string {
  // A resumed session's intake is whatever its file says: escaped before it reaches the terminal.
  return terminalSafe(m.line(intake.label ?? walkMsg.sessions.noLabel, ageText(intake, on) ?? m.noAge, intake.caseworker ?? m.noCaseworker));
}

/**
 * Corrects one field of the intake from the review. The age drives results, so the walk
 * recomputes them after this returns. The audit trail records which field changed and when,
 * never the values (labels, ages and names are case data). Returns whether anything changed.
 */
export async function editIntake(ui: Ui, session: SessionFile, now: Date): Promise<boolean> {
  const intake = session.intake;
  const today = localIsoDate(now);
  const items: ListChoice<IntakeField | 'back'>[] = [
    { value: 'label', name: terminalSafe(m.field.label(intake.label ?? '')) },
    { value: 'age', name: m.field.age(ageText(intake, today) ?? m.noAge) },
    { value: 'caseworker', name: terminalSafe(m.field.caseworker(intake.caseworker ?? '')) },
    { value: 'back', name: m.back },
  ];
  const field = await ui.select(m.which, items, { default: 'age' });
  if (field === 'back') return false;
  const before = JSON.stringify(intake);
  if (field === 'label') {
    intake.label = (await ui.input(im.label, { ...(intake.label ? { default: intake.label } : {}), validate: (v) => labelProblem(v) ?? true })).trim();
  } else if (field === 'caseworker') {
    intake.caseworker = (await ui.input(im.caseworker, { ...(intake.caseworker ? { default: intake.caseworker } : {}), validate: (v) => caseworkerProblem(v) ?? true })).trim();
  } else {
    ui.write(ui.c.dim(im.ageHelp));
    const was = intake.birth_date ?? (intake.age !== undefined ? String(intake.age) : undefined);
    setAge(ui, intake, await ui.input(im.age, { ...(was ? { default: was } : {}), validate: (v) => ageProblem(v, now) ?? true }), now);
  }
  if (JSON.stringify(intake) === before) return false;
  const at = now.toISOString();
  session.audit.push({ at, event: 'intake', field });
  session.updatedAt = at;
  ui.write(ui.c.green(m.changed(m.names[field])));
  return true;
}
