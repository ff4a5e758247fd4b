import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { DOWN, ENTER, miniPrograms, tempFiles, Terminal } from './terminal.js';
import { tempDir } from '../helpers/temp.js';

// A full disk, a folder without permission, a "folder" that is a file: a clear Japanese message
// naming the file and the reason, exit code 3, no stack trace, and the previous file exactly as
// it was. Tests run as root, so the failures are made at the fs layer (test/fixtures/fs-faults.cjs)
// or with real paths that no permission can fix (a file where a folder should be).

const ANSWERS = `program: mini
intake: { label: R7-9, age: 16, caseworker: 佐藤 }
answers: { q_attend: declining, q_days: 12, q_baito: "yes", q_hours: 20, q_worries: [money], q_date: 2026-12-01, q_note: 卒業したい }
`;
const REASONS = { ENOSPC: 'ディスクの空き容量が足りません', EACCES: '書き込みの権限がありません', EIO: 'ディスクの読み書きに失敗しました' } as const;
const STACK = /^\s+at .+[:(]\d+/m;

function temp(): { dir: string; home: string; sessions: string } {
  const dir = tempDir('ikusei-full-');
  fs.writeFileSync(path.join(dir, 'a.yaml'), ANSWERS);
  const home = path.join(dir, 'home');
  return { dir, home, sessions: path.join(home, 'sessions') };
}

function bin(args: string[], o: { dir: string; home: string; env?: Record<string, string>; faults?: boolean }) {
  return runBin([...args, '--programs', miniPrograms], { cwd: o.dir, faults: o.faults ?? false, env: { HOME: o.dir, IKUSEI_HOME: o.home, ...o.env } });
}

// A walk's lock (.<id>.lock, see session/lock.ts) comes and goes with the walk: not part of what a save may change.
const snapshot = (dir: string) => new Map(fs.readdirSync(dir).filter((f) => !f.endsWith('.lock')).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));

