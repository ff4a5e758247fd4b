import { describe, expect, it } from 'vitest';
import { resolveDue, windowStatus } from '../../src/core/engine/schedule.js';
import { dueText, ownerText, staleAmountNote, windowText } from '../../src/core/engine/wording.js';
import type { WindowDef } from '../../src/core/model/types.js';

const shiritsu: WindowDef = { id: 'w', label: '私立高校生の申請', from: '07-01', to: '11-14', after: '学校に遅れての申請を相談します。' };
const genkyou: WindowDef = { id: 'g', label: '現況届', from: '08-01', to: '08-31', after: '遅れても出します。' };
const winter: WindowDef = { id: 'x', label: '冬の受付', from: '12-01', to: '02-15', after: '次を待ちます。' };
const spring: WindowDef = { id: 's', label: '春の受付', from: '03-20', to: '04-10', after: '次を待ちます。' };
const once: WindowDef = { id: 'o', label: '出願', from: '2027-01-25', to: '2027-01-29', after: '二次募集を確かめます。' };

describe('where a window stands on the interview date', () => {
  it.each([
    ['2026-05-01', 'upcoming', '2026-07-01', '2026-11-14'],
    ['2026-07-01', 'open', '2026-07-01', '2026-11-14'],
    ['2026-09-15', 'open', '2026-07-01', '2026-11-14'],
    ['2026-11-14', 'open', '2026-07-01', '2026-11-14'],
    ['2026-11-15', 'passed', '2026-07-01', '2026-11-14'],
    ['2026-12-05', 'passed', '2026-07-01', '2026-11-14'],
    ['2027-03-31', 'passed', '2026-07-01', '2026-11-14'],
    ['2027-04-01', 'upcoming', '2027-07-01', '2027-11-14'],
  ])('私立の奨学給付金 on %s is %s', (on, state, from, to) => {
    const s = windowStatus(shiritsu, on);
    expect([s.state, s.from, s.to]).toEqual([state, from, to]);
    if (state === 'passed') expect(s.next).toEqual({ from: '2027-07-01', to: '2027-11-14' });
  });

  it('never shows a passed window as open, and says what to do instead and when the next one opens', () => {
    const text = windowText(windowStatus(shiritsu, '2026-12-05'));
    expect(text).toBe('私立高校生の申請: 今年度の期間は令和8年11月14日で終わりました。学校に遅れての申請を相談します。次は令和9年7月1日からです。');
    expect(text).not.toContain('受付中');
    expect(windowText(windowStatus(shiritsu, '2026-11-14'))).toBe('私立高校生の申請: 受付中（令和8年11月14日まで）');
    expect(windowText(windowStatus(genkyou, '2026-06-01'))).toBe('現況届: 令和8年8月1日から令和8年8月31日まで');
  });

  it('handles a window across New Year and one across 4月1日', () => {
    expect(windowStatus(winter, '2027-01-10')).toMatchObject({ state: 'open', from: '2026-12-01', to: '2027-02-15' });
    expect(windowStatus(winter, '2027-02-16')).toMatchObject({ state: 'passed', next: { from: '2027-12-01', to: '2028-02-15' } });
    expect(windowStatus(spring, '2027-04-05')).toMatchObject({ state: 'open', from: '2027-03-20', to: '2027-04-10' });
    expect(windowStatus(spring, '2027-04-11')).toMatchObject({ state: 'upcoming', from: '2028-03-20' });
  });

  it('treats a window of one year only as gone once passed (次の日程は要確認)', () => {
    expect(windowStatus(once, '2026-12-06').state).toBe('upcoming');
    expect(windowStatus(once, '2027-01-29').state).toBe('open');
    const passed = windowStatus(once, '2027-02-01');
    expect(passed.state).toBe('passed');
    expect(windowText(passed)).toContain('次の日程は要確認です。');
  });
});

describe('due dates from the interview date', () => {
  const ctx = { date: '2026-12-05', visitInterval: { months: 1 }, windows: new Map([[shiritsu.id, shiritsu]]) };

  it('prints the date with the program wording beside it', () => {
    expect(dueText(resolveDue({ weeks: 2 }, ctx))).toBe('令和8年12月19日まで（2週間以内）');
    expect(dueText(resolveDue({ days: 0 }, ctx))).toBe('直ちに（令和8年12月5日）');
    expect(dueText(resolveDue({ visit: true }, ctx))).toBe('令和9年1月5日ごろまで（次回訪問）');
    expect(dueText(resolveDue({ months: 1, text: '次の学期が始まるまでに' }, ctx))).toBe('令和9年1月5日まで（次の学期が始まるまでに）');
    expect(dueText(resolveDue('進路が決まるまで毎月', ctx))).toBe('進路が決まるまで毎月');
  });

  it('takes the end of an open window as the date, and none from a passed one', () => {
    expect(resolveDue({ window: 'w' }, { ...ctx, date: '2026-09-01' }).date).toBe('2026-11-14');
    const passed = resolveDue({ window: 'w' }, ctx);
    expect(passed.date).toBeUndefined();
    expect(passed.window?.state).toBe('passed');
  });

  it('gives only the wording when there is no interview date', () => {
    expect(dueText(resolveDue({ weeks: 2 }, { windows: new Map() }))).toBe('2週間以内');
  });
});

describe('amounts of an earlier 年度', () => {
  it('are marked on both sides of 4月1日', () => {
    expect(staleAmountNote('令和7年度', '2026-03-31')).toBeUndefined();
    expect(staleAmountNote('令和7年度', '2026-04-01')).toBe('令和7年度の額です。令和8年度の額は窓口で確認してください。');
    expect(staleAmountNote('要確認（最後に確認できたのは令和5年度）', '2026-12-05')).toBe('令和5年度の額です。令和8年度の額は窓口で確認してください。');
  });
});

describe('owners', () => {
  it("names the caseworker wherever the program says 担当CW, and leaves other actors as written", () => {
    expect(ownerText(undefined, '山田 花子')).toBe('山田 花子（担当CW）');
    expect(ownerText('担当CW', '山田 花子')).toBe('山田 花子（担当CW）');
    expect(ownerText('担当CW・子ども支援員', '山田 花子')).toBe('山田 花子（担当CW）・子ども支援員');
    expect(ownerText('学校', '山田 花子')).toBe('学校');
    expect(ownerText('担当CW', undefined)).toBe('担当CW');
  });
});
