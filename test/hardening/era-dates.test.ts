import { describe, expect, it } from 'vitest';
import { eraProblem, parseAgeInput, parseDateInput } from '../../src/walk/model/parse.js';

// 元号 dates outside their era used to be turned into a Western date silently: 平成40年1月1日
// became 2028-01-01 and 令和元年1月1日 (which is 平成31年) 2019-01-01.

const today = new Date('2026-12-06T10:00:00+09:00');

describe('元号 dates outside their era', () => {
  it.each([
    ['平成40年1月1日', '平成元年1月8日〜平成31年4月30日'],
    ['令和元年1月1日', '令和元年5月1日〜'],
    ['昭和65年1月1日', '昭和元年12月25日〜昭和64年1月7日'],
    ['平成31年5月1日', '平成元年1月8日〜平成31年4月30日'],
    ['平成元年1月7日', '平成元年1月8日〜平成31年4月30日'],
    ['昭和64年1月8日', '昭和元年12月25日〜昭和64年1月7日'],
    ['昭和元年1月1日', '昭和元年12月25日〜昭和64年1月7日'],
    ['H40.1.1', '平成元年1月8日〜平成31年4月30日'],
    ['Ｒ０１．４．３０', '令和元年5月1日〜'],
  ])('%s is refused with the valid range (%s)', (input, range) => {
    expect(parseDateInput(input)).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(eraProblem(input)).toContain(range);
    const age = parseAgeInput(input, today);
    expect(age).toMatchObject({ kind: 'bad', reason: 'era' });
    expect(age.kind === 'bad' && age.message).toContain(range);
  });

  it.each([
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['昭和元年12月25日', '1926-12-25'],
    ['令和8年12月1日', '2026-12-01'],
    ['H22.4.15', '2010-04-15'],
  ])('%s, inside its era, is %s', (input, iso) => {
    expect(eraProblem(input)).toBeUndefined();
    expect(parseDateInput(input)).toBe(iso);
  });

  it('an impossible day is still the ordinary date message, not an era one', () => {
    expect(eraProblem('平成22年2月30日')).toBeUndefined();
    expect(parseAgeInput('平成22年2月30日', today)).toEqual({ kind: 'bad', reason: 'format' });
    expect(eraProblem('2028-01-01')).toBeUndefined();
  });
});
