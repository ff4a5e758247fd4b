import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/app/io.js';
import { cutoffFor, parseAge } from '../../src/io/session/purge.js';
import { saveSession } from '../../src/io/session/store.js';
import { runBin } from '../helpers/bin.js';
import { runCli } from '../helpers/cli.js';
import { enter, tempHome, waitFor } from '../walk/drive.js';

// `ikusei sessions purge --older-than <age>`: finished sessions whose last change is older than
// the age go, after a list and a question (or --yes); sessions in progress never do, however old.

const NOW = new Date('2026-11-22T10:00:00+09:00');
const days = (n: number, from = NOW) => new Date(from.getTime() - n * 86_400_000).toISOString();

function make(home: string, id: string, status: SessionFile['status'], updatedAt: string, label = `L-${id.slice(-4)}`, passphrase?: string): string {
  const file = saveSession(home, {
    format: 'ikusei-session',
    version: 1,
    id,
    program: { id: 'mini', version: '1', hash: 'a'.repeat(64) },
    intake: { label },
    status,
    createdAt: updatedAt,
    updatedAt,
    ...(status === 'completed' ? { completedAt: updatedAt } : {}),
    answers: {},
    audit: [{ at: updatedAt, event: 'start' }],
  }, { passphrase });
  return file;
}

/** Old and new, finished and not, plain and encrypted, and a broken file. */
function store(now = NOW): { home: string; dir: string; old: string[]; kept: string[] } {
  const home = tempHome();
  make(home, '20260101-1000-0001', 'completed', days(300, now));
  make(home, '20260201-1000-0002', 'completed', days(120, now), 'L-0002', 'ひみつの合言葉');
  make(home, '20260301-1000-0003', 'in-progress', days(400, now)); // old but not finished: kept
  make(home, '20260401-1000-0004', 'in-progress', days(200, now), 'L-0004', 'ひみつの合言葉');
  make(home, '20261101-1000-0005', 'completed', days(30, now)); // finished but recent: kept
  make(home, '20260801-1000-0006', 'completed', days(90, now)); // exactly 90 days: not older, kept
  const dir = path.join(home, 'sessions');
  fs.writeFileSync(path.join(dir, '20250101-1000-0007.json'), '{"format": "ikusei-session", "status": "completed"'); // broken: kept
  return {
    home,
    dir,
    old: ['20260101-1000-0001', '20260201-1000-0002'],
    kept: ['20250101-1000-0007', '20260301-1000-0003', '20260401-1000-0004', '20260801-1000-0006', '20261101-1000-0005'],
  };
}

/** Local time as the command prints it (the test must not depend on the machine's time zone). */
const stamp = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};
const ids = (dir: string) => fs.readdirSync(dir).map((f) => f.replace(/\.json$/, '')).sort();
const purge = (home: string, args: string[]) => runCli(['sessions', 'purge', ...args], { env: { IKUSEI_HOME: home }, now: NOW, cwd: home });

function tty(argv: string[], home: string) {
  screen.clear();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: { IKUSEI_HOME: home, NO_COLOR: '1' },
    cwd: home,
    now: () => NOW,
  };
  return run(argv, io).then((code) => ({ code, stdout, stderr }));
}

afterEach(() => vi.restoreAllMocks());

