import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { fontNames, outOfOrder, readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

const MM = 72 / 25.4;
const LEFT = 25 * MM; // the 2-hole punch margin
const RIGHT = 595.28 - 14 * MM;
const render = (t: ReturnType<typeof tempCase>, args: string[]) => runBin(['--programs', SHEET_PROGRAMS, 'render', ...args], { cwd: t.dir, env: t.env });

describe('ikusei render: the support sheet (built binary, read back with pdf.js)', () => {
  it('prints every section in order, in Japanese, with the font embedded as a subset', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await render(t, ['a.yaml', '-o', 'sheet.pdf', '--deterministic']);
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('PDF を作りました: sheet.pdf（3 ページ）');
    expect(fs.statSync(t.file('sheet.pdf')).mode & 0o777).toBe(0o600);

    const pdf = await readPdf(t.file('sheet.pdf'));
    expect(pdf.pages).toBe(3);
    // The case's own part: who does what by when and why; descriptions of agencies and 制度 follow
    // in the appendix, and page 1 says which pages are which.
    const missing = outOfOrder(pdf.text, [
      'III　印刷テスト用プログラム｜テストのために作った木',
      '令和8年11月22日改訂',
      '支援シート',
      'III　印刷テスト用プログラム', 'テストのために作った木',
      '作成日',
      '令和2年1月1日',
      'ケース', 'A-123', '子どもの年齢', '16歳', '担当ケースワーカー', '山田 花子', '聞き取り日', '令和2年1月1日',
      '見立て', '中退防止の支援', '学校と協力して支援します。',
      '支援方針・やること', '学校とケース会議を開く', '根拠: ', '欠席日数＝12日', '山田 花子（担当', '令和2年1月15日まで（2週間以',
      '連携先', '学校', 'つなぐ理由: ', '出席状況を一緒に確かめるため',
      '地域若者サポートステーション', '担当・期限: ', '山田 花子（担当CW）／令和2年1月8日まで（1週間以内）', '根拠: ', 'アルバイト＝はい',
      '活用できる制度', '高等学校等就学支援金', '担当・期限: ', 'テスト用の申請期間: 今年度の期間は令和元年11月14日で終わりました。',
      'チェックリスト', '費用の見通しを一緒に立てる', '根拠: ', '心配ごと＝お金',
      '要確認事項', '次の面談日', 'メモ: 学校の予定がまだ決まっていません。',
      '目印', '中退リスク',
      '確認した内容', '出席状況', '欠席や遅刻が増えている', 'メモ: 担任の先生から', '欠席日数', '12日', '本人の希望', '卒業したい。',
      '次回見直し日', '令和2年2月1日', '（1か月後）',
      '担当ケースワーカー', '査察指導員',
      '付録　連携先と制度の説明',
      '連携先の説明', '学校', '役割: ', '担任・養護教諭', 'つなぐとき: ',
      '制度の説明', '高等学校等就学支援金', '金額: ', '年額 118,800円（公立の授業料相当）（令和7年度）', '出典: テスト用の出典', '確認日 令和8年11月1日',
    ]);
    expect(missing).toBeUndefined();
    expect(pdf.lines[0]!.some((l) => l.replace(/\s/g, '').includes('このシートは全3ページ。1〜2ページがこのケースの内容、3ページは付録（どのケースでも同じ参考資料）です。'))).toBe(true);
    // Secondary sources stay in the YAML for trainers; the hash is in the footer, not the header.
    expect(pdf.text).not.toContain('テスト用の二次資料');
    expect(pdf.lines[0]!.at(-1)).toContain('1 / 3');
    expect(pdf.lines[1]!.at(-1)).toContain('2 / 3');
    expect(pdf.lines[2]!.at(-1)).toContain('3 / 3');
    expect(pdf.lines.flat().filter((l) => l.includes('版 ')).length).toBeGreaterThanOrEqual(3);
    for (const item of pdf.items) expect(item).not.toMatch(/^[。、]/);
    for (const line of pdf.lines.flat()) expect(line).not.toMatch(/^[。、）」』ー・]/);
    expect(pdf.outside(LEFT, RIGHT)).toEqual([]);

    const fonts = fontNames(t.file('sheet.pdf'));
    expect(fonts).toHaveLength(2);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
    expect(fs.readFileSync(t.file('sheet.pdf')).toString('latin1')).toContain('/FontFile2');

    expect(pdf.info).toMatchObject({ Title: '支援シート（印刷テスト用プログラム）', Subject: '子どもの健全育成プログラム 支援シート', Language: 'ja' });
    expect(pdf.info.Creator).toMatch(/^ikusei \d/);
  });

  it('--no-appendix leaves out the reference pages and says the sheet is all the case', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await render(t, ['a.yaml', '-o', 'short.pdf', '--no-appendix', '--deterministic']);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const pdf = await readPdf(t.file('short.pdf'));
    expect(pdf.pages).toBe(2);
    expect(pdf.text).not.toContain('付録');
    expect(pdf.text).not.toContain('役割:');
    expect(pdf.text.replace(/\s/g, '')).toContain('このシートは全2ページで、すべてこのケースの内容です。');
  });

  it('splits a long memo over pages instead of clipping it', { timeout: 30_000 }, async () => {
    const t = tempCase();
    const memo = Array.from({ length: 60 }, (_, i) => `${i + 1}回目の面談では、学校での様子と家での過ごし方を本人と確かめました。`).join('').slice(0, 2000);
    t.write('a.yaml', RISK_ANSWERS.replace('  q_date: 学校の予定がまだ決まっていません。', `  q_date: ${memo}`));
    const r = await render(t, ['a.yaml', '-o', 'long.pdf']);
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('long.pdf'));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    // The memo runs on from page to page; between them come only the page's header and footer.
    const body = pdf.lines
      .map((page) => page.slice(1).filter((l) => !/^このシートは全|^ケース A-123|^\d+ \/ \d+$/.test(l)).join(''))
      .join('')
      .replace(/\s/g, '');
    expect(body).toContain(memo.replace(/\s/g, ''));
    for (const item of pdf.items) expect(item).not.toMatch(/^[。、]/);
    expect(pdf.outside(LEFT, RIGHT)).toEqual([]);
  });

  it('--password encrypts the PDF: it opens only with the password', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    // ASCII: pdf.js reads an R 5 password as Latin-1 (see test/hardening/pdf-password.e2e.test.ts).
    const r = await render(t, ['a.yaml', '-o', 'locked.pdf', '--password', 'Case-2026!']);
    expect(r.exitCode).toBe(0);
    await expect(readPdf(t.file('locked.pdf'))).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(readPdf(t.file('locked.pdf'), 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const pdf = await readPdf(t.file('locked.pdf'), 'Case-2026!');
    expect(pdf.text).toContain('支援シート');
    expect(pdf.text).toContain('A-123');
    expect(fs.readFileSync(t.file('locked.pdf')).toString('latin1')).toMatch(/\/Filter \/Standard[\s\S]*\/V 5/); // AES-256
  });

  it('never overwrites a PDF without --force', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    fs.writeFileSync(t.file('a.pdf'), 'earlier');
    const r = await render(t, ['a.yaml', '-o', 'a.pdf']);
    expect(r.exitCode).toBe(2);
    expect(plain(r.stderr)).toContain('[OUTPUT_EXISTS]');
    expect(fs.readFileSync(t.file('a.pdf'), 'utf8')).toBe('earlier');
    expect((await render(t, ['a.yaml', '-o', 'a.pdf', '--force'])).exitCode).toBe(0);
    expect(fs.readFileSync(t.file('a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports answers that do not fit the program at file:line:column, without their values', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS.replace('q_attend: declining', 'q_attend: 秘密の値'));
    const r = await render(t, ['a.yaml', '-o', 'a.pdf']);
    expect(r.exitCode).toBe(1);
    expect(plain(r.stderr)).toMatch(/a\.yaml:4:3: エラー: 質問「q_attend」の回答が合いません/);
    expect(r.stderr).not.toContain('秘密の値');
    expect(fs.existsSync(t.file('a.pdf'))).toBe(false);
  });

  it('renders a session by id and marks a sheet whose program has changed since', { timeout: 30_000 }, async () => {
    const t = tempCase();
    const at = '2026-11-20T10:00:00+09:00';
    const session = {
      format: 'ikusei-session',
      version: 1,
      id: 'k7q2x9',
      program: { id: 'sheetmini', version: '令和5年10月版', hash: 'a'.repeat(64) },
      intake: { label: 'B-7', age: 15 },
      status: 'completed',
      createdAt: at,
      updatedAt: at,
      answers: Object.fromEntries(
        Object.entries({ q_attend: 'ok', q_baito: 'no', q_worries: ['none'], q_date: '2026-12-01', q_note: 'とくになし' }).map(([k, v]) => [k, { value: v, at }]),
      ),
      audit: [{ at, event: 'start' }],
    };
    fs.mkdirSync(path.join(t.home, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(t.home, 'sessions', 'k7q2x9.json'), JSON.stringify(session));
    const r = await render(t, ['k7q2', '-o', 's.pdf', '--deterministic']);
    expect(r.exitCode).toBe(0);
    expect(plain(r.stderr)).toMatch(/注意: .*k7q2x9\.json は、今とは内容の違うプログラムで記録されています/);
    const pdf = await readPdf(t.file('s.pdf'));
    // The interview date of a session is the day it was started: the review counts from it.
    expect(outOfOrder(pdf.text, ['【注意】', '版 aaaaaaaa', 'ケース', 'B-7', '聞き取り日', '令和8年11月20日', '見守り', '令和8年12月1日', '令和9年2月20日（3か月後）'])).toBeUndefined();
  });
});
