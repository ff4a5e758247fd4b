import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURE_PROGRAMS = path.join(fixtures, 'programs');
const withFixtures = ['--programs', FIXTURE_PROGRAMS];

function tempCopyOfFixtures(): string {
  const dir = tempDir('ikusei-e2e-');
  fs.cpSync(FIXTURE_PROGRAMS, dir, { recursive: true });
  return dir;
}

describe('ikusei --help and --version', () => {
  it('prints Japanese help on stdout and exits 0', async () => {
    const r = await runBin(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('使い方: ikusei');
    expect(r.stdout).toContain('コマンド:');
    expect(r.stdout).toContain('プログラムの一覧を表示します');
    expect(r.stderr).toBe('');
  });

  it('prints help when run without arguments', async () => {
    const r = await runBin([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('使い方: ikusei');
  });

  it('prints the version of package.json', async () => {
    const r = await runBin(['--version']);
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout.trim()).toBe(version);
  });

  it('loads neither inquirer nor pdfkit nor the font for --help', async () => {
    const log = path.join(tempDir('ikusei-trace-'), 'imports.txt');
    const r = await runBin(['--help'], { node: ['--import', path.join(fixtures, 'trace-imports.mjs')], env: { IKUSEI_TRACE_IMPORTS: log } });
    expect(r.exitCode).toBe(0);
    const loaded = fs.readFileSync(log, 'utf8');
    expect(loaded).toContain('commander');
    expect(loaded).not.toMatch(/@inquirer|pdfkit|biz-udpgothic|fontkit|ajv|\/yaml\//);
  });
});

describe('usage errors exit 2 with a Japanese message on stderr', () => {
  it.each([
    [['lsit'], /「lsit」というコマンドはありません。もしかして「list」ですか？/],
    [['list', '--jsn'], /\[USAGE_UNKNOWN_OPTION\]/],
    [['show'], /\[USAGE_MISSING_ARGUMENT\]/],
    [['show', 'nonexistent', ...withFixtures], /\[PROGRAM_NOT_FOUND\]/],
    [['lint', '/no/such/path'], /\[USAGE_FILE_NOT_FOUND\]/],
    [['lint', '--format', 'xml', ...withFixtures], /\[USAGE_BAD_FORMAT\]/],
  ])('ikusei %j', async (args, message) => {
    const r = await runBin(args as string[]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(plain(r.stderr)).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe('ikusei list', () => {
  it('prints a table of id, number, title, version and node count', async () => {
    const r = await runBin(['list', ...withFixtures]);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+番号\s+プログラム名\s+版\s+ノード数$/);
    expect(lines[1]).toMatch(/^mini\s+III\s+テスト用ミニプログラム\s+令和5年10月版\s+10$/);
  });

  it('--json prints an array of objects with id, number, title, version and nodes', async () => {
    const r = await runBin(['list', '--json', ...withFixtures]);
    expect(r.exitCode).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'mini', number: 'III', title: 'テスト用ミニプログラム', version: '令和5年10月版', nodes: 10 });
  });

  it('takes the programs folder from IKUSEI_PROGRAMS too', async () => {
    const r = await runBin(['list', '--json'], { env: { IKUSEI_PROGRAMS: FIXTURE_PROGRAMS } });
    expect((JSON.parse(r.stdout) as { id: string }[]).map((p) => p.id)).toEqual(['mini']);
  });

  it('uses no colour codes when stdout is not a terminal', async () => {
    const r = await runBin(['list', ...withFixtures]);
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('ikusei show', () => {
  it('prints an outline by id, by number and by path', async () => {
    for (const ref of ['mini', 'III', '3', path.join(FIXTURE_PROGRAMS, 'mini.yaml')]) {
      const r = await runBin(['show', ref, ...withFixtures]);
      expect(r.exitCode, ref).toBe(0);
      expect(r.stdout).toContain('III テスト用ミニプログラム（すべてのノード種別を含む小さな木）');
      expect(r.stdout).toContain('ノード 10 個（質問 7・案内 1・結論 2）');
      expect(r.stdout).toMatch(/q_days\s+\[数\] 今年度の欠席日数は何日ですか？/);
      expect(r.stdout).toContain('条件: 「欠席日数」が10日以上、かつ年齢が15歳以上 → i_risk');
    }
  });

  it('refuses a broken program with located errors and exit 1', async () => {
    const dir = tempCopyOfFixtures();
    const file = path.join(dir, 'mini.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    type: number\n    title: 欠席日数', '    type: numbr\n    title: 欠席日数'));
    const r = await runBin(['show', 'mini', '--programs', dir]);
    expect(r.exitCode).toBe(1);
    expect(plain(r.stderr)).toMatch(/mini\.yaml:\d+:11: エラー: type「numbr」は使えません。もしかして「number」ですか？/);
  });
});

describe('ikusei lint', () => {
  it('exits 0 on clean programs and says so', async () => {
    const r = await runBin(['lint', FIXTURE_PROGRAMS]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('2 ファイルを検査しました: 問題はありません。');
  });

  it('exits 1 with file:line:column, the message and a code frame', async () => {
    const dir = tempCopyOfFixtures();
    const file = path.join(dir, 'mini.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('        next: q_days', '        next: q_dayz');
    fs.writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('q_dayz')) + 1;
    const r = await runBin(['lint', dir], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const out = plain(r.stdout);
    expect(out).toContain(`mini.yaml:${line}:15: エラー: 行き先「q_dayz」というノードはありません。もしかして「q_days」ですか？ [UNKNOWN_NEXT]`);
    expect(out).toContain(`> ${line} |         next: q_dayz`);
    expect(out).toMatch(/\|\s{15}\^{6}/);
    expect(out).toContain('エラー 1 件');
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = tempCopyOfFixtures();
    const catalog = path.join(dir, 'catalogs/catalog.yaml');
    fs.writeFileSync(catalog, fs.readFileSync(catalog, 'utf8').replaceAll('checked: 2026-11-01', 'checked: 2020-01-01'));
    const r = await runBin(['lint', dir]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('警告');
    expect(r.stdout).toContain('CATALOG_STALE');
  });

  it('--format json prints a machine-readable list', async () => {
    const dir = tempCopyOfFixtures();
    const file = path.join(dir, 'mini.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    help: 学校に確かめます。\n    unit: 日', '    unit: 日'));
    const r = await runBin(['lint', '--format', 'json', dir], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { errors: number; diagnostics: { file: string; line: number; column: number; code: string; severity: string; message: string }[] };
    expect(report.errors).toBe(1);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'mini.yaml', code: 'SCHEMA', severity: 'error', message: expect.stringMatching(/help/) }),
    ]);
    expect(report.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('checks the bundled programs when given no path', async () => {
    const r = await runBin(['lint', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { files: string[] };
    expect(report.files).toContain('programs/koukousei.yaml');
  });
});

describe('code frames under Japanese text', () => {
  it('puts the caret under the mistake, counting full-width characters as two cells', async () => {
    const dir = tempCopyOfFixtures();
    const file = path.join(dir, 'mini.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('            - agency: gakkou\n              reason: 出席状況を一緒に確かめるため\n              due: { weeks: 2 }', '            - { reason: 出席状況を一緒に確かめるため, due: { weeks: 2 }, agency: gakou }');
    fs.writeFileSync(file, text);
    const r = await runBin(['lint', dir], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const lines = plain(r.stdout).split('\n');
    const source = lines.findIndex((l) => l.startsWith('>') && l.includes('agency: gakou'));
    const caret = lines[source + 1]!;
    // Cells before "gakou" on the source line, and before the first ^ on the caret line, agree.
    const before = (await import('string-width')).default(lines[source]!.slice(0, lines[source]!.indexOf('gakou')));
    expect(caret.indexOf('^')).toBe(before);
    expect(caret.trimEnd().endsWith('^^^^^')).toBe(true);
  });
});
