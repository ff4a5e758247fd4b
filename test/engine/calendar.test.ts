import { describe, expect, it } from 'vitest';
import { addDays, addInterval, addMonths, ageAt, fiscalYearLabel, fiscalYearOf, isoDateInJapan, monthsAt, parseFiscalYear } from '../../src/core/model/calendar.js';

describe('the one clock (src/core/model/calendar.ts)', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-05', 2, '2027-02-05'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 12, '2027-12-15'],
  ])('%s + %i か月 = %s (month end clamped)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('adds days and weeks across a month and a year', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addInterval('2026-12-05', { weeks: 2 })).toBe('2026-12-19');
    expect(addInterval('2026-12-05', { days: 0 })).toBe('2026-12-05');
  });

  it('takes the date in Japan whatever the instant: 15:00 UTC is already the next day in Tokyo', () => {
    expect(isoDateInJapan(new Date('2026-12-05T14:59:59Z'))).toBe('2026-12-05');
    expect(isoDateInJapan(new Date('2026-12-05T15:00:00Z'))).toBe('2026-12-06');
  });

  it('puts 3月31日 and 4月1日 in different 年度', () => {
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    expect(fiscalYearLabel(2026)).toBe('令和8年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
  });

  it('reads the 年度 an amount is for, and nothing from 要確認', () => {
    expect(parseFiscalYear('令和7年度（令和7年4月時点）')).toBe(2025);
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('平成30年度')).toBe(2018);
    expect(parseFiscalYear('令和７年度')).toBe(2025);
    expect(parseFiscalYear('要確認')).toBeUndefined();
  });

  it('counts age on the interview date, a birthday counting on its day', () => {
    expect(ageAt('2010-12-06', '2026-12-05')).toBe(15);
    expect(ageAt('2010-12-06', '2026-12-06')).toBe(16);
    expect(ageAt('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageAt('2008-02-29', '2026-03-01')).toBe(18);
    expect(monthsAt('2026-07-10', '2026-12-09')).toBe(4);
    expect(monthsAt('2026-07-10', '2026-12-10')).toBe(5);
  });
});
