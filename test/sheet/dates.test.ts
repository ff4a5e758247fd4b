import { describe, expect, it } from 'vitest';
import { addMonths, blankEraDate, eraName, isoDateInJapan, printable } from '../../src/sheet/dates.js';

describe('dates on paper', () => {
  it.each([
    ['2026-11-22', 3, '2027-02-22'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-15', 12, '2027-12-15'],
  ])('%s + %i months = %s (the 31st becomes the last day)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('takes the era from Intl, and leaves room to write by hand', () => {
    expect(eraName('2026-11-22')).toBe('令和');
    expect(eraName('2019-04-30')).toBe('平成');
    expect(blankEraDate('2026-11-22')).toBe('令和　　年　　月　　日');
  });

  it('uses the calendar date in Japan, whatever the machine time zone', () => {
    expect(isoDateInJapan(new Date('2026-11-21T15:30:00Z'))).toBe('2026-11-22');
  });

  it('prints ISO dates in 元号 and other values as written', () => {
    expect(printable('2019-05-01')).toBe('令和元年5月1日');
    expect(printable(16)).toBe('16');
    expect(printable(undefined)).toBe('');
  });
});
