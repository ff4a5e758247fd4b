import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/io/case/read.js';
import { loadCatalog, loadProgramFile } from '../../src/io/program/load.js';
import { filledFrom } from '../../src/sheet/tools/index.js';
import { ticked } from '../../src/sheet/tools/sheets.js';
import type { ChecklistTool } from '../../src/core/model/types.js';
import { plain, runBin } from '../helpers/bin.js';
import { fontNames, outOfOrder, readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

const checklist = (t: ReturnType<typeof tempCase>, args: string[]) => runBin(['--programs', SHEET_PROGRAMS, 'checklist', 'sheetmini', ...args], { cwd: t.dir, env: t.env });

/** What each tool of sheetmini must show, in reading order. */
const TOOLS: [string, string[]][] = [
  ['dropout_check', ['チェックシート', '中退防止チェックシート', '面談のときに一緒に確かめます。', 'ケース', '記入日', '令和　年　月　日', '記入者', '学校生活', '確認', '項目', 'メモ', '欠席や遅刻が増えている', '授業についていけないと話している', '生活とお金', '学費や交通費の心配がある']],
  ['rhythm', ['記入表', '生活リズム見直し表', '月', '火', '水', '木', '金', '土', '日', '6時', '7時', '23時', '0時', '2時', '記入のしかた', '・眠っていた時間は斜線で塗ります']],
  ['kashitsuke', ['制度一覧', '利用できる主な制度', '制度', '内容', '高等学校等就学支援金', '給付', '内容: 授業料にあてる国の支援です。', '金額: 年額 118,800円（公立の授業料相当）（令和7年度）', '申請: 学校を通じて申請します。', '出典: テスト用の出典', '確認日 令和8年11月1日']],
  ['madoguchi', ['連携窓口一覧', '相談できる窓口', '学校', '窓口名・担当者', '電話番号', 'できること: 担任・養護教諭', 'つなぐとき: 欠席や遅刻が増えたとき。', '地域若者サポートステーション']],
  ['flow', ['フローチャート', '出席状況からの流れ', '〔1〕', '質問', '出席状況', '「休まず通っている」→〔', '「欠席や遅刻が増えている」→〔', '結論', '中退防止の支援', '見直し: 1か月後']],
];

describe('ikusei checklist: printable tools (built binary)', () => {
  it.each(TOOLS)('prints the tool %s on one A4 page with its Japanese text in order', { timeout: 30_000 }, async (tool, expected) => {
    const t = tempCase();
    const r = await checklist(t, ['--tool', tool, '-o', 'tool.pdf', '--deterministic']);
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('tool.pdf'));
    expect(pdf.pages).toBe(1);
    expect(outOfOrder(pdf.text, ['III　印刷テスト用プログラム｜テストのために作った木', ...expected, '1 / 1'])).toBeUndefined();
    for (const item of pdf.items) expect(item).not.toMatch(/^[。、]/);
    for (const f of fontNames(t.file('tool.pdf'))) expect(f).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
    expect(pdf.info).toMatchObject({ Language: 'ja', Subject: '印刷テスト用プログラム' });
  });

  it('prints all tools, each on its own page, when no --tool is given', { timeout: 30_000 }, async () => {
    const t = tempCase();
    const r = await checklist(t, ['-o', 'all.pdf']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('PDF を作りました: all.pdf（ツール 5 件・5 ページ）');
    const pdf = await readPdf(t.file('all.pdf'));
    expect(pdf.pages).toBe(5);
    expect(outOfOrder(pdf.text, TOOLS.map(([, e]) => e[1]!))).toBeUndefined();
  });

  it('fills a tool from a case: the case label, the caseworker and today', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await checklist(t, ['--tool', 'dropout_check', '--from', 'a.yaml', '-o', 'filled.pdf', '--deterministic']);
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('filled.pdf'));
    expect(outOfOrder(pdf.text, ['中退防止チェックシート', 'ケース', 'A-123', '記入日', '令和2年1月1日', '記入者', '山田 花子'])).toBeUndefined();
  });

  it('an unknown tool is a usage error that lists the tools', { timeout: 30_000 }, async () => {
    const t = tempCase();
    const r = await checklist(t, ['--tool', 'nope', '-o', 'x.pdf']);
    expect(r.exitCode).toBe(2);
    expect(plain(r.stderr)).toMatch(/\[TOOL_NOT_FOUND\][\s\S]*dropout_check, rhythm, kashitsuke, madoguchi, flow/);
    expect(fs.existsSync(t.file('x.pdf'))).toBe(false);
  });
});

describe('a checklist printed from a case', () => {
  it('ticks exactly the items whose condition holds for the answers', () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const lp = loadProgramFile(path.join(SHEET_PROGRAMS, 'sheetmini.yaml')).program!;
    const tool = lp.program.tools!.find((x) => x.id === 'dropout_check') as ChecklistTool;
    const filled = filledFrom({ program: lp, catalog: loadCatalog(SHEET_PROGRAMS) }, readCaseFile(t.file('a.yaml'), t.dir), '2026-12-05');
    const marks = tool.sections.flatMap((s) => s.items.map((i) => [i.text, ticked(i, filled)]));
    expect(marks).toEqual([
      ['欠席や遅刻が増えている', true],
      ['今年度の欠席が10日以上ある', true],
      ['授業についていけないと話している', false],
      ['アルバイトが学業に影響している', true],
      ['学費や交通費の心配がある', true],
    ]);
    expect(tool.sections.flatMap((s) => s.items.map((i) => ticked(i, undefined)))).not.toContain(true); // blank sheet
  });
});
