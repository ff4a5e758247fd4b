import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTER, Terminal } from '../crash/terminal.js';
import { plain } from '../helpers/bin.js';
import { bin, place, type Place } from '../privacy/helpers.js';
import { loadSession, saveSession } from '../../src/io/session/store.js';
import type { SessionFile } from '../../src/core/case/types.js';
import { tempDir } from '../helpers/temp.js';

// Issue 14, item 4: two terminals on one session. The second is refused while the first walks
// (a lock with pid and host); a lock whose process died is taken over; and every save is
// compare-and-swap against what was read, so a save over a file changed meanwhile is refused.

async function partial(p: Place): Promise<{ id: string; file: string; lock: string }> {
  p.write('a.yaml', 'program: mini\nintake: { label: CASE-A, age: 16 }\nanswers: { q_attend: declining, q_days: 12 }\n');
  const r = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save']);
  const id = /ikusei resume (\S+) /.exec(plain(r.stderr))![1]!;
  return { id, file: path.join(p.sessions, `${id}.json`), lock: path.join(p.sessions, `.${id}.lock`) };
}

const resume = (p: Place, id: string) => new Terminal(['resume', id], { home: p.home, cwd: p.dir });

describe('one walk per session', () => {
  it('a second resume is refused while the first walks; the first saves its answer; the lock goes with it', { timeout: 90_000 }, async () => {
    const p = place('ikusei-lock-');
    const { id, file, lock } = await partial(p);
    const first = resume(p, id);
    await first.waitFor(/アルバイトをしていますか/);
    const owner = JSON.parse(fs.readFileSync(lock, 'utf8'));
    expect(owner).toMatchObject({ host: os.hostname() });
    expect(Number.isInteger(owner.pid)).toBe(true);

    const before = fs.readFileSync(file, 'utf8');
    const second = resume(p, id);
    expect((await second.exited).exitCode).toBe(3);
    expect(second.output).toContain(`セッション ${id} は、いま別の画面で開かれています（${os.hostname()} のプロセス ${owner.pid}`);
    expect(second.output).not.toContain('CASE-A');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);

    first.type(ENTER);
    await first.waitFor(/週に何時間働いていますか/);
    first.kill('SIGTERM');
    expect((await first.exited).exitCode).toBe(130);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).answers)).toContain('q_baito');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('a walk killed with SIGKILL leaves a stale lock that the next resume takes over', { timeout: 90_000 }, async () => {
    const p = place('ikusei-lock-');
    const { id, lock } = await partial(p);
    const first = resume(p, id);
    await first.waitFor(/アルバイトをしていますか/);
    const dead = JSON.parse(fs.readFileSync(lock, 'utf8')).pid;
    first.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(lock)).toBe(true);
    const next = resume(p, id);
    await next.waitFor(/アルバイトをしていますか/);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).not.toBe(dead);
    next.kill('SIGTERM');
    expect((await next.exited).exitCode).toBe(130);
  });

  it('a lock from another host is never taken over; the message names the host and the lock file', { timeout: 60_000 }, async () => {
    const p = place('ikusei-lock-');
    const { id, lock } = await partial(p);
    fs.writeFileSync(lock, JSON.stringify({ pid: 1, host: 'other-pc', since: '2026-12-06T09:00:00.000Z' }));
    const t = resume(p, id);
    expect((await t.exited).exitCode).toBe(3);
    expect(t.output).toContain('other-pc のプロセス 1');
    expect(t.output.replace(/\s+/g, '')).toContain(`.${id}.lock`);
    expect(fs.existsSync(lock)).toBe(true);
  });
});

describe('compare-and-swap saves', () => {
  it('a save over a session changed since it was read is refused and keeps the other writer\'s file', () => {
    const home = tempDir('ikusei-cas-');
    const session: SessionFile = {
      format: 'ikusei-session', version: 1, id: '20261206-0900-abcd',
      program: { id: 'mini', version: '1', hash: 'a'.repeat(64) }, intake: {}, status: 'in-progress',
      createdAt: '2026-12-06T00:00:00.000Z', updatedAt: '2026-12-06T00:00:00.000Z', answers: {}, audit: [{ at: '2026-12-06T00:00:00.000Z', event: 'start' }],
    };
    const file = saveSession(home, session, { passphrase: undefined });
    const mine = loadSession(home, session.id, home).session;
    // Another terminal (one that did not respect the lock) saves first.
    const theirs = { ...mine, updatedAt: '2026-12-06T00:05:00.000Z', audit: [...mine.audit, { at: '2026-12-06T00:05:00.000Z', event: 'resume' as const }] };
    fs.writeFileSync(file, JSON.stringify(theirs, null, 2));
    mine.updatedAt = '2026-12-06T00:06:00.000Z';
    expect(() => saveSession(home, mine, { passphrase: undefined })).toThrow(expect.objectContaining({ code: 'SESSION_CHANGED' }));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).updatedAt).toBe('2026-12-06T00:05:00.000Z');
    // A new session never replaces a file that already has its id.
    const fresh = { ...session, id: '20261206-0901-ffff' };
    fs.writeFileSync(path.join(home, 'sessions', `${fresh.id}.json`), '{}');
    expect(() => saveSession(home, fresh, { passphrase: undefined })).toThrow(expect.objectContaining({ code: 'SESSION_CHANGED' }));
  });
});
