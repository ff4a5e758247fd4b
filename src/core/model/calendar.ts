// The one clock of ikusei: calendar arithmetic on YYYY-MM-DD dates in Japan.
// Every date a caseworker sees (interview date, due dates, review date, fiscal year, a child's age)
// is computed here, from the interview date, never from the machine's local time zone.

// Made on first use: loading the time-zone data costs ~25 ms, which `show` and a cached `lint` never need.
let tokyo: Intl.DateTimeFormat | undefined;

/** The calendar date in Japan of an instant, as YYYY-MM-DD (the office's date, whatever the machine's zone). */
export function isoDateInJapan(instant: Date): string {
  tokyo ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
  return tokyo.format(instant);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds months; a day past the target month's end becomes its last day (1月31日 + 1か月 → 2月末日). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))));
}

export interface IntervalLike {
  days?: number;
  weeks?: number;
  months?: number;
}

/** The date an interval after `iso`. */
export function addInterval(iso: string, i: IntervalLike): string {
  if (i.months !== undefined) return addMonths(iso, i.months);
  if (i.weeks !== undefined) return addDays(iso, i.weeks * 7);
  return addDays(iso, i.days ?? 0);
}

/** The 年度 (April–March) a date falls in, as the calendar year it starts in: 2027-03-31 → 2026. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = parts(iso);
  return m >= 4 ? y : y - 1;
}

/** 令和8年度 → 2026, 平成30年度 → 2018; undefined when the text names no 年度 (e.g. 要確認). */
export function parseFiscalYear(text: string): number | undefined {
  const m = /(令和|平成)(元|\d+)年度/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  return (m[1] === '令和' ? 2018 : 1988) + n;
}

/** 2026 → 令和8年度 (only 令和: every 年度 ikusei prints is 2019 or later). */
export function fiscalYearLabel(year: number): string {
  const n = year - 2018;
  return `令和${n === 1 ? '元' : n}年度`;
}

/** Full years between a birth date and a date (a birthday counts on its day; 2月29日 on 3月1日 in other years). */
export function ageAt(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Whole months between a birth date and a date (for infants: 「5か月」). */
export function monthsAt(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let months = (y - by) * 12 + (m - bm);
  if (d < bd) months -= 1;
  return months;
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
