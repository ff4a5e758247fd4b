import { sheetMsg } from '../messages/sheet.js';
import { formatEraDate, isIsoDate } from '../core/model/answers.js';

// Dates on paper: the office's calendar is Japan's, whatever the machine's time zone.

const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

export { addMonths, isoDateInJapan } from '../core/model/calendar.js';

/** The era name (令和) of a date, from Intl: no table of eras to keep up to date. */
export function eraName(iso: string): string {
  return era.formatToParts(new Date(`${iso}T00:00:00Z`)).find((p) => p.type === 'era')?.value ?? '';
}

/** A date to fill in by hand: 「令和　　年　　月　　日」 (the era of `today`). */
export function blankEraDate(today: string): string {
  return sheetMsg.blankDate(eraName(today));
}

/** A value as printed: ISO dates in 元号, everything else as written. */
export function printable(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' && isIsoDate(value)) return formatEraDate(value);
  if (Array.isArray(value)) return value.map(printable).join(sheetMsg.listJoin);
  return String(value);
}

export { formatEraDate, isIsoDate };
