import fs from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/core/text/terminal-safe.js';
import { fixtures, runCli } from '../helpers/cli.js';
import { CATALOG, lintFolder, PROGRAM, positionOf } from '../model/lint-helpers.js';
import { startCli, waitFor } from '../walk/drive.js';
import { tempDir } from '../helpers/temp.js';

// Text from files and arguments never reaches the terminal raw: a label "X\e]0;PWNED\a\e[2J" set
// the window title and cleared the screen in `sessions`, a memo moved the cursor in `run --save`.
// Every such character is shown as \u{1b} (src/core/text/terminal-safe.ts).

/** What a terminal would act on: C0 but tab/newline, DEL, C1, and bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LABEL = 'X\u001b]0;PWNED\u0007\u001b[2J';
const NOW = new Date('2026-11-22T10:00:00+09:00');
const programs = path.join(fixtures, 'programs');

const ANSWERS = `intake: { label: "X\\e]0;PWNED\\a\\e[2J\\x9b2J" }
answers:
  q_attend: declining
  q_days: 12
  q_baito: true
  q_hours: 20
  q_worries: [money]
  q_date: unknown
  q_note: "卒業\\e[31mしたい"
memos:
  q_date: "m\\e[1A\\e[2K\\u202e"
`;

function workdir() {
  const dir = tempDir('ikusei-escape-');
  fs.writeFileSync(path.join(dir, 'a.yaml'), ANSWERS);
  return { dir, home: path.join(dir, 'home') };
}

const cli = (args: string[], w: { dir: string; home: string }, now = NOW) => runCli([...args, '--programs', programs], { cwd: w.dir, env: { IKUSEI_HOME: w.home }, now });

function expectSafe(out: string) {
  expect(out).not.toMatch(RAW);
}

describe('terminalSafe', () => {
  it('shows every control, C1 and bidi character visibly, and keeps the rest', () => {
    for (let cp = 0; cp <= 0x9f; cp++) {
      if (cp >= 0x20 && cp < 0x7f) continue;
      expect(terminalSafe(`a${String.fromCodePoint(cp)}b`)).toBe(`a\\u{${cp.toString(16)}}b`);
    }
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) expect(terminalSafe(String.fromCodePoint(cp))).toBe(`\\u{${cp.toString(16)}}`);
    expect(terminalSafe(LABEL)).toBe('X\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J');
    expect(terminalSafe('山田 R7-012（16歳）')).toBe('山田 R7-012（16歳）');
    expect(terminalSafe('一行目\n二行目\tタブ', { multiline: true })).toBe('一行目\n二行目\tタブ');
    expect(terminalSafe('一行目\n二行目')).toBe('一行目\\u{a}二行目');
  });
});

describe('case data on the terminal', () => {
  it('run --save, sessions and the purge list print the label and memo escaped', { timeout: 60_000 }, async () => {
    const w = workdir();
    const run = await cli(['run', 'mini', '--answers', 'a.yaml', '--save'], w);
    expect(run.code, run.stderr).toBe(0);
    expectSafe(run.stdout + run.stderr);
    expect(run.stdout).toContain('m\\u{1b}[1A\\u{1b}[2K\\u{202e}');

    const list = await cli(['sessions'], w);
    expectSafe(list.stdout + list.stderr);
    expect(list.stdout).toContain('X\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J');

    const json = await cli(['sessions', '--json'], w);
    expectSafe(json.stdout);
    expect(JSON.parse(json.stdout)[0].label).toBe(`${LABEL}\u009b2J`); // the same value, escaped

    const purge = await cli(['sessions', 'purge', '--older-than', '1d', '--dry-run'], w, new Date('2027-06-01T10:00:00+09:00'));
    expect(purge.code, purge.stderr).toBe(0);
    expectSafe(purge.stdout + purge.stderr);
    expect(purge.stdout).toContain('X\\u{1b}]0;PWNED');
  });

  it('the resume header and the session chooser print the label escaped', { timeout: 60_000 }, async () => {
    const w = workdir();
    expect((await cli(['run', 'mini', '--answers', 'a.yaml', '--save'], w)).code).toBe(0);
    const id = fs.readdirSync(path.join(w.home, 'sessions')).find((f) => f.endsWith('.json'))!.replace(/\.json$/, '');
    const walk = startCli(['resume', id, '--programs', programs], w.home, w.dir);
    await waitFor(/確認|見直|変更|戻/);
    // The review lists the answers from the file: a text answer with ESC is shown escaped.
    expectSafe(screen.getScreen());
    expect(screen.getScreen()).toContain('卒業\\u{1b}[31mしたい');
    walk.signal('SIGINT');
    const done = await walk.done;
    expectSafe(done.stdout + done.stderr);
    expect(done.stdout).toContain('X\\u{1b}]0;PWNED');
  });
});

describe('names and titles on the terminal', () => {
  it('a file name in an error message is escaped', async () => {
    const w = workdir();
    const r = await cli(['run', 'mini', '--answers', 'no\u001b[2Jsuch.yaml'], w);
    expect(r.code).toBe(3);
    expectSafe(r.stdout + r.stderr);
    expect(r.stderr).toContain('no\\u{1b}[2Jsuch.yaml');
  });

  it('a program name given on the command line is escaped in "not found"', async () => {
    const r = await runCli(['show', 'x\u001b]0;T\u0007']);
    expect(r.code).toBe(2);
    expectSafe(r.stderr);
  });

  it('batch prints bad file names escaped', { timeout: 60_000 }, async () => {
    const w = workdir();
    fs.mkdirSync(path.join(w.dir, 'in'));
    fs.writeFileSync(path.join(w.dir, 'in', 'bad\u001b[2J.yaml'), 'program: mini\nq_attend: sometimes\n');
    const r = await cli(['batch', 'in', '-o', 'out', '--jobs', '1'], w);
    expect(r.code).toBe(1);
    expectSafe(r.stdout + r.stderr);
    expect(r.stderr).toContain('bad\\u{1b}[2J.yaml');
  });

  it('list and show print program titles escaped, and lint refuses them at their place', async () => {
    const title = '"テスト\\e]0;PWNED\\a\\e[2J\\u202e"';
    const program = PROGRAM.replace('title: テスト', `title: ${title}`);
    const { dir, diagnostics } = lintFolder({ 'p.yaml': program });
    const errors = diagnostics.filter((d) => d.code === 'CONTROL_CHAR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', ...positionOf(program, title) });
    expect(errors[0]!.message).toContain('\\u{1b}');

    for (const args of [['list'], ['show', 'p']]) {
      const r = await runCli([...args, '--programs', dir], { cwd: dir });
      expectSafe(r.stdout + r.stderr);
      expect(r.stdout).toContain('テスト\\u{1b}]0;PWNED');
    }
  });

  it('lint refuses a control character in a catalog too, at its place', () => {
    const catalog = CATALOG.replace('name: 学校', 'name: "学校\\u202e"');
    const { diagnostics } = lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog });
    const errors = diagnostics.filter((d) => d.code === 'CONTROL_CHAR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ...positionOf(catalog, '"学校') });
    expect(errors[0]!.file).toMatch(/c\.yaml$/);
  });
});
