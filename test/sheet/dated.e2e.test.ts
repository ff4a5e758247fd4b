import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { outOfOrder, readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

// The same case on several interview dates across the year: the sheet dates every deadline from
// the interview date and never shows a passed window as open (sheetmini's resource names a
// window of 7月1日〜11月14日 as its deadline).
const render = (t: ReturnType<typeof tempCase>, date: string) =>
  runBin(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', `${date}.pdf`, '--date', date], { cwd: t.dir, env: t.env });

const CASES: [string, string[], string[]][] = [
  ['2026-09-01', ['聞き取り日', '令和8年9月1日', '令和8年9月15日まで（2週間以', '受付中（令和8年11月14日まで）'], ['終わりました']],
  ['2026-11-14', ['令和8年11月14日', '受付中（令和8年11月14日まで）'], ['終わりました']],
  ['2026-12-05', ['令和8年12月5日', '令和8年12月19日まで（2週間以', '今年度の期間は令和8年11月14日で終わりました。', '次は令和9年7月1日からです。'], ['受付中']],
  ['2027-03-31', ['令和9年3月31日', '今年度の期間は令和8年11月14日で終わりました。'], ['受付中']],
  ['2027-04-01', ['令和9年4月1日', 'テスト用の申請期間: 令和9年7月1日から令和9年11月14日まで', '令和7年度の額です。令和9年度の額は窓口で確認してください。'], ['受付中', '終わりました']],
];

describe('one case on several interview dates (built binary)', () => {
  it.each(CASES)('on %s the sheet dates its deadlines and the window as it stands that day', { timeout: 60_000 }, async (date, present, absent) => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await render(t, date);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const pdf = await readPdf(t.file(`${date}.pdf`));
    expect(outOfOrder(pdf.text, present)).toBeUndefined();
    for (const word of absent) expect(pdf.text).not.toContain(word);
  });

  it('batch dates every sheet from --date as well', { timeout: 90_000 }, async () => {
    const t = tempCase();
    t.write('in/a.yaml', RISK_ANSWERS);
    t.write('in/b.yaml', RISK_ANSWERS.replace('program: sheetmini', 'program: sheetmini\ndate: 2026-12-05'));
    const r = await runBin(['--programs', SHEET_PROGRAMS, 'batch', 'in', '-o', 'out', '--jobs', '1', '--date', '2026-09-01'], { cwd: t.dir, env: t.env });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    // --date overrides the date written in a file: the office prints the whole batch as of one day.
    for (const name of ['a', 'b']) {
      const pdf = await readPdf(t.file(`out/${name}.pdf`));
      expect(outOfOrder(pdf.text, ['聞き取り日', '令和8年9月1日', '受付中（令和8年11月14日まで）'])).toBeUndefined();
    }
  });

  it('refuses a date that does not exist, with a usage error and no PDF', { timeout: 60_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await runBin(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'x.pdf', '--date', '2026-02-30'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(2);
    expect(String(r.stderr)).toContain('[USAGE_BAD_DATE]');
  });
});
