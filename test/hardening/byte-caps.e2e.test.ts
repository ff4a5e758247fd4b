import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { miniPrograms, Terminal } from '../crash/terminal.js';
import { plain } from '../helpers/bin.js';
import { ENGLISH_ERROR, runCapped, STACK_FRAME } from './capped.js';
import { tempDir } from '../helpers/temp.js';

// Issue 14, item 10: files are read with a hard cap on bytes and only when they are regular files
// (after following symlinks). /dev/zero named as answers, program, font or config would otherwise
// be read until memory runs out, and a FIFO would block forever. Each run has a heap cap and a
// time limit (runCapped): a hang or a balloon fails the test.

const root = tempDir('ikusei-caps-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const home = path.join(root, 'home');
const NOT_REGULAR = '通常のファイルではありません';

fs.writeFileSync(path.join(root, 'a.yaml'), 'program: mini\nintake: { age: 16 }\nanswers: { q_attend: ok }\n');
fs.symlinkSync('/dev/zero', path.join(root, 'zero.yaml'));
execFileSync('mkfifo', [path.join(root, 'fifo.yaml')]);
const programs = path.join(root, 'programs');
fs.cpSync(miniPrograms, programs, { recursive: true });
fs.symlinkSync('/dev/zero', path.join(programs, 'zero.yaml'));

function expectRefused(r: { exitCode?: number; stdout: string; stderr: string; timedOut?: boolean }, what: string, code: number) {
  expect(r.timedOut, what).toBeFalsy();
  expect(r.exitCode, `${what}\n${r.stderr}`).toBe(code);
  const err = plain(r.stderr);
  expect(err, what).toContain(NOT_REGULAR);
  expect(err, what).not.toMatch(STACK_FRAME);
  expect(err, what).not.toMatch(ENGLISH_ERROR);
}

describe('byte caps and regular files only', () => {
  it('answers from /dev/zero (through a symlink) or a FIFO: exit 3 at once', { timeout: 120_000 }, async () => {
    for (const answers of ['/dev/zero', 'zero.yaml', 'fifo.yaml']) {
      const r = await runCapped(['run', 'mini', '--answers', answers, '--programs', miniPrograms], { cwd: root, home });
      expectRefused(r, answers, 3);
    }
  });

  it('a FIFO as answers on a terminal (where encrypted files are looked for first) ends at once too', { timeout: 60_000 }, async () => {
    const t = new Terminal(['run', 'mini', '--answers', path.join(root, 'fifo.yaml')], { home, cwd: root });
    const ended = await Promise.race([t.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 20_000))]);
    t.kill();
    expect(ended?.exitCode, t.output).toBe(3);
    expect(t.output).toContain(NOT_REGULAR);
  });

  it('a program symlinked to /dev/zero is not a program: run, run by number and list end at once', { timeout: 120_000 }, async () => {
    for (const ref of ['zero', path.join(programs, 'zero.yaml')]) {
      const r = await runCapped(['run', ref, '--answers', 'a.yaml', '--programs', programs], { cwd: root, home });
      expect(r.timedOut, ref).toBeFalsy();
      expect(r.exitCode, `${ref}\n${r.stderr}`).toBe(2); // no such program
    }
    const byNumber = await runCapped(['run', 'III', '--answers', 'a.yaml', '--programs', programs, '--json'], { cwd: root, home });
    expect(byNumber.timedOut).toBeFalsy();
    expect(byNumber.exitCode, byNumber.stderr).not.toBe(70);
    const listed = await runCapped(['list', '--programs', programs], { cwd: root, home });
    expect(listed.timedOut).toBeFalsy();
    expect(listed.stdout).toContain('テスト用ミニプログラム');
  });

  it('--font /dev/zero and a config.json that is /dev/zero: exit 3 with the reason', { timeout: 120_000 }, async () => {
    const font = await runCapped(['render', 'a.yaml', '-o', 'x.pdf', '--font', '/dev/zero', '--programs', miniPrograms], { cwd: root, home });
    expectRefused(font, '--font', 3);
    const cfgHome = path.join(root, 'cfg-home');
    fs.mkdirSync(cfgHome, { mode: 0o700 });
    fs.symlinkSync('/dev/zero', path.join(cfgHome, 'config.json'));
    const cfg = await runCapped(['render', 'a.yaml', '-o', 'y.pdf', '--programs', miniPrograms], { cwd: root, home: cfgHome });
    expectRefused(cfg, 'config.json', 3);
    expect(fs.existsSync(path.join(root, 'x.pdf')) || fs.existsSync(path.join(root, 'y.pdf'))).toBe(false);
  });
});
