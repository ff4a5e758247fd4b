import { describe, expect, it } from 'vitest';
// Calendar arithmetic itself (months, 年度, Japan's date) is tested in test/engine/calendar.test.ts.
import { blankEraDate, eraName, printable } from '../../src/sheet/dates.js';

describe('dates on paper', () => {
  it('takes the era from Intl, and leaves room to write by hand', () => {
    expect(eraName('2026-11-22')).toBe('令和');
    expect(eraName('2019-04-30')).toBe('平成');
    expect(blankEraDate('2026-11-22')).toBe('令和　　年　　月　　日');
  });

  it('prints ISO dates in 元号 and other values as written', () => {
    expect(printable('2019-05-01')).toBe('令和元年5月1日');
    expect(printable(16)).toBe('16');
    expect(printable(undefined)).toBe('');
  });
});
