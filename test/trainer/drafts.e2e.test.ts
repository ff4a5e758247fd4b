import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { Terminal } from '../crash/terminal.js';
import { lineOf, tempHome } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15, item 1: `ikusei new` without --number made the trainer's scaffold program I, and
// `show 1` / `start I` reached it while lint said 問題はありません. Now it is a draft (draft: true,
// no number), kept out of numbers, the chooser and triage; lint rejects two programs with the
// same number or id, and flags the scaffold's unfilled （…） placeholders.

/** A copy of the shipped programs folder (all six programs and the catalogs). */
function realPrograms(): string {
  const dir = tempDir('ikusei-drafts-');
  fs.cpSync(path.join(repoRoot, 'programs'), dir, { recursive: true });
  return dir;
}

interface LintJson {
  errors: number;
  diagnostics: { code: string; severity: string; file: string; line: number; message: string }[];
}

async function lintJson(dir: string, ...files: string[]): Promise<{ code: number; json: LintJson }> {
  const r = await runBin(['lint', '--programs', dir, ...files, '--format', 'json'], { cwd: dir });
  return { code: r.exitCode ?? -1, json: JSON.parse(String(r.stdout)) as LintJson };
}

describe('training programs beside I–VI (built binary)', () => {
  it('new without --number writes a draft that never answers to a number', async () => {
    const dir = realPrograms();
    const made = await runBin(['new', 'kenshu', '--programs', dir], { cwd: dir });
    expect(made.exitCode).toBe(0);
    expect(String(made.stdout)).toContain('番号のない下書き（draft: true）');
    const text = fs.readFileSync(path.join(dir, 'kenshu.yaml'), 'utf8');
    expect(text).toMatch(/^draft: true\b/m);
    expect(text).not.toMatch(/^number:/m);

    // show 1 is still program I
    const show = await runBin(['show', '1', '--programs', dir], { cwd: dir });
    expect(String(show.stdout).split('\n')[0]).toContain('I 子どもの育ち支援プログラム');
    // list shows it last, as 下書き
    const list = plain(String((await runBin(['list', '--programs', dir], { cwd: dir })).stdout)).trim().split('\n');
    expect(list.at(-1)).toMatch(/^kenshu\s+下書き\s/);
    const json = JSON.parse(String((await runBin(['list', '--json', '--programs', dir], { cwd: dir })).stdout)) as { id: string; number: string | null; draft: boolean }[];
    expect(json.find((p) => p.id === 'kenshu')).toMatchObject({ number: null, draft: true });
    expect(json.filter((p) => p.number === 'I').map((p) => p.id)).toEqual(['sodachi']);

    // lint: the placeholders are warnings in a draft (exit 0), among them the 版 that list prints
    const { code, json: lint } = await lintJson(dir, path.join(dir, 'kenshu.yaml'));
    expect(code).toBe(0);
    const placeholders = lint.diagnostics.filter((d) => d.code === 'PLACEHOLDER');
    expect(placeholders.length).toBeGreaterThan(5);
    expect(placeholders.every((d) => d.severity === 'warning')).toBe(true);
    expect(placeholders.map((d) => d.line)).toContain(lineOf(path.join(dir, 'kenshu.yaml'), 'version: （'));
  }, 60_000);

  it('lint rejects two programs with one number, naming both places, and placeholders outside drafts', async () => {
    const dir = realPrograms();
    expect((await runBin(['new', 'kenshu', '--programs', dir], { cwd: dir })).exitCode).toBe(0);
    const file = path.join(dir, 'kenshu.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^draft: true.*$/m, 'number: I'));

    // Linting only the new file still finds program I beside it.
    const one = await lintJson(dir, file);
    expect(one.code).toBe(1);
    const dup = one.json.diagnostics.find((d) => d.code === 'DUPLICATE_NUMBER')!;
    expect(dup.line).toBe(lineOf(file, 'number: I'));
    expect(dup.message).toContain(`sodachi.yaml:${lineOf(path.join(dir, 'sodachi.yaml'), 'number: I')}`);
    const version = one.json.diagnostics.find((d) => d.code === 'PLACEHOLDER' && d.line === lineOf(file, 'version: （'))!;
    expect(version.severity).toBe('error');
    expect(version.message).toContain('（県の冊子の版');

    // The whole folder: each of the two gets the error, naming the other.
    const all = await lintJson(dir);
    const dups = all.json.diagnostics.filter((d) => d.code === 'DUPLICATE_NUMBER');
    expect(dups.map((d) => path.basename(d.file)).sort()).toEqual(['kenshu.yaml', 'sodachi.yaml']);
    expect(dups.find((d) => d.file.endsWith('sodachi.yaml'))!.message).toContain(`kenshu.yaml:${lineOf(file, 'number: I')}`);

    // And the program with errors cannot be opened for a walk or a sheet.
    const run = await runBin(['run', 'kenshu', '--programs', dir, '--answers', path.join(repoRoot, 'examples/kaitou-koukousei.yaml')], { cwd: dir });
    expect(run.exitCode).toBe(1);
  }, 60_000);

  it('lint rejects two programs with one id (a .yml copy beside the .yaml)', async () => {
    const dir = realPrograms();
    fs.copyFileSync(path.join(dir, 'renkei.yaml'), path.join(dir, 'renkei.yml'));
    fs.writeFileSync(path.join(dir, 'renkei.yml'), fs.readFileSync(path.join(dir, 'renkei.yml'), 'utf8').replace(/^number: V$/m, 'draft: true'));
    const { code, json } = await lintJson(dir);
    expect(code).toBe(1);
    const dups = json.diagnostics.filter((d) => d.code === 'DUPLICATE_ID');
    expect(dups.map((d) => path.basename(d.file)).sort()).toEqual(['renkei.yaml', 'renkei.yml']);
    expect(dups.find((d) => d.file.endsWith('.yml'))!.message).toMatch(/renkei\.yaml:2/);
    // A draft's number never clashes: no DUPLICATE_NUMBER here.
    expect(json.diagnostics.some((d) => d.code === 'DUPLICATE_NUMBER')).toBe(false);
  }, 60_000);

  it('new --number refuses a number another program uses', async () => {
    const dir = realPrograms();
    const r = await runBin(['new', 'kenshu', '--number', '3', '--programs', dir], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(String(r.stderr)).toContain('[PROGRAM_NUMBER_TAKEN]');
    expect(fs.existsSync(path.join(dir, 'kenshu.yaml'))).toBe(false);
  }, 60_000);

  it('the chooser and triage of `start` never offer a draft, even one that keeps a number', async () => {
    const dir = realPrograms();
    // A trainer's draft revision of III, numbered like the live one.
    const draft = fs
      .readFileSync(path.join(dir, 'koukousei.yaml'), 'utf8')
      .replace(/^id: koukousei$/m, 'id: koukousei-kaitei')
      .replace(/^title: .*$/m, 'title: 改訂中の高校生支援（研修用）')
      .replace(/^number: III$/m, 'number: III\ndraft: true');
    fs.writeFileSync(path.join(dir, 'koukousei-kaitei.yaml'), draft);
    const home = tempHome();
    const t = new Terminal(['start'], { home, programs: dir });
    try {
      await t.waitForNext(/ケース番号かイニシャル/);
      t.type('K.T.\r');
      await t.waitForNext(/年齢または生年月日/);
      t.type('16\r');
      await t.waitForNext(/担当ケースワーカー/);
      t.type('佐藤\r');
      await t.waitForNext(/プログラムを選んでください/);
      expect(t.output).not.toContain('改訂中の高校生支援');
      t.type('\r'); // the first item: triage
      await t.waitForNext(/学校段階|どれにあたりますか|段階/);
      const mark = t.mark;
      t.type('\r'); // the stage the age suggests (高校生)
      await t.waitForNext(/高校生支援プログラム/);
      expect(t.output.slice(mark)).not.toContain('改訂中の高校生支援');
      t.type('\u0003');
      expect((await t.exited).exitCode).toBe(130);
    } finally {
      t.kill();
    }
  }, 90_000);
});