describe('saving a session when the disk is full or the folder unwritable', () => {
  it.each(Object.entries(REASONS))('run --save with %s: exit 3, file and reason named, nothing written', { timeout: 60_000 }, async (fault, reason) => {
    const t = temp();
    const r = await bin(['run', 'mini', '--answers', 'a.yaml', '--save'], { ...t, faults: true, env: { IKUSEI_FAULT_DIR: t.sessions, IKUSEI_FAULT: fault } });
    expect(r.exitCode).toBe(3);
    const err = plain(r.stderr);
    expect(err).toMatch(new RegExp(`^ikusei: 保存できませんでした: ${t.sessions}/\\d{8}-\\d{4}-[0-9a-f]{4}\\.json（${reason}） \\[WRITE_FAILED\\]$`, 'm'));
    expect(err).toContain('このセッションはまだ保存されていません');
    expect(err).not.toMatch(STACK);
    expect(fs.readdirSync(t.sessions)).toEqual([]); // no session, no temporary file
  });

  it('a walk whose save fails mid-way ends with exit 3 and the resume command; the file is as it was, and resume continues', { timeout: 120_000 }, async () => {
    for (const fault of ['ENOSPC', 'EACCES'] as const) {
      const t = temp();
      const full = path.join(t.dir, 'full');
      const term = new Terminal(['start', 'mini'], { home: t.home, faults: true, env: { IKUSEI_FAULT_DIR: t.sessions, IKUSEI_FAULT: fault, IKUSEI_FAULT_WHEN: full } });
      await term.waitFor(/ケース番号かイニシャル/);
      term.type('R7-5' + ENTER);
      await term.waitFor(/年齢または生年月日/);
      term.type('16' + ENTER);
      await term.waitFor(/担当ケースワーカー/);
      term.type('佐藤' + ENTER);
      await term.waitFor(/最近の出席状況はどうですか/);
      term.type(DOWN + ENTER);
      await term.waitFor(/欠席日数は何日ですか/);
      // The first answer is saved (the next question is on screen); now the disk fills up.
      const before = snapshot(t.sessions);
      fs.writeFileSync(full, '');
      term.type('12' + ENTER);
      const exit = await term.exited;
      expect(exit.exitCode, term.output).toBe(3);
      const [name] = [...before.keys()];
      const id = name!.replace(/\.json$/, '');
      const out = term.output;
      expect(out.replace(/\s+/g, '')).toContain(`保存できませんでした:${t.sessions}/${name}（${REASONS[fault]}）`);
      expect(out).toMatch(/前に保存した内容はそのまま残っています/);
      expect(out.replace(/\s+/g, '')).toContain(`続けるには:ikuseiresume${id}`); // (the terminal wraps long lines)
      expect(out).not.toMatch(STACK);
      expect(snapshot(t.sessions)).toEqual(before); // byte-identical, and no temporary file left

      fs.rmSync(full);
      const again = new Terminal(['resume', id], { home: t.home });
      await again.waitFor(/今年度の欠席日数は何日ですか/);
      again.type('12' + ENTER);
      await again.waitFor(/読んだら Enter で次へ/);
      again.kill('SIGTERM');
      expect((await again.exited).exitCode).toBe(130);
      const s = JSON.parse(fs.readFileSync(path.join(t.sessions, name!), 'utf8'));
      expect(s.answers.q_attend.value).toBe('declining');
      expect(s.answers.q_days.value).toBe(12);
    }
  });

  it('resume whose first save fails: exit 3, the file byte-identical', { timeout: 60_000 }, async () => {
    const t = temp();
    expect((await bin(['run', 'mini', '--answers', 'a.yaml', '--save'], t)).exitCode).toBe(0);
    const before = snapshot(t.sessions);
    const id = [...before.keys()][0]!.replace(/\.json$/, '');
    const term = new Terminal(['resume', id], { home: t.home, faults: true, env: { IKUSEI_FAULT_DIR: t.sessions, IKUSEI_FAULT: 'ENOSPC' } });
    expect((await term.exited).exitCode).toBe(3);
    expect(term.output).toContain('ディスクの空き容量が足りません');
    expect(term.output).not.toMatch(STACK);
    expect(snapshot(t.sessions)).toEqual(before);
  });

  it('the sessions folder is a file (ENOTDIR, also as root): exit 3, the file untouched', { timeout: 60_000 }, async () => {
    const t = temp();
    fs.mkdirSync(t.home, { mode: 0o700 });
    fs.writeFileSync(t.sessions, 'not a folder');
    const r = await bin(['run', 'mini', '--answers', 'a.yaml', '--save'], t);
    expect(r.exitCode).toBe(3);
    expect(plain(r.stderr)).toContain('[MKDIR_FAILED]');
    expect(r.stderr).not.toMatch(STACK);
    expect(fs.readFileSync(t.sessions, 'utf8')).toBe('not a folder');

    // The same in a walk: after the intake, one clean message, no stack trace.
    const term = new Terminal(['start', 'mini'], { home: t.home });
    await term.waitFor(/ケース番号かイニシャル/);
    term.type('R7-5' + ENTER);
    await term.waitFor(/年齢または生年月日/);
    term.type('16' + ENTER);
    await term.waitFor(/担当ケースワーカー/);
    term.type('佐藤' + ENTER);
    expect((await term.exited).exitCode).toBe(3);
    expect(term.output).toContain('[MKDIR_FAILED]');
    expect(term.output).not.toMatch(STACK);
    expect(fs.readFileSync(t.sessions, 'utf8')).toBe('not a folder');

    // IKUSEI_HOME itself a file.
    const homeFile = path.join(t.dir, 'home-file');
    fs.writeFileSync(homeFile, 'x');
    const r2 = await bin(['run', 'mini', '--answers', 'a.yaml', '--save'], { ...t, home: homeFile });
    expect(r2.exitCode).toBe(3);
    expect(plain(r2.stderr)).toContain('[MKDIR_FAILED]');
  });

  it('render onto a full disk: exit 3, the PDF already there byte-identical, no temporary file', { timeout: 60_000 }, async () => {
    const t = temp();
    const out = path.join(t.dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'sheet.pdf'), '%PDF-1.7 an older sheet');
    for (const fault of ['ENOSPC', 'EACCES'] as const) {
      const r = await bin(['render', 'a.yaml', '-o', 'out/sheet.pdf', '--force'], { ...t, faults: true, env: { IKUSEI_FAULT_DIR: out, IKUSEI_FAULT: fault } });
      expect(r.exitCode).toBe(3);
      expect(plain(r.stderr)).toContain('[WRITE_FAILED]');
      expect(plain(r.stderr)).toContain('前に保存した内容はそのまま残っています');
      expect(r.stderr).not.toMatch(STACK);
      expect(fs.readdirSync(out)).toEqual(['sheet.pdf']);
      expect(fs.readFileSync(path.join(out, 'sheet.pdf'), 'utf8')).toBe('%PDF-1.7 an older sheet');
    }
    // The output folder is a file.
    fs.writeFileSync(path.join(t.dir, 'notdir'), 'x');
    const r = await bin(['render', 'a.yaml', '-o', 'notdir/sheet.pdf'], t);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).not.toMatch(STACK);
    expect(tempFiles(t.dir)).toEqual([]);
  });
});
