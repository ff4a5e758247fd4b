import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IkuseiError } from '../../src/core/diagnostics/errors.js';
import { STALE_TEMP_MS, sweepStaleTemps, writeFileAtomic } from '../../src/io/files/atomic.js';
import { listSessions, loadSession, saveSession } from '../../src/io/session/store.js';
import type { SessionFile } from '../../src/core/case/types.js';
import { tempDir } from '../helpers/temp.js';

// The atomic writer and the temporary files a kill leaves behind, in-process.

const tmp = () => tempDir('ikusei-atomic-');

function session(id: string): SessionFile {
  const at = '2026-11-22T01:00:00.000Z';
  return {
    format: 'ikusei-session',
    version: 1,
    id,
    program: { id: 'mini', version: '1', hash: 'a'.repeat(64) },
    intake: { label: 'R7-1' },
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
    answers: { q_attend: { value: 'ok', at } },
    audit: [{ at, event: 'start' }],
  };
}

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it.each([
    ['ENOSPC', 'writeSync', 'ディスクの空き容量が足りません'],
    ['EACCES', 'openSync', '書き込みの権限がありません'],
    ['EIO', 'fsyncSync', 'ディスクの読み書きに失敗しました'],
    ['EXDEV', 'renameSync', '原因不明（EXDEV）'],
  ] as const)('%s in %s: the old file is byte-identical, no temporary file, exit 3 with the reason', (code, call, reason) => {
    const dir = tmp();
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, 'old content');
    const real = fs[call] as (...a: unknown[]) => unknown;
    vi.spyOn(fs, call).mockImplementation(((...args: unknown[]) => {
      // Half the data reaches the disk before it fills up, as it would.
      if (call === 'writeSync') real(args[0], Buffer.from('half'));
      throw Object.assign(new Error(code), { code });
    }) as never);
    let error: unknown;
    try {
      writeFileAtomic(file, 'new content that does not fit');
    } catch (e) {
      error = e;
    }
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(IkuseiError);
    expect((error as IkuseiError).exitCode).toBe(3);
    expect((error as IkuseiError).message).toBe(`保存できませんでした: ${file}（${reason}）`);
    expect((error as IkuseiError).options.hint).toBe('前に保存した内容はそのまま残っています。');
    expect(fs.readdirSync(dir)).toEqual(['x.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe('old content');
  });

  it('creates the file 0600 whatever the umask, and replaces a looser one', () => {
    const dir = tmp();
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, 'old', { mode: 0o644 });
    const old = process.umask(0);
    try {
      writeFileAtomic(file, 'new');
    } finally {
      process.umask(old);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('temporary files left by a kill', () => {
  it('are swept when old, and only they', () => {
    const dir = tmp();
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    const make = (name: string, aged = true) => {
      fs.writeFileSync(path.join(dir, name), 'x');
      if (aged) fs.utimesSync(path.join(dir, name), old, old);
    };
    make('.a.json.0123456789ab.tmp');
    make('.b.pdf.0123456789ab.tmp');
    make('.a.json.0123456789ab.tmp.keep'); // not our name
    make('.a.json.xyz.tmp'); // not our name
    make('.hidden-note');
    make('a.json');
    make('.a.json.ba9876543210.tmp', false); // a save running right now
    fs.mkdirSync(path.join(dir, '.c.json.0123456789ab.tmp'));
    fs.symlinkSync(path.join(dir, 'a.json'), path.join(dir, '.d.json.0123456789ab.tmp'));

    expect(sweepStaleTemps(dir, 'a.json')).toBe(1);
    expect(fs.existsSync(path.join(dir, '.b.pdf.0123456789ab.tmp'))).toBe(true); // another target's
    expect(sweepStaleTemps(dir)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['.a.json.0123456789ab.tmp.keep', '.a.json.ba9876543210.tmp', '.a.json.xyz.tmp', '.c.json.0123456789ab.tmp', '.d.json.0123456789ab.tmp', '.hidden-note', 'a.json'].sort(),
    );
  });

  it('are swept by the next save of the same file', () => {
    const dir = tmp();
    const stale = path.join(dir, '.x.pdf.0123456789ab.tmp');
    fs.writeFileSync(stale, '%PDF-half');
    const old = new Date(Date.now() - STALE_TEMP_MS - 1000);
    fs.utimesSync(stale, old, old);
    writeFileAtomic(path.join(dir, 'x.pdf'), '%PDF-whole');
    expect(fs.readdirSync(dir)).toEqual(['x.pdf']);
  });

  it('are never taken for sessions, even one holding a whole valid session', () => {
    const home = tmp();
    saveSession(home, session('20261122-1000-aaaa'), { passphrase: undefined });
    const dir = path.join(home, 'sessions');
    fs.writeFileSync(path.join(dir, '.20261122-1000-aaaa.json.0123456789ab.tmp'), JSON.stringify(session('20261122-1000-aaaa')));
    fs.writeFileSync(path.join(dir, '.20261122-1000-bbbb.json.0123456789ab.tmp'), JSON.stringify(session('20261122-1000-bbbb')));
    fs.writeFileSync(path.join(dir, '.20261122-1000-cccc.json.0123456789ab.tmp'), '{"format":"ikusei-sess');
    const listed = listSessions(home);
    expect(listed.sessions.map((s) => s.session.id)).toEqual(['20261122-1000-aaaa']);
    expect(listed.broken).toBe(0);
    expect(() => loadSession(home, '20261122-1000-b', home)).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
    expect(() => loadSession(home, '.20261122-1000-bbbb', home)).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
    expect(loadSession(home, '20261122-1000', home).session.id).toBe('20261122-1000-aaaa');
  });
});
