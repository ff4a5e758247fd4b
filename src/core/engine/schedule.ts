import { addInterval, compareIso, fiscalYearOf } from '../model/calendar.js';
import { engine as msg } from '../../messages/engine.js';
import type { DueSpec, Interval, WindowDef, WindowState } from '../model/types.js';

/** A window as it stands on the interview date. Dates are the occurrence that matters now. */
export interface WindowStatus {
  id: string;
  label: string;
  state: WindowState;
  /** The occurrence this status is about: open or upcoming → that one; passed → the one that ended. */
  from: string;
  to: string;
  /** After a passed window: the next occurrence, if the window recurs. */
  next?: { from: string; to: string };
  after: string;
}

const recurring = (d: string) => d.length === 5;

/**
 * Where a window stands on a date. A recurring window belongs to the 年度 its start falls in, so
 * in March a window that ran from July to November is "passed" (the next one is in the next 年度)
 * and in May it is "upcoming".
 */
export function windowStatus(w: WindowDef, on: string): WindowStatus {
  const base = { id: w.id, label: w.label, after: w.after };
  if (!recurring(w.from)) {
    const to = recurring(w.to) ? occurrenceEnd(w.from, w.to) : w.to;
    const state: WindowState = compareIso(on, w.from) < 0 ? 'upcoming' : compareIso(on, to) <= 0 ? 'open' : 'passed';
    return { ...base, state, from: w.from, to };
  }
  const fy = fiscalYearOf(on);
  const occ = occurrence(w, fy);
  if (compareIso(on, occ.from) < 0) {
    // Before this 年度's start: last 年度's occurrence may still be open (a window across April).
    const prev = occurrence(w, fy - 1);
    if (compareIso(on, prev.to) <= 0) return { ...base, state: 'open', ...prev };
    return { ...base, state: 'upcoming', ...occ };
  }
  if (compareIso(on, occ.to) <= 0) return { ...base, state: 'open', ...occ };
  return { ...base, state: 'passed', ...occ, next: occurrence(w, fy + 1) };
}

/** The occurrence of a recurring window whose start falls in 年度 `fy`. */
function occurrence(w: WindowDef, fy: number): { from: string; to: string } {
  const month = Number(w.from.slice(0, 2));
  const from = `${month >= 4 ? fy : fy + 1}-${w.from}`;
  return { from, to: occurrenceEnd(from, w.to) };
}

/** The first date on or after `from` that has the month-day `md`. */
function occurrenceEnd(from: string, md: string): string {
  const year = Number(from.slice(0, 4));
  const same = `${year}-${md}`;
  return compareIso(same, from) >= 0 ? same : `${year + 1}-${md}`;
}

/** A due date computed from the interview date, and the words that go beside it. */
export interface DueInfo {
  /** ISO date, when one can be computed. */
  date?: string;
  /** The program's wording: 「2週間以内」「次回訪問」, or the free text. */
  text: string;
  /** Set for { window }: where that window stands. */
  window?: WindowStatus;
  /** days: 0 — do it now. */
  immediate?: boolean;
}

export interface ScheduleContext {
  date?: string;
  visitInterval?: Interval;
  windows: ReadonlyMap<string, WindowDef>;
}

export function resolveDue(spec: DueSpec, ctx: ScheduleContext): DueInfo {
  if (typeof spec === 'string') return { text: spec };
  if (spec.window !== undefined) {
    const def = ctx.windows.get(spec.window);
    const window = def && ctx.date ? windowStatus(def, ctx.date) : undefined;
    const date = window?.state === 'open' ? window.to : undefined;
    return { text: spec.text ?? def?.label ?? spec.window, ...(date ? { date } : {}), ...(window ? { window } : {}) };
  }
  if (spec.visit) {
    const interval = ctx.visitInterval;
    const date = ctx.date && interval ? addInterval(ctx.date, interval) : undefined;
    return { text: spec.text ?? msg.due.visit, ...(date ? { date } : {}) };
  }
  const immediate = spec.days === 0;
  const text = spec.text ?? (immediate ? msg.due.now : msg.due.within(spec));
  return { text, ...(ctx.date ? { date: addInterval(ctx.date, spec) } : {}), ...(immediate ? { immediate } : {}) };
}
