import { isIsoDate } from '../../core/model/answers.js';
import { common } from '../../messages/common.js';
import { ageAt, isoDateInJapan } from '../../core/model/calendar.js';

/**
 * Turning what a caseworker types into answer values. Japanese keyboards often produce full-width
 * digits and punctuation (１２、２０２６／１２／１), so everything is NFKC-normalised first.
 */

export function normalise(s: string): string {
  return s.normalize('NFKC').trim();
}

/**
 * A number as typed: full-width digits, thousands separators and a trailing unit are accepted
 * (「１２日」→ 12). Returns NaN when it is not a number, so answerProblem words the message.
 */
export function parseNumberInput(s: string, unit?: string): number {
  let t = normalise(s).replace(/[,，]/g, '');
  if (unit && t.endsWith(unit.normalize('NFKC'))) t = t.slice(0, -unit.normalize('NFKC').length).trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

const ERAS: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988, 昭和: 1925, s: 1925 };

/**
 * A date as typed, to YYYY-MM-DD: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, 20261201,
 * 令和8年12月1日, R8.12.1, 平成22年4月15日 (元年 too). Anything else is returned unchanged, so
 * answerProblem reports it; an impossible day (2026-02-30) is left for isIsoDate to refuse.
 */
export function parseDateInput(s: string): string {
  const t = normalise(s).replace(/\s+/g, '');
  const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const era = eraDate(t);
  if (era) return era.inRange ? iso(era.year, era.month, era.day) : s.trim();
  return s.trim();
}

const ERA_NAMES: Record<string, string> = { r: '令和', h: '平成', s: '昭和' };

/** A typed 元号 date: its Western date, and whether that day really belongs to the era written. */
function eraDate(t: string): { era: string; year: number; month: number; day: number; inRange: boolean } | undefined {
  const m = /^(令和|平成|昭和|[RHSrhs])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (!m) return undefined;
  const era = ERA_NAMES[m[1]!.toLowerCase()] ?? m[1]!;
  const eraYear = m[2] === '元' ? 1 : Number(m[2]);
  const [year, month, day] = [ERAS[m[1]!.toLowerCase()]! + eraYear, Number(m[3]), Number(m[4])];
  // The platform's Japanese calendar knows where each era begins: 平成40年 (令和10年) and
  // 令和元年1月1日 (平成31年) are not dates anyone meant. An impossible day is isIsoDate's to refuse.
  const when = new Date(Date.UTC(year, month - 1, day));
  if (when.getUTCMonth() !== month - 1) return { era, year, month, day, inRange: true };
  eraParts ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = eraParts.formatToParts(when);
  const inRange = parts.find((p) => p.type === 'era')?.value === era && yearOf(parts.find((p) => p.type === 'year')?.value) === eraYear;
  return { era, year, month, day, inRange };
}

let eraParts: Intl.DateTimeFormat | undefined;
/** ICU writes the first year of an era as 元 when only the year is asked for. */
const yearOf = (v: string | undefined) => (v === '元' ? 1 : Number(v));

/** Why a typed 元号 date is refused, naming the era's days (平成は 平成元年1月8日〜平成31年4月30日); undefined if it is not one. */
export function eraProblem(s: string): string | undefined {
  const era = eraDate(normalise(s).replace(/\s+/g, ''));
  return era && !era.inRange ? common.era.outOfRange(era.era) : undefined;
}

/** Full years between a birth date and an instant's day in Japan (the one clock: model/calendar.ts). */
export function ageOn(birthIso: string, today: Date): number {
  return ageAt(birthIso, isoDateInJapan(today));
}

/** An instant's calendar date in Japan, whatever the machine's time zone. */
export function localIsoDate(d: Date): string {
  return isoDateInJapan(d);
}

export type AgeInput = { kind: 'empty' } | { kind: 'age'; age: number } | { kind: 'birth'; birth_date: string; age: number } | { kind: 'bad'; reason: 'format' | 'future' | 'range' | 'era'; message?: string };

/** The intake's 「年齢または生年月日」 field. */
export function parseAgeInput(s: string, today: Date): AgeInput {
  const t = normalise(s).replace(/歳$|才$/, '');
  if (t === '') return { kind: 'empty' };
  if (/^\d{1,2}$/.test(t)) {
    const age = Number(t);
    return age <= 30 ? { kind: 'age', age } : { kind: 'bad', reason: 'range' };
  }
  const era = eraProblem(t);
  if (era) return { kind: 'bad', reason: 'era', message: era };
  const date = parseDateInput(t);
  if (!isIsoDate(date)) return { kind: 'bad', reason: 'format' };
  if (date > localIsoDate(today)) return { kind: 'bad', reason: 'future' };
  const age = ageOn(date, today);
  return age <= 30 ? { kind: 'birth', birth_date: date, age } : { kind: 'bad', reason: 'range' };
}

const NAME_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ]';

/**
 * Whether a case label looks like a person's full name, which must not be stored: Japanese
 * name-like text with a space between family and given name (山田 太郎), 3–8 name characters with
 * no digits (山田太郎, やまだたろう), or two capitalised romaji words (Taro Yamada). Case numbers
 * (R7-012) and initials (K.T., ＫＴ) pass. A warning only: the caseworker decides.
 */
export function looksLikeFullName(label: string): boolean {
  const t = normalise(label);
  if (new RegExp(`^${NAME_CHAR}{1,5}\\s+${NAME_CHAR}{1,6}$`, 'u').test(t)) return true;
  if (new RegExp(`^${NAME_CHAR}{3,8}$`, 'u').test(t) && !/^(長男|長女|次男|次女|三男|三女|本人|兄|姉|弟|妹)/u.test(t)) return true;
  return /^[A-Z][a-z]+\s+[A-Z][a-z]+$/.test(t);
}
