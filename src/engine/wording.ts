import { formatEraDate } from '../model/answers.js';
import { fiscalYearLabel, fiscalYearOf, parseFiscalYear } from '../model/calendar.js';
import { engine as msg } from '../messages/engine.js';
import type { DueInfo, WindowStatus } from './schedule.js';

// How owners, due dates and windows read, on screen and on paper alike (one wording for both).

const p = msg.plan;

/** 「山田 花子（担当CW）」 for the caseworker's items, the program's words for anyone else. */
export function ownerText(who: string | undefined, caseworker: string | undefined): string {
  if (who === undefined || who === p.caseworker) return caseworker ? p.owner(caseworker) : p.caseworker;
  return who;
}

/** 「令和8年12月20日まで（2週間以内）」, a window's state, or the program's free text. */
export function dueText(due: DueInfo): string {
  if (due.window) return windowText(due.window);
  if (!due.date) return due.text;
  const date = formatEraDate(due.date);
  if (due.immediate) return p.now(date);
  return due.text === msg.due.visit ? p.around(date, due.text) : p.by(date, due.text);
}

/** Where a window stands: never shows a passed one as open, and says what to do instead. */
export function windowText(w: WindowStatus): string {
  if (w.state === 'open') return p.windowOpen(w.label, formatEraDate(w.to));
  if (w.state === 'upcoming') return p.windowUpcoming(w.label, formatEraDate(w.from), formatEraDate(w.to));
  return `${p.windowPassed(w.label, formatEraDate(w.to))}${w.after}${w.next ? p.windowNext(formatEraDate(w.next.from)) : p.windowNextUnknown}`;
}

/** The warning beside an amount of an earlier 年度 than the interview's, or undefined. */
export function staleAmountNote(fiscalYear: string, interviewDate: string | undefined): string | undefined {
  if (!interviewDate) return undefined;
  const fy = parseFiscalYear(fiscalYear);
  const now = fiscalYearOf(interviewDate);
  return fy !== undefined && fy < now ? p.amountOld(fiscalYearLabel(fy), fiscalYearLabel(now)) : undefined;
}
