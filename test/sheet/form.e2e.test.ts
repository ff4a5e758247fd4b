import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { outOfOrder, readPdf } from './helpers/pdf.js';
import { tempCase } from './helpers/setup.js';

// 親子交流支援計画書: a national form, not ours, described by templates/oyako-kouryu.yaml.
const ANSWERS = fs.readFileSync(path.join(repoRoot, 'test/sheet/fixtures/oyako-kouryu.yaml'), 'utf8');
const LAYOUT = ['（別紙）', '親子交流支援計画書', '１', '申込日', '２', '事前相談日', '（父）', '（母）', '３', '申請者氏名', '父', '母', '子どもと（', '同居', '別居', '４', '相手方氏名',
  '５', '親子交流を行う未成年者', '氏名', '歳）', '男', '女', '６', '援助内容', '(1)親子交流の連絡調整（日時、場所、時間、方法などの調整を含む）', '(2)子の受渡し（援助内容(1)を含む）',
  '(3)親子交流の際の付添い（援助内容(1)(2)を含む）', '（備考）', '７', '援助条件', '(1)短期型', '１回', '２回', '(2)継続型', '（頻度：', '月１回', '２か月に１回', 'その他', '（備考）',
  '８', '支援員氏名', '９　支援経過', '日付', '時間', '内容', '支援員氏名'];

describe('a second kind of form: 親子交流支援計画書 (built binary)', () => {
  it('prints blank, with 元号 date fields to fill in', { timeout: 30_000 }, async () => {
    const t = tempCase();
    const r = await runBin(['render', '--template', 'oyako-kouryu', '-o', 'blank.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('blank.pdf'));
    expect(pdf.pages).toBe(1);
    expect(outOfOrder(pdf.text, LAYOUT)).toBeUndefined();
    // 申込日 and 事前相談日 ×2 are this era's: 「令和　　年　　月　　日」. A child's birth date may be
    // 平成: the three of them leave the era to be written in (issue 15 item 15).
    const squeezed = pdf.text.replace(/[\s\u3000]/g, '');
    expect(squeezed.split('令和年月日').length - 1).toBe(3);
    expect(squeezed.split('氏名年月日（歳）').length - 1).toBe(3);
    expect(pdf.info).toMatchObject({ Title: '親子交流支援計画書', Language: 'ja' });
  });

  it('prints filled from an answers file that names the form', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('keikaku.yaml', ANSWERS);
    const r = await runBin(['render', 'keikaku.yaml', '-o', 'filled.pdf'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('filled.pdf'));
    expect(outOfOrder(pdf.text, [
      '申込日', '令和8年11月20日', '（父）', '令和8年11月5日', '（母）', '令和8年11月10日', '申請者氏名', '神奈川 花子', '相手方氏名', '神奈川 太郎',
      '氏名', '神奈川 一郎', '平成28年5月3日', '10', '氏名', '神奈川 二葉', '令和元年9月21日', '7', '氏名', '年　月　日',
      '受け渡しは駅の改札前で行う。', '支援員氏名', '相模 由美', '支援経過', '令和8年12月6日', '10:00〜', '初回の親子交流。', '相模 由美',
    ])).toBeUndefined();
    for (const item of pdf.items) expect(item).not.toMatch(/^[。、]/);
  });

  it.each([
    ['a name the form does not have', ['shinseisya: 神奈川'], /keikaku\.yaml:\d+:3: エラー: 「shinseisya」はこの様式にない項目です。もしかして「shinseisha」ですか？/],
    ['a date that is not a date', ['moushikomi_bi: 2026-02-30'], /keikaku\.yaml:\d+:18: エラー: 日付は YYYY-MM-DD の形で/],
    ['a choice that is not an option', ['hindo: weekly'], /keikaku\.yaml:\d+:10: エラー: 選択肢にない値です。選べる値: monthly, bimonthly, other/],
  ])('rejects %s at file:line:column, exit 1, no PDF', { timeout: 30_000 }, async (_name, [line], message) => {
    const t = tempCase();
    t.write('keikaku.yaml', `template: oyako-kouryu\nanswers:\n  ${line}\n`);
    const r = await runBin(['render', 'keikaku.yaml', '-o', 'x.pdf'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(1);
    expect(plain(r.stderr)).toMatch(message);
    expect(fs.existsSync(t.file('x.pdf'))).toBe(false);
  });
});
