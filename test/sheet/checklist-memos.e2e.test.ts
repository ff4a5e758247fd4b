import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { outOfOrder, readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

// Issue 15 item 17: `checklist --from` ticked the items but left the メモ column empty although the
// caseworker had written memos at the very questions the items read.
const ANSWERS = RISK_ANSWERS.replace('memos:\n', 'memos:\n  q_worries: 定期代が払えず、自転車で40分かけて通っている。\n');

/** sheetmini's programs folder copied, with `edit` applied to the program. */
function programsWith(t: ReturnType<typeof tempCase>, edit: (yaml: string) => string): string {
  const dir = t.file('programs');
  fs.cpSync(SHEET_PROGRAMS, dir, { recursive: true });
  const file = path.join(dir, 'sheetmini.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

describe('checklist --from carries the memos into the メモ column', () => {
  it('puts each memo beside the items whose condition reads its question, and no other memo', { timeout: 60_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', ANSWERS);
    const r = await runBin(['--programs', SHEET_PROGRAMS, 'checklist', 'sheetmini', '--tool', 'dropout_check', '--from', 'a.yaml', '-o', 'c.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await readPdf(t.file('c.pdf'));
    expect(
      outOfOrder(pdf.text, [
        '欠席や遅刻が増えている', '「出席状況」のメモ', '担任の先生から、2学期に入ってから欠席が週に1〜2日あると連絡がありました',
        '今年度の欠席が10日以上ある', '学費や交通費の心配がある', '「心配ごと」のメモ', '定期代が払えず、自転車で40分かけて通っている。',
      ]),
    ).toBeUndefined();
    // q_date's memo belongs to no item of this tool.
    expect(pdf.text).not.toContain('学校の予定がまだ決まっていません');
  });

  it('prints a memo read by several items once, and points to it from the later ones', { timeout: 60_000 }, async () => {
    const t = tempCase();
    const programs = programsWith(t, (y) => y.replace('          - text: 授業についていけないと話している\n', '          - text: 授業についていけないと話している\n          - text: 遅刻の理由を本人と話した\n            when: { answer: q_attend, answered: true }\n'));
    t.write('a.yaml', ANSWERS);
    const r = await runBin(['--programs', programs, 'checklist', 'sheetmini', '--tool', 'dropout_check', '--from', 'a.yaml', '-o', 'c.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const text = (await readPdf(t.file('c.pdf'))).text;
    expect(text.split('担任の先生から').length - 1).toBe(1);
    expect(outOfOrder(text, ['欠席や遅刻が増えている', '担任の先生から', '遅刻の理由を本人と話した', '「出席状況」のメモは上の項目に'])).toBeUndefined();
  });

  it('leaves the メモ column blank on a tool printed without a case', { timeout: 60_000 }, async () => {
    const t = tempCase();
    const r = await runBin(['--programs', SHEET_PROGRAMS, 'checklist', 'sheetmini', '--tool', 'dropout_check', '-o', 'c.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    expect((await readPdf(t.file('c.pdf'))).text).not.toContain('のメモ');
  });
});
