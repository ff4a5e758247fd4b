import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { DOWN, ENTER, Terminal } from '../crash/terminal.js';
import { tempDir } from '../helpers/temp.js';

// The real built binary in a pseudo-terminal, typed at like a person would: killed mid-walk in
// every way a walk can end early, resumed, and checked that no completed answer was lost.

function session(home: string): SessionFile {
  const dir = path.join(home, 'sessions');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  return JSON.parse(fs.readFileSync(path.join(dir, files[0]!), 'utf8')) as SessionFile;
}

describe('a walk in a real terminal', () => {
  it('survives SIGKILL, SIGTERM and SIGHUP, and resume loses no completed answer', async () => {
    const home = tempDir('ikusei-pty-');

    // 1. Start, answer the intake and three questions, then kill -9 at the fourth.
    let t = new Terminal(['start', 'mini'], { home, size: { cols: 100, rows: 40 } });
    await t.waitForNext(/ケース番号かイニシャル/);
    t.type('R7-5' + ENTER);
    await t.waitForNext(/年齢または生年月日/);
    t.type('16' + ENTER);
    await t.waitForNext(/担当ケースワーカー/);
    t.type('佐藤' + ENTER);
    await t.waitForNext(/最近の出席状況はどうですか/);
    t.type(DOWN + ENTER);
    await t.waitForNext(/欠席日数は何日ですか/);
    t.type('12' + ENTER);
    await t.waitForNext(/読んだら Enter で次へ/);
    t.type(ENTER);
    await t.waitForNext(/アルバイトをしていますか/);
    t.type(ENTER);
    await t.waitForNext(/週に何時間働いていますか/);
    t.kill('SIGKILL');
    expect((await t.exited).signal).toBe(9);
    const id = session(home).id;
    expect(session(home).answers).toMatchObject({ q_attend: { value: 'declining' }, q_days: { value: 12 }, q_baito: { value: 'yes' } });

    // 2. Resume: it asks the fourth question; answer it, then SIGTERM at the fifth.
    t = new Terminal(['resume', id], { home, size: { cols: 100, rows: 40 } });
    await t.waitForNext(/週に何時間働いていますか/);
    t.type('20' + ENTER);
    await t.waitForNext(/心配ごとは/);
    t.kill('SIGTERM');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output).toContain(`中断しました。ここまでの回答は保存されています。続けるには: ikusei resume ${id} --programs`);
    expect(t.output).not.toMatch(/^\s+at /m);
    expect(session(home).answers.q_hours?.value).toBe(20);

    // 3. Resume without an id (pick from the list), tick one worry, then SIGHUP at the date.
    t = new Terminal(['resume'], { home, size: { cols: 100, rows: 40 } });
    await t.waitForNext(/続けるセッションを選んでください/);
    t.type(ENTER);
    await t.waitForNext(/心配ごとは/);
    t.type(' ' + ENTER);
    await t.waitForNext(/次に学校と話す日/);
    t.kill('SIGHUP');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output).toContain(`続けるには: ikusei resume ${id}`);
    expect(session(home).answers.q_worries?.value).toEqual(['money']);

    // 4. Resume and finish: every answer given in the three runs is in the review and the file.
    t = new Terminal(['resume', id], { home, size: { cols: 100, rows: 40 } });
    await t.waitForNext(/次に学校と話す日/);
    t.type('2026-12-01' + ENTER);
    await t.waitForNext(/本人の希望を書いてください/);
    t.type('卒業したい' + ENTER);
    await t.waitForNext(/確定するか、直す回答を選んでください/);
    for (const line of ['1. 出席状況: 欠席や遅刻が増えている', '2. 欠席日数: 12日', '3. アルバイト: はい', '4. 週の勤務時間: 20時間', '5. 心配ごと: お金', '6. 次の面談日: 令和8年12月1日', '7. 本人の希望: 卒業したい']) {
      expect(t.output).toContain(line);
    }
    t.type(ENTER);
    await t.waitForNext(/結果: 中退防止の支援/);
    await t.waitForNext(/あとで PDF にするには: ikusei render/);
    // The PDF is offered once the sheet renderer is installed: decline it.
    const ended = await Promise.race([t.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1500))]);
    if (!ended) {
      expect(t.output).toContain('支援シートの PDF をいま作りますか？');
      t.type(DOWN + ENTER);
    }
    expect((await t.exited).exitCode).toBe(0);
    const s = session(home);
    expect(s.status).toBe('completed');
    expect(Object.fromEntries(Object.entries(s.answers).map(([k, v]) => [k, v.value]))).toEqual({
      q_attend: 'declining',
      q_days: 12,
      i_risk: 'seen',
      q_baito: 'yes',
      q_hours: 20,
      q_worries: ['money'],
      q_date: '2026-12-01',
      q_note: '卒業したい',
    });
    expect(s.audit.filter((a) => a.event === 'resume')).toHaveLength(3);
    expect(fs.statSync(path.join(home, 'sessions', `${id}.json`)).mode & 0o777).toBe(0o600);
  }, 180_000);

  it('Ctrl-C at a prompt saves and exits 130 with the resume line', async () => {
    const home = tempDir('ikusei-pty-');
    const t = new Terminal(['start', 'mini'], { home, size: { cols: 100, rows: 40 } });
    await t.waitForNext(/ケース番号かイニシャル/);
    t.type('K.T.' + ENTER);
    await t.waitForNext(/年齢または生年月日/);
    t.type(ENTER);
    await t.waitForNext(/担当ケースワーカー/);
    t.type('佐藤' + ENTER);
    await t.waitForNext(/最近の出席状況はどうですか/);
    t.type(ENTER);
    await t.waitForNext(/アルバイトをしていますか/);
    t.type('\u0003');
    expect((await t.exited).exitCode).toBe(130);
    const s = session(home);
    expect(t.output).toContain(`ikusei resume ${s.id}`);
    expect(s.answers.q_attend?.value).toBe('ok');
    expect(s.intake).toEqual({ label: 'K.T.', caseworker: '佐藤' });
  }, 60_000);
});
