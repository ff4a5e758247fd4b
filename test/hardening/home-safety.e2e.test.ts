import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/temp.js';
import { miniPrograms } from '../crash/terminal.js';
import { ANSWERS, bin, place, type Place } from '../privacy/helpers.js';

// Issue 14, items 5 and 6: the ikusei home, cache/ and sessions/ are trusted only when they are
// the user's own and not writable by others (else exit 3 with the command that fixes it); cache
// entries are checked against the file they were made from; an unreadable sessions/ is exit 3.

const NOBODY = 65534;
const STACK = /^\s+at .+[:(]\d+/m;

function withPrograms(p: Place): string {
  const dir = p.file('programs');
  fs.cpSync(miniPrograms, dir, { recursive: true });
  return dir;
}

async function runMini(p: Place, programs = miniPrograms) {
  return runBin(['run', 'mini', '--answers', 'a.yaml', '--json', '--programs', programs], { cwd: p.dir, env: { HOME: p.dir, IKUSEI_HOME: p.home } });
}

describe('the ikusei home, cache/ and sessions/', () => {
  it('a cache/ owned by someone else is refused with the chown to run (exit 3)', { timeout: 60_000 }, async () => {
    const p = place('ikusei-home-');
    p.write('a.yaml', ANSWERS);
    expect((await runMini(p)).exitCode).toBe(0);
    fs.chownSync(path.join(p.home, 'cache'), NOBODY, NOBODY);
    const r = await runMini(p);
    expect(r.exitCode, r.stderr).toBe(3);
    const err = plain(r.stderr);
    expect(err).toContain('[FOLDER_NOT_OWNED]');
    expect(err).toContain(`chown -R`);
    expect(r.stdout).toBe('');
    expect(err).not.toMatch(STACK);
  });

  it('a home or sessions/ writable by the group or others is refused with the chmod to run (exit 3)', { timeout: 60_000 }, async () => {
    const p = place('ikusei-home-');
    p.write('a.yaml', ANSWERS);
    expect((await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'])).exitCode).toBe(0);
    fs.chmodSync(p.home, 0o777);
    const r = await runMini(p);
    expect(r.exitCode).toBe(3);
    expect(plain(r.stderr)).toContain('[FOLDER_OPEN_TO_OTHERS]');
    expect(plain(r.stderr)).toContain(`chmod go-w ${p.home}`);
    fs.chmodSync(p.home, 0o700);
    fs.chmodSync(p.sessions, 0o770);
    const listed = await bin(p, ['sessions']);
    expect(listed.exitCode).toBe(3);
    expect(plain(listed.stderr)).toContain(`chmod go-w ${p.sessions}`);
    expect(listed.stdout).not.toContain('R7-9');
  });

  it('a cache entry made from other content is not used, even under the right name', { timeout: 60_000 }, async () => {
    const p = place('ikusei-home-');
    const programs = withPrograms(p);
    p.write('a.yaml', ANSWERS);
    const cache = path.join(p.home, 'cache');
    const first = await runMini(p, programs);
    expect(first.exitCode).toBe(0);
    const entries = (dir: string) => new Set(fs.readdirSync(dir));
    const before = entries(cache);
    const programFile = path.join(programs, 'mini.yaml');
    fs.writeFileSync(programFile, fs.readFileSync(programFile, 'utf8').replace('title: 中退防止の支援', 'title: 中退防止の支援（改訂）'));
    const second = await runMini(p, programs);
    expect(second.exitCode).toBe(0);
    expect(second.stdout, 'after the edit').toContain('中退防止の支援（改訂）');
    // The entries the edit made: the parsed program (the largest new one) is replaced by the old one.
    const made = [...entries(cache)].filter((f) => !before.has(f)).sort((a, b) => fs.statSync(path.join(cache, b)).size - fs.statSync(path.join(cache, a)).size);
    const olds = [...before].sort((a, b) => fs.statSync(path.join(cache, b)).size - fs.statSync(path.join(cache, a)).size);
    fs.copyFileSync(path.join(cache, olds[0]!), path.join(cache, made[0]!));
    const third = await runMini(p, programs);
    expect(third.exitCode).toBe(0);
    expect(third.stdout, 'with the old entry under the new name').toContain('中退防止の支援（改訂）');
  });

  it('an unreadable sessions/ gives exit 3 with the folder and the reason, never exit 70', { timeout: 60_000 }, async () => {
    // Run as nobody (tests run as root, for whom every folder is readable): a place nobody can reach.
    // In /tmp itself: the run's temporary area is closed to nobody (0700).
    const base = tempDir('ikusei-nobody-', { root: '/tmp' });
    fs.chmodSync(base, 0o755);
    const p = { dir: base, home: path.join(base, 'home'), sessions: path.join(base, 'home', 'sessions') };
    fs.mkdirSync(p.sessions, { recursive: true, mode: 0o700 });
    fs.chownSync(p.home, NOBODY, NOBODY);
    fs.chownSync(p.sessions, NOBODY, NOBODY);
    fs.chmodSync(p.home, 0o700);
    fs.chmodSync(p.sessions, 0o300); // its own, but not readable
    const asNobody = (args: string[]) =>
      runBin([...args, '--programs', miniPrograms], {
        wrap: ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'],
        cwd: p.dir,
        env: { HOME: p.dir, IKUSEI_HOME: p.home },
      });
    for (const args of [['sessions'], ['sessions', 'purge', '--older-than', '90d', '--yes'], ['render', '20261122-1000', '-o', 'x.pdf']]) {
      const r = await asNobody(args);
      expect(r.exitCode, `${args.join(' ')}\n${r.stderr}`).toBe(3);
      expect(plain(r.stderr)).toContain('[FILE_UNREADABLE]');
      expect(r.stderr).not.toMatch(STACK);
    }
    // Someone else's sessions/: refused for its owner before anything is read.
    fs.chmodSync(p.sessions, 0o700);
    fs.chownSync(p.sessions, 0, 0);
    const r = await asNobody(['sessions']);
    expect(r.exitCode).toBe(3);
    expect(plain(r.stderr)).toContain('[FOLDER_NOT_OWNED]');
  });
});
