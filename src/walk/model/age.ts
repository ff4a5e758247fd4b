import { walkMsg } from '../../messages/walk.js';
import { monthsAt } from '../../core/model/calendar.js';
import type { Program, QuestionNode } from '../../core/model/types.js';
import { stagesForAge } from './triage.js';

const m = walkMsg.age;

/**
 * The child's age as a caseworker says it: months for an infant (「5か月」) and years and months
 * under three (「1歳6か月」, the 健診 ages) when the birth date is known, else years.
 */
export function ageText(intake: { age?: number; birth_date?: string }, on: string): string | undefined {
  if (intake.birth_date) {
    const months = monthsAt(intake.birth_date, on);
    if (months >= 0 && months < 12) return m.months(months);
    if (months >= 12 && months < 36) return m.yearsMonths(Math.floor(months / 12), months % 12);
  }
  return intake.age === undefined ? undefined : m.years(intake.age);
}

/**
 * Program I opens by asking the child's stage; the intake age already says which is likely, so
 * it is pre-selected (never answered): the caseworker confirms or picks another. The program is
 * the prefecture's program I (the same fixed numbering the chooser's triage uses); a question or
 * option that is not there any more is simply not pre-selected.
 */
const STAGE_QUESTION = 'q_stage';
const STAGE_OPTION = { preschool: 'youji', elementary: 'shougaku', junior: 'chuugaku', high: 'koukou', leaver: 'koukou' } as Record<string, string>;

export function suggestedAnswer(program: Program, node: QuestionNode, age: number | undefined, shown: string | undefined): { value: string; note: string } | undefined {
  if (program.number !== 'I' || node.id !== STAGE_QUESTION || node.type !== 'single' || age === undefined || age > 18) return undefined;
  const stage = stagesForAge(age)[0];
  const value = age === 0 ? 'nyuuji' : stage ? STAGE_OPTION[stage] : undefined;
  const option = node.options.find((o) => o.value === value);
  return option ? { value: option.value, note: m.suggested(shown ?? m.years(age), option.label) } : undefined;
}
