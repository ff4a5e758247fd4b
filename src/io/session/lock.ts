import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessionsDir } from '../case/locate.js';
import { environmentError, ExitCode, IkuseiError } from '../../core/diagnostics/errors.js';
import { fsMsg } from '../../messages/case.js';
import { privacyMsg } from '../../messages/privacy.js';
import { tryReadFileCapped } from '../files/read-capped.js';
import { ensurePrivateDir, PRIVATE_FILE } from '../files/atomic.js';
import { assertSafeHome } from '../files/private-dir.js';
import { errnoCode } from '../files/errno.js';

/**
 * One walk per session at a time. Two terminals on one session would each save their own copy
 * and the later save would erase the other's answers, so a walk (start, resume) holds
 * `sessions/.<id>.lock` — its pid, host and start time — until it ends. The lock is created
 * whole or not at all (written to a temporary name, then link()ed, which fails if the lock
 * exists). A lock whose process is gone (killed, power cut) is stale: on the same host that is
 * known for sure (the pid no longer runs) and the lock is taken over. A lock from another host
 * (a shared folder) cannot be checked and is never taken over; the message says how to remove it.
 * Saves compare-and-swap as well (store.ts), so a walk that bypassed the lock still loses nothing
 * silently.
 */

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

const held = new Map<string, { file: string; text: string }>();

export function lockPath(home: string, id: string): string {
  return path.join(sessionsDir(home), `.${id}.lock`);
}

/** Takes the lock of session `id` for this process (again: no-op), or throws who holds it. */
export function lockSession(home: string, id: string, now: Date): void {
  const file = lockPath(home, id);
  if (held.has(file)) return;
  assertSafeHome(home);
  ensurePrivateDir(home);
  ensurePrivateDir(sessionsDir(home));
  const text = JSON.stringify({ pid: process.pid, host: os.hostname(), since: now.toISOString() } satisfies LockOwner) + '\n';
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, text)) {
      held.set(file, { file, text });
      if (held.size === 1) process.once('exit', releaseAll);
      return;
    }
    const owner = readOwner(file);
    if (owner === 'gone') continue; // released meanwhile: try again
    if (owner && !isStale(owner)) throw inUse(id, owner, file);
    removeIfUnchanged(file, owner);
  }
  throw inUse(id, undefined, file);
}

/** Whether a live walk (this host) or any walk elsewhere holds the session: purge keeps such a session. */
export function isLocked(home: string, id: string): boolean {
  const owner = readOwner(lockPath(home, id));
  return owner !== 'gone' && (owner === undefined || !isStale(owner));
}

export function releaseSession(home: string, id: string): void {
  const file = lockPath(home, id);
  const mine = held.get(file);
  if (!mine) return;
  held.delete(file);
  // Only our own lock: had it been taken over (we were thought dead), the new owner's stays.
  if (tryReadFileCapped(file, 4096)?.toString('utf8') === mine.text) fs.rmSync(file, { force: true });
}

function releaseAll(): void {
  for (const { file, text } of held.values()) {
    try {
      if (tryReadFileCapped(file, 4096)?.toString('utf8') === text) fs.unlinkSync(file);
    } catch {
      // Left behind: the next walk finds it stale.
    }
  }
  held.clear();
}

/** Creates the lock whole, or returns false if there is one; a folder that cannot be written is an error. */
function tryCreate(file: string, text: string): boolean {
  // The name writeFileAtomic uses for temporary files, so a killed process's leftover is swept.
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE);
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return false;
    throw environmentError('WRITE_FAILED', fsMsg.writeFailed(file, code), fsMsg.keptPrevious);
  } finally {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Hidden, and swept up later like any temporary file.
    }
  }
}

/** The lock's owner; 'gone' when there is no lock; undefined when it cannot be read (treated as held). */
function readOwner(file: string): LockOwner | 'gone' | undefined {
  if (!fs.existsSync(file)) return 'gone';
  const bytes = tryReadFileCapped(file, 4096);
  if (!bytes) return fs.existsSync(file) ? undefined : 'gone';
  try {
    const o: unknown = JSON.parse(bytes.toString('utf8'));
    if (isLockOwner(o)) return o;
  } catch {
    // A lock is written whole (link of a complete file), so this one was not made by ikusei.
  }
  return undefined;
}

function isLockOwner(o: unknown): o is LockOwner {
  return typeof o === 'object' && o !== null && 'pid' in o && Number.isInteger(o.pid) && 'host' in o && typeof o.host === 'string' && 'since' in o && typeof o.since === 'string';
}

function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return errnoCode(error) === 'ESRCH';
  }
}

/** Removes a stale lock, unless another walk replaced it since it was read. */
function removeIfUnchanged(file: string, owner: LockOwner | undefined): void {
  const again = readOwner(file);
  if (again === 'gone') return;
  if (!owner || !again || again.pid !== owner.pid || again.host !== owner.host || again.since !== owner.since) return;
  fs.rmSync(file, { force: true });
}

function inUse(id: string, owner: LockOwner | undefined, file: string): IkuseiError {
  const m = privacyMsg.lock;
  const shown = owner ? { pid: owner.pid, host: owner.host.replace(/[^\w.-]/g, '?').slice(0, 64), since: owner.since.replace(/[^\dT:.+\-Z]/g, '').slice(0, 40) } : undefined;
  return new IkuseiError('SESSION_LOCKED', m.inUse(id, shown), ExitCode.ENVIRONMENT, { hint: m.inUseHint(file) });
}
