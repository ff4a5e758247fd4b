import { isoDateInJapan } from '../model/calendar.js';
import type { EngineInput } from '../engine/types.js';
import type { CaseInput } from './types.js';

/**
 * The interview date (聞き取り日) of a case: --date when given, else the date in the file, else
 * the day a session was started (sessions from before dates were recorded), else today. Always
 * Japan's calendar date, so a UTC machine and a JST machine agree.
 */
export function interviewDate(input: CaseInput, now: Date, override?: string): string {
  if (override) return override;
  if (input.date) return input.date;
  if (input.session) return isoDateInJapan(new Date(input.session.createdAt));
  return isoDateInJapan(now);
}

/** What the engine reads of a case: the intake, the answers and the interview date. */
export function caseEngineInput(input: CaseInput, date: string): EngineInput {
  const { age, birth_date } = input.intake;
  return {
    intake: { ...(age !== undefined ? { age } : {}), ...(birth_date ? { birth_date } : {}) },
    answers: input.answers,
    date,
  };
}