describe('sessions purge', () => {
  it('--dry-run lists the finished sessions older than the age and deletes nothing', async () => {
    const s = store();
    const before = ids(s.dir);
    const r = await purge(s.home, ['--older-than', '90d', '--dry-run']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`確定済みで、最後の変更が ${stamp(days(90))} より前のセッション 2 件:`);
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['20260101-1000-0001', 'L-0001'],
      ['20260201-1000-0002', '［暗号化］'], // encrypted: no label, and no passphrase needed
    ]);
    expect(r.stderr).toContain('途中のセッション 2 件は削除しません。');
    expect(r.stderr).toContain('読み込めないセッションファイル 1 件は削除しません。');
    expect(r.stderr).toContain('--dry-run のため、削除していません。');
    expect(ids(s.dir)).toEqual(before);
  });

  it('--yes deletes exactly those, keeps every session in progress (however old), recent ones and broken files', async () => {
    const s = store();
    const r = await purge(s.home, ['--older-than', '90d', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 件のセッションを削除しました。');
    expect(r.stderr).toContain('途中のセッション 2 件は削除しません。');
    expect(ids(s.dir)).toEqual(s.kept);
    // Nothing old and finished is left: a second run has nothing to do.
    const again = await purge(s.home, ['--older-than', '90d', '--yes']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`削除するセッションはありません（確定済みで、最後の変更が ${stamp(days(90))} より前のものはありません）。\n`);
  });

  it('reads ages in days, weeks and calendar months, also written in Japanese', () => {
    expect(parseAge('90d')).toEqual({ amount: 90, unit: 'd' });
    expect(parseAge('12w')).toEqual({ amount: 12, unit: 'w' });
    expect(parseAge('3m')).toEqual({ amount: 3, unit: 'm' });
    expect(parseAge('９０日')).toEqual({ amount: 90, unit: 'd' });
    expect(parseAge('12週間')).toEqual({ amount: 12, unit: 'w' });
    expect(parseAge('３か月')).toEqual({ amount: 3, unit: 'm' });
    for (const bad of ['90', 'd', '0d', '-5d', '90x', '1.5m', '', '3 years']) expect(parseAge(bad), bad).toBeUndefined();
    expect(cutoffFor({ amount: 12, unit: 'w' }, NOW).toISOString()).toBe(days(84));
    const m = cutoffFor({ amount: 3, unit: 'm' }, NOW);
    expect([m.getFullYear(), m.getMonth() + 1, m.getDate(), m.getHours()]).toEqual([2026, 8, 22, NOW.getHours()]);
  });

  it('12w and 3m select by those cutoffs', async () => {
    const s = store();
    expect((await purge(s.home, ['--older-than', '12w', '--dry-run'])).stdout).toContain('セッション 3 件:'); // 84 days: the 90-day one too
    expect((await purge(s.home, ['--older-than', '3m', '--dry-run'])).stdout).toContain('セッション 2 件:'); // 3 months is longer than 90 days
    expect((await purge(s.home, ['--older-than', '200d', '--dry-run'])).stdout).toContain('セッション 1 件:');
  });

  it.each([
    [[], '--older-than で期間を指定してください（例: --older-than 90d）。'],
    [['--older-than', '90'], '期間「90」が読めません。'],
    [['--older-than', '90x'], '期間「90x」が読めません。'],
  ])('usage errors exit 2 and delete nothing: %j', async (args, message) => {
    const s = store();
    const r = await purge(s.home, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(ids(s.dir)).toHaveLength(7);
  });

  it('not on a terminal and without --yes: lists, refuses to delete, exit 2', async () => {
    const s = store();
    const r = await purge(s.home, ['--older-than', '90d']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('セッション 2 件:');
    expect(r.stderr).toContain('[USAGE_NEED_TTY]');
    expect(ids(s.dir)).toHaveLength(7);
  });

  it('on a terminal it asks: いいえ keeps everything, はい deletes', async () => {
    const s = store();
    let asked = tty(['sessions', 'purge', '--older-than', '90d'], s.home);
    await waitFor(/2 件のセッションを削除しますか？（元に戻せません）/);
    enter(); // the default is いいえ
    let r = await asked;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('削除しませんでした。');
    expect(ids(s.dir)).toHaveLength(7);

    asked = tty(['sessions', 'purge', '--older-than', '90d'], s.home);
    await waitFor(/削除しますか/);
    screen.keypress('up');
    enter();
    r = await asked;
    expect(r.code).toBe(0);
    expect(ids(s.dir)).toEqual(s.kept);
  }, 30_000);

  it('a session resumed while the question waits is not deleted', async () => {
    const s = store();
    const asked = tty(['sessions', 'purge', '--older-than', '90d'], s.home);
    await waitFor(/削除しますか/);
    // Meanwhile someone reopens the first one (it is in progress again, changed now).
    make(s.home, '20260101-1000-0001', 'in-progress', NOW.toISOString());
    screen.keypress('up');
    enter();
    const r = await asked;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('20260101-1000-0001 は確認のあいだに変更されたため、削除しませんでした。');
    expect(r.stdout).toContain('1 件のセッションを削除しました。');
    expect(ids(s.dir)).toContain('20260101-1000-0001');
  }, 30_000);

  it('Ctrl-C at the question: exit 130, nothing deleted', async () => {
    const s = store();
    const asked = tty(['sessions', 'purge', '--older-than', '90d'], s.home);
    await waitFor(/削除しますか/);
    screen.keypress({ name: 'c', ctrl: true });
    const r = await asked;
    expect(r.code).toBe(130);
    expect(ids(s.dir)).toHaveLength(7);
  }, 30_000);

  it('a file that cannot be deleted: the others still go, exit 3 with the file and reason', async () => {
    const s = store();
    const unlink = fs.unlinkSync;
    vi.spyOn(fs, 'unlinkSync').mockImplementation((p) => {
      if (String(p).endsWith('0001.json')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return unlink(p);
    });
    const r = await purge(s.home, ['--older-than', '90d', '--yes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('削除できませんでした: sessions/20260101-1000-0001.json（削除の権限がありません）');
    expect(r.stderr).toContain('[PURGE_FAILED]');
    expect(r.stdout).toContain('1 件のセッションを削除しました。');
    expect(ids(s.dir)).toEqual([...s.kept, '20260101-1000-0001'].sort());
  });

  it('the built binary: --yes deletes, and `sessions` lists what is left', { timeout: 60_000 }, async () => {
    const s = store(new Date());
    // The binary's clock is later than the one the sessions were made with: the one exactly 90
    // days old is now older than 90 days, and goes too.
    const r = await runBin(['sessions', 'purge', '--older-than', '90d', '--yes'], { env: { IKUSEI_HOME: s.home } });
    expect(r.exitCode).toBe(0);
    expect(ids(s.dir)).toEqual(s.kept.filter((id) => id !== '20260801-1000-0006'));
    const listed = await runBin(['sessions', '--json'], { env: { IKUSEI_HOME: s.home } });
    expect((JSON.parse(String(listed.stdout)) as { id: string }[]).map((x) => x.id).sort()).toEqual(ids(s.dir).filter((id) => !id.endsWith('0007')));
  });
});
