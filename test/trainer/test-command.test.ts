import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { lineOf, tempHome, tempPrograms, TRAINER_FIXTURES } from './helpers.js';

const env = () => ({ IKUSEI_HOME: tempHome() });
const test = (dir: string, ...args: string[]) => runCli(['test', '--programs', dir, ...args], { cwd: dir, env: env() });

describe('ikusei test: scenarios', () => {
  it('passes the fixture scenarios and prints each with its file:line:column', async () => {
    const { dir, file } = tempPrograms();
    const r = await test(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`✓ 欠席が多い16歳 mini.yaml:${lineOf(file, '- name: 欠席が多い16歳')}:11`);
    expect(r.stdout).toContain('1 プログラム・シナリオ 2 件: 成功 2 件、失敗 0 件');
  });

  it('fails a broken expectation, naming the scenario, its line and expected vs actual items', async () => {
    const { dir, file } = tempPrograms([['actions: [a_visit]', 'actions: [a_visit, a_meeting]']]);
    const r = await test(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ 休まず通う mini.yaml:${lineOf(file, '- name: 休まず通う')}:11`);
    expect(r.stdout).toContain('やること: 期待 [a_visit, a_meeting] / 実際 [a_visit]');
    expect(r.stdout).toMatch(/足りない: a_meeting/);
    expect(r.stdout).toContain('成功 1 件、失敗 1 件');
  });

  it('fails when a route changes, at the scenario that now ends elsewhere', async () => {
    const { dir, file } = tempPrograms([['{ answer: q_days, gte: 10 }', '{ answer: q_days, gte: 20 }']]);
    const r = await test(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ 欠席が多い16歳 mini.yaml:${lineOf(file, '- name: 欠席が多い16歳')}:11`);
    expect(r.stdout).toContain('結論: 期待 [o_risk] / 実際 [o_ok]');
    expect(r.stdout).toMatch(/足りない: dropout_risk/);
  });

  it('fails when a node is removed, at the scenario line that still answers it', async () => {
    // q_hours is cut out of the tree: はい now goes straight to q_worries.
    const { dir, file } = tempPrograms([
      [/  - id: q_hours\n[\s\S]*?(?=  - id: q_worries)/, ''],
      ['      next: q_hours\n', '      next: q_worries\n'],
    ]);
    const r = await test(dir);
    expect(r.code).toBe(1);
    const line = lineOf(file, 'q_hours: 20');
    expect(r.stdout).toMatch(new RegExp(`mini\\.yaml:${line}:\\d+: エラー: .*q_hours.*\\[SCENARIO_UNKNOWN_QUESTION\\]`));
    expect(r.stdout).toContain('✗ mini.yaml: 上の誤りがあるため、シナリオを実行できませんでした');
    expect(r.stdout).toContain('誤りがあって実行できなかったプログラム: 1 本');
  });

  it('keeps testing the other programs when one has errors', async () => {
    const { dir } = tempPrograms();
    const { file: broken } = tempPrograms([['type: number\n    title: 欠席日数', 'type: numbr\n    title: 欠席日数']]);
    const r = await runCli(['test', '--programs', dir, broken, path.join(dir, 'mini.yaml')], { cwd: dir, env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ 休まず通う');
    expect(r.stdout).toContain('type「numbr」は使えません');
  });

  it('rejects a bad --format or --min-coverage with exit 2', async () => {
    expect((await test(TRAINER_FIXTURES, '--format', 'xml')).code).toBe(2);
    for (const bad of ['abc', '-1', '101', '']) {
      const r = await test(TRAINER_FIXTURES, '--min-coverage', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('[USAGE_BAD_NUMBER]');
    }
  });
});

describe('ikusei test: coverage', () => {
  it('reports node and option coverage of the fixture exactly', async () => {
    const r = await test(TRAINER_FIXTURES, '--format', 'json');
    expect(r.code).toBe(0);
    const [mini] = (JSON.parse(r.stdout) as { programs: { coverage: Record<'nodes' | 'options', { covered: number; total: number; percent: number; uncovered?: unknown[] }> }[] }).programs;
    // 10 nodes, all visited by the two scenarios.
    expect(mini!.coverage.nodes).toMatchObject({ covered: 10, total: 10, percent: 100, uncovered: [] });
    // Choices: q_attend ok/declining/unknown, q_baito yes/no, q_worries money/health/none,
    // q_date unknown = 9; never chosen: q_attend unknown and q_worries health.
    expect(mini!.coverage.options).toMatchObject({ covered: 7, total: 9, percent: 77 });
    expect(mini!.coverage.options.uncovered).toEqual([
      { node: 'q_attend', value: 'unknown', label: 'わからない・未確認' },
      { node: 'q_worries', value: 'health', label: '体調' },
    ]);
  });

  it('counts a node no scenario reaches, and fails --min-coverage below the threshold', async () => {
    const { dir } = tempPrograms([[/  - name: 休まず通う[\s\S]*$/, '']]);
    const r = await test(dir, '--min-coverage', '100');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('網羅率 mini: ノード 9/10（90%）');
    expect(r.stdout).toContain('どのシナリオも通らないノード: o_ok');
    expect(r.stdout).toContain('ノード網羅率が 100% に届かないプログラムがあります: mini');
    const ok = await test(dir, '--min-coverage', '90');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('すべてのプログラムのノード網羅率が 90% 以上です。');
  });

  it('compares the threshold exactly, not on the rounded-down percentage', async () => {
    const { dir } = tempPrograms([[/  - name: 休まず通う[\s\S]*$/, '']]);
    expect((await test(dir, '--min-coverage', '90.1')).code).toBe(1);
    expect((await test(dir, '--min-coverage', '90%')).code).toBe(0);
  });

  it('a program without scenarios covers nothing and fails --min-coverage', async () => {
    const { dir } = tempPrograms([[/tests:[\s\S]*$/, '']]);
    const r = await test(dir, '--min-coverage', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('mini: シナリオがありません');
    expect(r.stdout).toContain('ノード 0/10（0%）');
  });
});

describe('ikusei test: paths no scenario covers', () => {
  interface Hop {
    node: string;
    via: string | null;
    uncovered: boolean;
  }
  interface Path {
    node: string;
    branch: string;
    line: number;
    path: Hop[];
  }
  const pathsOf = async (dir: string) => {
    const r = await test(dir, '--format', 'json');
    return (JSON.parse(r.stdout) as { programs: { uncoveredPaths: Path[] }[] }).programs[0]!.uncoveredPaths;
  };

  it('gives, for each branch no scenario takes, a shortest path from the start through it to an outcome', async () => {
    const { file } = tempPrograms();
    const paths = await pathsOf(path.dirname(file));
    expect(paths.map((p) => [p.node, p.branch])).toEqual([
      ['q_attend', 'わからない'],
      ['q_days', 'それ以外'],
      ['q_worries', '体調'],
    ]);
    for (const p of paths) {
      expect(p.path[0]!.node).toBe('q_attend');
      expect(['o_ok', 'o_risk']).toContain(p.path[p.path.length - 1]!.node);
      expect(p.path.filter((h) => h.uncovered)).toEqual([expect.objectContaining({ node: p.node, via: p.branch })]);
    }
    // q_days's fallback: start → q_attend (欠席) → q_days (それ以外) → q_baito (いいえ, the short way) → … → o_ok
    expect(paths[1]!.path.map((h) => h.node)).toEqual(['q_attend', 'q_days', 'q_baito', 'q_worries', 'q_date', 'q_note', 'o_ok']);
    expect(paths[1]!.path[0]!.via).toBe('欠席や遅刻が増えている');
    // Located at q_days's own `next:` line (the second `next: q_baito` of the file).
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('    next: q_baito\n  - id: i_risk');
    expect(paths[1]!.line).toBe(text.slice(0, at).split('\n').length);
  });

  it('prints the paths with the branch marked, and caps the list with a count of the rest', async () => {
    // Remove the second scenario: many branches are left, more than the text report shows.
    const { dir } = tempPrograms([
      [/  - name: 休まず通う[\s\S]*$/, ''],
      ['      - value: none\n', '      - value: a1\n        label: 選択肢1\n      - value: a2\n        label: 選択肢2\n      - value: a3\n        label: 選択肢3\n      - value: a4\n        label: 選択肢4\n      - value: a5\n        label: 選択肢5\n      - value: a6\n        label: 選択肢6\n      - value: none\n'],
    ]);
    const r = await test(dir);
    // q_attend 休まず通っている and わからない, q_days それ以外, q_baito いいえ, q_worries 体調, 選択肢1–6 and
    // とくにない, q_date わからない, q_note それ以外: 14, of which the text shows 10.
    expect(r.stdout).toContain('シナリオが通らない分岐 14 件');
    expect(r.stdout).toContain('  - q_attend の「わからない」 mini.yaml:');
    expect(r.stdout).toContain('      q_attend【わからない】 → q_baito〔いいえ〕 → q_worries → q_date → q_note〔それ以外〕 → o_ok');
    expect(r.stdout).toContain('ほか 4 件（すべて見るには --format json）');
    expect((await pathsOf(dir)).length).toBe(14);
  });
});
