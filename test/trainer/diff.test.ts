import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { lineOf, MINI, tempHome, tempPrograms } from './helpers.js';

interface JsonChange {
  group: string;
  kind: string;
  owner: string | null;
  subject: string;
  before: string | null;
  after: string | null;
  file: string;
  line: number;
  side: string;
}

async function diff(edits: [string | RegExp, string][], format: 'json' | 'text' = 'json') {
  const { dir, file } = tempPrograms(edits);
  const r = await runCli(['diff', MINI, file, ...(format === 'json' ? ['--format', 'json'] : [])], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
  return { r, file, changes: format === 'json' ? (JSON.parse(r.stdout) as { changes: JsonChange[] }).changes : [] };
}

describe('ikusei diff', () => {
  it('reports no change for identical files, and exits 0', async () => {
    const { r } = await diff([], 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('変更はありません。');
  });

  // Each row: an edit to mini.yaml, and the change the trainer must read (group, kind, subject,
  // before/after, and the text on the line the change points at in the new file).
  it.each<[string, [string | RegExp, string][], Partial<JsonChange>, string]>([
    ['metadata', [['version: 令和5年10月版', 'version: 令和6年4月版']], { group: 'metadata', kind: 'changed', subject: '版（version）', before: '令和5年10月版', after: '令和6年4月版' }, 'version: 令和6年4月版'],
    ['a node added', [['  - id: o_ok\n', '  - id: i_new\n    type: info\n    title: 新しい案内\n    text: 説明\n    next: o_ok\n  - id: o_ok\n'], ['        next: o_risk\n    next: o_ok', '        next: o_risk\n    next: i_new']], { group: 'nodes', kind: 'added', owner: 'i_new', after: '新しい案内' }, '- id: i_new'],
    ['wording: a question text', [['text: 最近の出席状況はどうですか？', 'text: 最近の出席の様子はどうですか？']], { group: 'wording', kind: 'changed', subject: 'q_attend の本文（text）', after: '最近の出席の様子はどうですか？' }, 'text: 最近の出席の様子'],
    ['wording: help', [['help: 学校に確かめます。', 'help: 学校（担任）に確かめます。']], { group: 'wording', kind: 'changed', subject: 'q_days の説明（help）' }, 'help: 学校（担任）'],
    ['wording: an option label', [['label: 体調\n', 'label: 体調や通院\n']], { group: 'wording', kind: 'changed', subject: 'q_worries 選択肢 health の表示（label）', before: '体調', after: '体調や通院' }, 'label: 体調や通院'],
    ['options: an option added', [['      - value: none\n', '      - value: family\n        label: 家族の介護\n      - value: none\n']], { group: 'options', kind: 'added', subject: 'q_worries 選択肢 family', after: '家族の介護' }, '- value: family'],
    ['options: unknown allowed', [['    help: 学業への影響を見ます。\n', '    help: 学業への影響を見ます。\n    unknown: true # q_hours\n']], { group: 'options', kind: 'changed', owner: 'q_hours', after: 'true' }, 'unknown: true # q_hours'],
    ['routing: a route condition', [['{ answer: q_days, gte: 10 }', '{ answer: q_days, gte: 20 }']], { group: 'routing', kind: 'changed', subject: 'q_days の条件つきの分岐 1', before: 'q_days ≥ 10 かつ 年齢 ≥ 15 → i_risk', after: 'q_days ≥ 20 かつ 年齢 ≥ 15 → i_risk' }, '- when: { all: [ { answer: q_days, gte: 20 }'],
    ['routing: an option next', [['        label: 休まず通っている\n        next: q_baito', '        label: 休まず通っている\n        next: q_worries']], { group: 'routing', kind: 'changed', subject: 'q_attend 選択肢「休まず通っている」の行き先', before: 'q_baito', after: 'q_worries' }, 'next: q_worries'],
    ['routing: a yes/no next', [['    no:\n      next: q_worries', '    no:\n      next: q_date']], { group: 'routing', kind: 'changed', subject: 'q_baito の「いいえ」の行き先', before: 'q_worries', after: 'q_date' }, 'next: q_date'],
    ['effects: a referral added', [['              reason: 出席状況を一緒に確かめるため\n', '              reason: 出席状況を一緒に確かめるため\n            - agency: saposute\n              reason: 念のため\n']], { group: 'effects', kind: 'added', subject: 'q_attend 選択肢「欠席や遅刻が増えている」で 連携先 saposute', after: '念のため' }, '- agency: saposute'],
    ['effects: an action edited', [['due: 2週間以内', 'due: 1週間以内']], { group: 'effects', kind: 'changed', subject: 'i_risk やること a_meeting の期限（due）', before: '2週間以内', after: '1週間以内' }, 'due: 1週間以内'],
    ['effects: a resource removed', [[/        resources:\n          - resource: shuugaku-shienkin\n            note: 授業料の心配がないことを伝える\n/, '        checklist:\n          - id: c_income\n            text: 収入を申告した\n']], { group: 'effects', kind: 'removed', subject: 'q_baito 「はい」で 制度 shuugaku-shienkin', side: 'old' }, '- resource: shuugaku-shienkin'],
    ['effects: a checklist item added', [['              text: 費用の見通しを一緒に立てる\n', '              text: 費用の見通しを一緒に立てる\n            - id: c_bank\n              text: 口座を確かめる\n']], { group: 'effects', kind: 'added', subject: 'q_worries 選択肢「お金」で チェック項目 c_bank' }, '- id: c_bank'],
    ['effects: a flag condition edited', [['{ answer: q_hours, gte: 28 }', '{ answer: q_hours, gte: 20 }']], { group: 'effects', kind: 'changed', subject: 'q_hours 目印 long_hours の条件（when）', before: 'q_hours ≥ 28', after: 'q_hours ≥ 20' }, 'flag: long_hours'],
    ['tools: one added', [['tests:\n', 'tools:\n  - { id: nagare, kind: flowchart, title: 流れ, start: q_baito }\ntests:\n']], { group: 'tools', kind: 'added', subject: 'ツール nagare', after: '流れ' }, 'id: nagare'],
    ['scenarios: an expectation changed', [['expect: { outcome: o_ok, actions: [a_visit]', 'expect: { outcome: o_ok, actions: [a_visit, a_meeting]']], { group: 'scenarios', kind: 'changed', subject: 'シナリオ「休まず通う」 の期待するやること', before: 'a_visit', after: 'a_visit、a_meeting' }, 'expect: { outcome: o_ok, actions: [a_visit, a_meeting]'],
    ['scenarios: an answer changed', [['q_note: 卒業したい', 'q_note: 働きたい']], { group: 'scenarios', kind: 'changed', subject: 'シナリオ「欠席が多い16歳」 の回答 q_note', before: '卒業したい', after: '働きたい' }, 'q_note: 働きたい'],
  ])('reports %s, at its line in the new file', async (_name, edits, expected, lineText) => {
    const { r, file, changes } = await diff(edits);
    expect(r.code).toBe(0);
    const found = changes.find((c) => Object.entries(expected).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v));
    expect(found, JSON.stringify(changes, null, 1)).toBeDefined();
    const side = found!.side === 'old' ? MINI : file;
    expect(found!.line).toBe(lineOf(side, lineText));
  });

  it('names the items that came and went in a changed list', async () => {
    const { changes } = await diff([['expect: { outcome: o_ok, actions: [a_visit]', 'expect: { outcome: o_ok, actions: [a_meeting]']]);
    expect(changes).toContainEqual(expect.objectContaining({ group: 'scenarios', added: ['a_meeting'], removed: ['a_visit'] }));
    const { r } = await diff([['expect: { outcome: o_ok, actions: [a_visit]', 'expect: { outcome: o_ok, actions: [a_meeting]']], 'text');
    expect(r.stdout).toMatch(/シナリオ「休まず通う」 の期待するやること {2}mini\.yaml:\d+\n {6}加わった: a_meeting\n {6}なくなった: a_visit/);
  });

  it('reports a removed node with its line in the old file', async () => {
    const { changes } = await diff([
      [/  - id: q_hours\n[\s\S]*?(?=  - id: q_worries)/, ''],
      ['      next: q_hours\n', '      next: q_worries\n'],
    ]);
    const removed = changes.find((c) => c.group === 'nodes' && c.kind === 'removed');
    expect(removed).toMatchObject({ owner: 'q_hours', before: '週の勤務時間', side: 'old', line: lineOf(MINI, '- id: q_hours') });
    expect(changes).toContainEqual(expect.objectContaining({ group: 'routing', subject: 'q_baito の「はい」の行き先', before: 'q_hours', after: 'q_worries' }));
  });

  it('does not count moving a node within the file as a change', async () => {
    const text = fs.readFileSync(MINI, 'utf8');
    const block = /  - id: o_risk\n[\s\S]*?(?=tests:)/.exec(text)![0];
    const { changes } = await diff([
      [block, ''],
      ['  - id: o_ok\n', `${block}  - id: o_ok\n`],
    ]);
    expect(changes).toEqual([]);
  });

  it('prints groups a trainer reads, with before/after cut to the change', async () => {
    const long = '学校からの連絡や本人の話から判断します。';
    const { r } = await diff(
      [
        [`help: ${long}`, 'help: 学校からの連絡や本人の話、保護者の話から判断します。欠席の理由も聞きます。'],
        ['version: 令和5年10月版', 'version: 令和6年4月版'],
      ],
      'text',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mini\.yaml|mini\.yaml: 変更 2 件/m);
    expect(r.stdout).toContain('■ メタデータ・出典・目印（1 件）');
    expect(r.stdout).toMatch(/変更 版（version）: 令和5年10月版 → 令和6年4月版 {2}mini\.yaml:6/);
    expect(r.stdout).toContain('■ 文言（1 件）');
    expect(r.stdout).toMatch(/変更 q_attend の説明（help） {2}mini\.yaml:\d+\n {6}前: 学校からの連絡や本人の話から判断します。\n {6}後: 学校からの連絡や本人の話、保護者の話から判断します。欠席の理由も聞きます。/);
  });

  it('exits 2 for a missing file and 1 for a file that is not a program', async () => {
    const { dir, file } = tempPrograms();
    const missing = await runCli(['diff', MINI, path.join(dir, 'nope.yaml')], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    expect(missing.code).toBe(2);
    fs.writeFileSync(file, 'id: [');
    const broken = await runCli(['diff', MINI, file], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('[PROGRAM_INVALID]');
    expect(broken.stderr).toMatch(/mini\.yaml:1:\d+: エラー/);
  });
});
