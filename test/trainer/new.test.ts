import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempHome, TRAINER_FIXTURES } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

/** A programs folder with the fixture catalog and no program, so lint sees only the new one. */
function emptyPrograms(): string {
  const dir = tempDir('ikusei-new-');
  fs.cpSync(path.join(TRAINER_FIXTURES, 'catalogs'), path.join(dir, 'catalogs'), { recursive: true });
  return dir;
}
const cli = (args: string[], cwd: string) => runCli(args, { cwd, env: { IKUSEI_HOME: tempHome() } });

describe('ikusei new', () => {
  it('creates programs/<id>.yaml that lints without errors (placeholders are a draft\'s warnings) and whose one scenario passes', async () => {
    const dir = emptyPrograms();
    const r = await cli(['new', 'ibasho-test', '--programs', dir], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ibasho-test.yaml を作りました。');
    const file = path.join(dir, 'ibasho-test.yaml');
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/program.schema.json');
    expect(text).toMatch(/^id: ibasho-test$/m);
    expect(text).toMatch(/^revised: 2026-11-22$/m);
    expect(text).not.toContain('{{');

    const lint = await cli(['lint', file], dir);
    expect(lint.stdout).toMatch(/エラー 0 件、警告 \d+ 件/);
    expect(lint.stdout).toContain('[PLACEHOLDER]');
    expect(lint.code).toBe(0);
    const test = await cli(['test', 'ibasho-test', '--programs', dir, '--format', 'json'], dir);
    expect(test.code).toBe(0);
    const report = JSON.parse(test.stdout) as { programs: { scenarios: { passed: boolean }[] }[] };
    expect(report.programs[0]!.scenarios).toEqual([expect.objectContaining({ passed: true })]);
  });

  it('writes a draft without a number, or takes --number and --title', async () => {
    const dir = emptyPrograms();
    fs.copyFileSync(path.join(TRAINER_FIXTURES, 'mini.yaml'), path.join(dir, 'mini.yaml')); // uses III
    await cli(['new', 'a', '--programs', dir], dir);
    const a = fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    expect(a).toMatch(/^draft: true/m);
    expect(a).not.toMatch(/^number:/m);
    await cli(['new', 'b', '--programs', dir, '--number', '6', '--title', '居場所: "学習" #1'], dir);
    const b = fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8');
    expect(b).toMatch(/^number: VI$/m);
    // A numbered program is one caseworkers use: its unfilled placeholders are errors.
    const lint = await cli(['lint', path.join(dir, 'b.yaml')], dir);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/エラー: 雛形の（ ）の文「（県の冊子の版/);
    const show = await cli(['list', '--json', '--programs', dir], dir);
    expect((JSON.parse(show.stdout) as { id: string; title: string }[]).find((p) => p.id === 'b')!.title).toBe('居場所: "学習" #1');
  });

  it('refuses to overwrite an existing program (exit 2, file untouched)', async () => {
    const dir = emptyPrograms();
    fs.writeFileSync(path.join(dir, 'x.yaml'), 'mine');
    const r = await cli(['new', 'x', '--programs', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[OUTPUT_EXISTS]');
    expect(fs.readFileSync(path.join(dir, 'x.yaml'), 'utf8')).toBe('mine');
  });

  it.each(['Ibasho', '1st', 'ibasho yaml', '../evil', 'イバショ', 'a.b'])('refuses the id %j with a Japanese message', async (id) => {
    const dir = emptyPrograms();
    const r = await cli(['new', id, '--programs', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE_BAD_PROGRAM_ID]');
    expect(r.stderr).toContain('半角の英小文字で始め');
    expect(fs.readdirSync(dir)).toEqual(['catalogs']);
  });

  it('refuses a bad --number', async () => {
    const dir = emptyPrograms();
    const r = await cli(['new', 'x', '--programs', dir, '--number', 'VII'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE_BAD_PROGRAM_NUMBER]');
  });
});
