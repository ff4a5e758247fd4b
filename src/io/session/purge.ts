import fs from 'node:fs';
import path from 'node:path';
import { isLocked } from './lock.js';
import { scanFile, scanSessions, type ScannedSession } from './store.js';

/**
 * `ikusei sessions purge`: which finished sessions are old enough to delete. Only the status and
 * the time of the last change count, and encrypted sessions keep both readable, so no passphrase
 * is needed (nothing is decrypted).
 */

export interface Age {
  amount: number;
  unit: 'd' | 'w' | 'm';
}

/** 90d, 12w, 3m — and as Japanese writes them: 90日, 12週, 3か月 (full-width digits too). */
export function parseAge(text: string): Age | undefined {
  const m = /^(\d{1,5})\s*(d|days?|日|w|weeks?|週|週間|m|months?|か月|ヶ月|カ月|ケ月|箇月)$/i.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const amount = Number(m[1]);
  if (amount < 1) return undefined;
  const u = m[2]!.toLowerCase();
  const unit = u.startsWith('d') || u === '日' ? 'd' : u.startsWith('w') || u.startsWith('週') ? 'w' : 'm';
  return { amount, unit };
}

/** The moment before which the last change must lie. Months are calendar months, in local time. */
export function cutoffFor(age: Age, now: Date): Date {
  if (age.unit === 'm') {
    const d = new Date(now);
    d.setMonth(d.getMonth() - age.amount);
    return d;
  }
  return new Date(now.getTime() - age.amount * (age.unit === 'w' ? 7 : 1) * 24 * 60 * 60 * 1000);
}

export interface Candidate {
  file: string;
  id: string;
  updatedAt: string;
  /** Only for sessions that are not encrypted (an encrypted one's label is secret). */
  label?: string;
  encrypted: boolean;
}

export interface PurgePlan {
  remove: Candidate[];
  /** Sessions not finished: never deleted, however old. */
  inProgress: number;
  /** Finished but changed after the cutoff. */
  recent: number;
  /** Files that could not be read: kept, since nobody can tell what they hold. */
  broken: number;
}

export function planPurge(home: string, cutoff: Date): PurgePlan {
  const plan: PurgePlan = { remove: [], inProgress: 0, recent: 0, broken: 0 };
  // No passphrase: an encrypted session's header says all that counts, and nothing is decrypted.
  for (const s of scanSessions(home)) {
    const c = candidate(s);
    if (!c) plan.broken++;
    else if (c.status !== 'completed') plan.inProgress++;
    else if (!olderThan(c.updatedAt, cutoff)) plan.recent++;
    else plan.remove.push(c.entry);
  }
  plan.remove.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
  return plan;
}

function candidate(s: ScannedSession): { status: string; updatedAt: string; entry: Candidate } | undefined {
  if (s.kind === 'broken') return undefined;
  if (s.kind === 'locked') return { status: s.header.status, updatedAt: s.header.updatedAt, entry: { file: s.file, id: s.header.id, updatedAt: s.header.updatedAt, encrypted: true } };
  const x = s.session;
  const label = s.encrypted ? undefined : x.intake.label;
  return { status: x.status, updatedAt: x.updatedAt, entry: { file: s.file, id: x.id, updatedAt: x.updatedAt, encrypted: s.encrypted, ...(label ? { label } : {}) } };
}

function olderThan(iso: string, cutoff: Date): boolean {
  const t = Date.parse(iso);
  return Number.isFinite(t) && t < cutoff.getTime();
}

/**
 * Deletes one planned session, after reading it again: a session resumed (or re-confirmed) since
 * the list was shown is kept. Returns what happened; an fs error is thrown for the caller.
 */
export function deleteIfStillOld(c: Candidate, cutoff: Date): 'deleted' | 'changed' {
  const now = candidate(scanFile(c.file));
  if (!now || now.status !== 'completed' || now.updatedAt !== c.updatedAt || !olderThan(now.updatedAt, cutoff)) return 'changed';
  // Open in a walk right now (resumed for review): kept, the walk is about to save it.
  if (isLocked(path.dirname(path.dirname(c.file)), c.id)) return 'changed';
  fs.unlinkSync(c.file);
  return 'deleted';
}
