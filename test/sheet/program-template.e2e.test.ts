import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { AgenciesTool } from '../../src/core/model/types.js';
import { plain, runBin } from '../helpers/bin.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { outOfOrder, readPdf } from './helpers/pdf.js';
import { tempCase } from './helpers/setup.js';

// Issue 15 items 15 and 16: programs V and VI printed the child-case sheet (an empty 子どもの年齢),
// VI's tools asked for a ケース although VI plans a project, and the 連携窓口一覧 asked to write in
// 窓口名・電話番号 with no room for them.
const PROGRAMS = path.join(repoRoot, 'programs');
const program = (id: string) => loadProgramFile(path.join(PROGRAMS, `${id}.yaml`)).program!.program;

/** The answers of one of the program's own scenarios, as an answers file. */
function scenarioFile(t: ReturnType<typeof tempCase>, id: string, label: string): string {
  const s = program(id).tests![0]!;
  return t.write(`${id}.yaml`, stringify({ program: id, intake: { label, caseworker: '山田 花子', ...(s.intake ?? {}) }, answers: s.answers }));
}

describe('a program names its own sheet template', () => {
  it.each([
    ['renkei', 'renkei-kiroku', '連携の記録', ['ケース', 'R-204', '判断した日', '担当ケースワーカー', '連携の相手', '判断', '連絡の記録', '日時', '相手の機関・対応した人', '伝えた根拠']],
    ['ibasho', 'ibasho-keikaku', '事業の企画シート', ['事業名', '○○町学習支援教室', '検討した日', '企画の担当者', '実施団体', '企画の方向', '開始までの予定', '企画の担当者', '所属長']],
  ])('%s prints %s without --template, and the standard sheet with --template sheet', { timeout: 60_000 }, async (id, template, title, parts) => {
    expect(program(id).template).toBe(template);
    const t = tempCase();
    const input = scenarioFile(t, id, id === 'renkei' ? 'R-204' : '○○町学習支援教室');
    const r = await runBin(['render', input, '-o', 'own.pdf', '--date', '2026-12-06'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const own = await readPdf(t.file('own.pdf'));
    expect(own.info).toMatchObject({ Title: expect.stringContaining(title) });
    expect(outOfOrder(own.text, [title, ...parts])).toBeUndefined();
    expect(own.text).not.toContain('子どもの年齢');
    // The footer names the record in the template's word: 「事業名 …」 for VI.
    const squeezed = own.text.replace(/[\s\u3000]/g, '');
    if (id === 'ibasho') expect(squeezed.split('事業名○○町学習支援教室').length - 1).toBeGreaterThanOrEqual(own.pages);
    expect(squeezed).not.toContain('ケース○○町');
    const std = await runBin(['render', input, '-o', 'std.pdf', '--template', 'sheet', '--date', '2026-12-06'], { cwd: t.dir, env: t.env });
    expect(std.exitCode).toBe(0);
    expect((await readPdf(t.file('std.pdf'))).text).toContain('子どもの年齢');
  });

  it('VI tools ask for the 事業名, not a ケース; other programs keep ケース', { timeout: 60_000 }, async () => {
    const t = tempCase();
    const vi = await runBin(['checklist', 'ibasho', '--tool', 'hyouka-kiroku', '-o', 'vi.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(vi.exitCode).toBe(0);
    const viText = (await readPdf(t.file('vi.pdf'))).text;
    expect(outOfOrder(viText, ['評価指標の記録表', '事業名', '記入日', '記入者'])).toBeUndefined();
    expect(viText).not.toContain('ケース');
    const ii = await runBin(['checklist', 'shingaku', '--tool', 'nenkan', '-o', 'ii.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(ii.exitCode).toBe(0);
    expect(outOfOrder((await readPdf(t.file('ii.pdf'))).text, ['中3の1年の進路支援予定表', 'ケース', '記入日', '記入者'])).toBeUndefined();
  });
});

describe('連携窓口一覧 has room to write the local window in', () => {
  const tools = ['sodachi', 'shingaku', 'koukousei', 'shakai', 'renkei', 'ibasho'].flatMap((id) =>
    (program(id).tools ?? []).filter((x): x is AgenciesTool => x.kind === 'agencies').map((tool) => ({ id, tool })),
  );

  it.each(tools)('$id/$tool.id: 窓口名・担当者 and 電話番号 beside every agency', { timeout: 60_000 }, async ({ id, tool }) => {
    const t = tempCase();
    const r = await runBin(['checklist', id, '--tool', tool.id, '-o', 'a.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    const text = (await readPdf(t.file('a.pdf'))).text;
    expect(text.split('窓口名・担当者').length - 1).toBe(tool.agencies.length);
    expect(text.split('電話番号').length - 1).toBeGreaterThanOrEqual(tool.agencies.length);
  });
});

describe('a table in a sheet template', () => {
  it('is blank rows to write in; a list there is an error at its key', async () => {
    const t = tempCase();
    const sheet = (extra: string) => `id: kiroku
kind: sheet
title: 記録
sections:
  - type: title
  - type: table
    title: 連絡の記録${extra}
    rows: 3
    columns:
      - { label: 日時, key: nichiji }
`;
    t.write('ok/kiroku.yaml', sheet(''));
    t.write('bad/kiroku.yaml', sheet('\n    list: keika'));
    expect((await runCli(['lint', t.file('ok/kiroku.yaml')])).code).toBe(0);
    const bad = await runCli(['lint', t.file('bad/kiroku.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(/kiroku\.yaml:8:5: エラー: 「list」は様式（kind: form）でだけ使えます。/);
  });
});
