import { formatEraDate } from '../model/answers.js';
import { fiscalYearLabel, fiscalYearOf, parseFiscalYear } from '../model/calendar.js';
import { engine as msg } from '../../messages/engine.js';
import type { DueInfo, WindowStatus } from './schedule.js';

// How owners, due dates and windows read, on screen and on paper alike (one wording for both).

const p = msg.plan;

/** 「山田 花子（担当CW）」 for the caseworker's items, the program's words for anyone else. */
export function ownerText(who: string | undefined, caseworker: string | undefined): string {
  if (who === undefined || who === p.caseworker) return caseworker ? p.owner(caseworker) : p.caseworker;
  // 「担当CW・子ども支援員」: the caseworker is named there too.
  return caseworker && who.includes(p.caseworker) ? who.replace(p.caseworker, p.owner(caseworker)) : who;
}

/**
 * 「令和8年12月20日まで（2週間以内）」, a window's state, or the program's free text. `short` gives a
 * window's state and date only (for a narrow column; the rest is printed beside the item).
 */
export function dueText(due: DueInfo, o: { short?: boolean } = {}): string {
  if (due.window) return o.short ? windowShort(due.window) : windowText(due.window);
  if (!due.date) return due.text;
  const date = formatEraDate(due.date);
  if (due.immediate) return p.now(date);
  return due.text === msg.due.visit ? p.around(date, due.text) : p.by(date, due.text);
}

/** Where a window stands: never shows a passed one as open, and says what to do instead. */
export function windowText(w: WindowStatus): string {
  if (w.state === 'open') return p.windowOpen(w.label, formatEraDate(w.to));
  if (w.state === 'upcoming') return w.from === w.to ? p.windowOn(w.label, formatEraDate(w.from)) : p.windowUpcoming(w.label, formatEraDate(w.from), formatEraDate(w.to));
  return `${p.windowPassed(w.label, formatEraDate(w.to))}${w.after}${w.next ? p.windowNext(formatEraDate(w.next.from)) : p.windowNextUnknown}`;
}

/** 「受付中（令和8年11月14日まで）」「令和9年7月1日から」「期間終了（令和8年11月14日）」 */
export function windowShort(w: WindowStatus): string {
  if (w.state === 'open') return p.shortOpen(formatEraDate(w.to));
  if (w.state === 'upcoming') return p.shortUpcoming(formatEraDate(w.from));
  return p.shortPassed(formatEraDate(w.to));
}

/** The warning beside an amount of an earlier 年度 than the interview's, or undefined. */
export function staleAmountNote(fiscalYear: string, interviewDate: string | undefined): string | undefined {
  if (!interviewDate) return undefined;
  const fy = parseFiscalYear(fiscalYear);
  const now = fiscalYearOf(interviewDate);
  return fy !== undefined && fy < now ? p.amountOld(fiscalYearLabel(fy), fiscalYearLabel(now)) : undefined;
}

/**
 * The 根拠 of each item in a section, with a block that repeats an earlier item's exactly given
 * as a pointer to that item instead (a section where five items share one four-answer reason
 * prints it once).
 */
export function dedupeBecause<T extends { because: { question: string; display: string }[] }>(items: T[]): ({ full: T['because'] } | { sameAs: number })[] {
  const first = new Map<string, number>();
  return items.map((item, i) => {
    if (item.because.length === 0) return { full: item.because };
    const key = item.because.map((b) => `${b.question}\u0000${b.display}`).join('\u0001');
    const at = first.get(key);
    if (at !== undefined) return { sameAs: at };
    first.set(key, i);
    return { full: item.because };
  });
}

/** The sources that may be printed: primary ones only (secondary sources stay in the YAML for trainers). */
export function printedSources<T extends { kind?: 'primary' | 'secondary' }>(sources: readonly T[]): T[] {
  return sources.filter((s) => s.kind === 'primary');
}

/** An item named in 「…と同じ」: its first words, quoted. */
export function itemRef(text: string): string {
  const t = [...text.trim().split('\n')[0]!];
  return t.length > 16 ? `「${t.slice(0, 16).join('')}…」` : `「${t.join('')}」`;
}
