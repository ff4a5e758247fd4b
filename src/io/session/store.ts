import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, IkuseiError, problemsError, usageError } from '../../core/diagnostics/errors.js';
import { caseMsg } from '../../messages/case.js';
import { assertSafeHome } from '../files/private-dir.js';
import { inSessionsDir, readSessionsDir, resolveCaseRef, sessionPath, sessionsDir } from '../case/locate.js';
import { readCaseFile } from '../case/read.js';
import { caseDigest } from '../../core/case/sources.js';
import { SESSION_FORMAT_VERSION, type CaseInput, type CaseIntake, type SessionFile } from '../../core/case/types.js';
import { privacyMsg } from '../../messages/privacy.js';
import { walkMsg } from '../../messages/walk.js';
import type { LoadedProgram } from '../../core/model/loaded.js';
import { validators } from '../schema/validators.js';
import { LIMITS } from '../../core/yaml/source.js';
import { ensurePrivateDir, isTempName, sweepStaleTemps, writeFileAtomic } from '../files/atomic.js';
import { readFileCapped } from '../files/read-capped.js';
import { errnoCode } from '../files/errno.js';
import { deriveKeys, EnvelopeError, envelopeHeader, isEnvelope, openEnvelope, sealSession, type EnvelopeHeader } from './envelope.js';
import { isoDateInJapan } from '../../core/model/calendar.js';

/**
 * Sessions live in $IKUSEI_HOME/sessions/<id>.json (folder 0700, files 0600), one file per walk,
 * rewritten atomically after every answer so that a crash or a kill loses nothing already given.
 * With a passphrase (IKUSEI_PASSPHRASE, or `start --encrypt`) they are written encrypted
 * (envelope.ts); everything that reads them goes through here or src/io/case/read.ts. The
 * passphrase is the command's (CommandContext.passphrase), given to each function that needs it.
 */

/** Sortable and short enough to type: 20261122-1000-3fa9 (local time of the start). */
export function newSessionId(now: Date, home: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  for (;;) {
    const id = `${stamp}-${crypto.randomBytes(2).toString('hex')}`;
    if (!fs.existsSync(sessionPath(home, id))) return id;
  }
}

export function createSession(home: string, program: LoadedProgram, intake: CaseIntake, now: Date): SessionFile {
  const at = now.toISOString();
  const p = program.program;
  return {
    format: 'ikusei-session',
    version: SESSION_FORMAT_VERSION,
    id: newSessionId(now, home),
    program: { id: p.id, number: p.number, title: p.title, version: p.version, hash: program.hash },
    date: isoDateInJapan(now),
    intake: cleanIntake(intake),
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
    answers: {},
    audit: [{ at, event: 'start' }],
  };
}

function cleanIntake(intake: CaseIntake): CaseIntake {
  return Object.fromEntries(Object.entries(intake).filter(([, v]) => v !== undefined && v !== '')) as CaseIntake;
}

/**
 * How a session is written. `passphrase` is required, even when there is none: a caller that
 * forgot it would otherwise write a plain file while the user asked for encryption.
 */
export interface SaveOptions {
  passphrase: string | undefined;
  /** The command that continues the walk, for the hint when the file changed under us. */
  resume?: string;
}

/**
 * Writes the session (atomically, 0600 in a 0700 folder; encrypted with `passphrase` when there
 * is one). Returns the file. When the write fails (disk full, no permission) the previous file is
 * untouched and the error says so, with `resume` (the command that continues the walk).
 */
export function saveSession(home: string, session: SessionFile, options: SaveOptions): string {
  const { passphrase, resume } = options;
  assertSafeHome(home);
  const file = sessionPath(home, session.id);
  const existed = fs.existsSync(file);
  // Compare-and-swap: the file must still be what this run last read or wrote (absent, for a new
  // session). Otherwise someone else saved it meanwhile, and writing would erase their answers.
  const expected = bases.get(file) ?? null;
  if (currentDigest(file) !== expected) {
    throw new IkuseiError('SESSION_CHANGED', privacyMsg.lock.changed(session.id), ExitCode.ENVIRONMENT, { hint: privacyMsg.lock.changedHint(resume ?? walkMsg.resumeCommand(session.id)) });
  }
  try {
    ensurePrivateDir(home);
    ensurePrivateDir(sessionsDir(home), true);
    const text = serialize(session, passphrase, file);
    writeFileAtomic(file, text);
    bases.set(file, sha256(Buffer.from(text, 'utf8')));
  } catch (error) {
    if (!(error instanceof IkuseiError)) throw error;
    const m = privacyMsg.save;
    throw new IkuseiError(error.code, error.message, error.exitCode, { hint: existed ? (resume ? m.keptResume(resume) : m.kept) : m.notYet });
  }
  return file;
}

/** What each session file held when this run last read or wrote it (sha256 of its bytes). */
const bases = new Map<string, string>();

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** The digest of the file as it is now; null when there is none. Unreadable counts as changed. */
function currentDigest(file: string): string | null {
  try {
    return sha256(readFileCapped(file, LIMITS.maxBytes));
  } catch (error) {
    const code = errnoCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : 'unreadable';
  }
}

function serialize(session: SessionFile, passphrase: string | undefined, file: string): string {
  const json = JSON.stringify(session, null, 2) + '\n';
  return passphrase === undefined ? json : JSON.stringify(sealSession(session, json, passphrase, file), null, 2) + '\n';
}

export interface StoredSession {
  file: string;
  session: SessionFile;
  encrypted: boolean;
}

/** An encrypted session that cannot be opened: no passphrase, or a different one. */
export interface LockedSession {
  file: string;
  header: EnvelopeHeader;
  problem: 'locked' | 'wrong';
}

/** One file of the sessions folder, read as far as it can be without asking for anything. */
export type ScannedSession =
  | ({ kind: 'open' } & StoredSession)
  | ({ kind: 'locked' } & LockedSession)
  | { kind: 'broken'; file: string };

/**
 * Every `<id>.json` in the sessions folder. Hidden files — among them the temporary files a
 * killed save leaves — are never taken for sessions; stale ones are swept up on the way.
 * Without a passphrase, encrypted sessions are read as far as their headers (scrypt is slow on
 * purpose, and a listing by date and status needs no more).
 */
export function scanSessions(home: string, passphrase?: string): ScannedSession[] {
  const dir = sessionsDir(home);
  assertSafeHome(home);
  if (!fs.existsSync(dir)) return [];
  sweepStaleTemps(dir);
  const out: ScannedSession[] = [];
  for (const name of readSessionsDir(dir)) {
    if (!name.endsWith('.json') || name.startsWith('.') || isTempName(name)) continue;
    out.push(scanFile(path.join(dir, name), passphrase));
  }
  return out;
}

export function scanFile(file: string, passphrase?: string): ScannedSession {
  const validate = validators().session;
  try {
    let data: unknown = JSON.parse(readFileCapped(file, LIMITS.maxBytes).toString('utf8'));
    const encrypted = isEnvelope(data);
    if (encrypted) {
      const header = envelopeHeader(data);
      if (path.basename(file) !== `${header.id}.json`) return { kind: 'broken', file };
      if (passphrase === undefined) return { kind: 'locked', file, header, problem: 'locked' };
      try {
        data = JSON.parse(openEnvelope(data, passphrase, file));
      } catch (error) {
        if (error instanceof EnvelopeError && error.problem === 'wrong') return { kind: 'locked', file, header, problem: 'wrong' };
        throw error;
      }
    }
    // Named after another session (swapped, copied over): listed as unreadable, never under either id.
    if (!validate(data) || path.basename(file) !== `${data.id}.json`) return { kind: 'broken', file };
    return { kind: 'open', file, session: data, encrypted };
  } catch {
    return { kind: 'broken', file };
  }
}

/** Before listing: the keys of all encrypted sessions at once, in parallel (see deriveKeys). */
export async function prepareKeys(home: string, passphrase: string | undefined): Promise<void> {
  const dir = sessionsDir(home);
  if (passphrase === undefined || !fs.existsSync(dir)) return;
  assertSafeHome(home);
  const envelopes: unknown[] = [];
  for (const name of readSessionsDir(dir)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    try {
      const value: unknown = JSON.parse(readFileCapped(path.join(dir, name), LIMITS.maxBytes).toString('utf8'));
      if (isEnvelope(value)) envelopes.push(value);
    } catch {
      // Unreadable: the listing counts it.
    }
  }
  await deriveKeys(envelopes, passphrase);
}

/**
 * Every readable session, most recently changed first; encrypted ones the passphrase cannot open
 * are listed apart (id and times only); unreadable files are only counted.
 */
export function listSessions(home: string, passphrase?: string): { sessions: StoredSession[]; locked: LockedSession[]; broken: number } {
  const scanned = scanSessions(home, passphrase);
  const newestFirst = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);
  const sessions = scanned.flatMap((s) => (s.kind === 'open' ? [{ file: s.file, session: s.session, encrypted: s.encrypted }] : []));
  const locked = scanned.flatMap((s) => (s.kind === 'locked' ? [{ file: s.file, header: s.header, problem: s.problem }] : []));
  sessions.sort((a, b) => newestFirst(a.session, b.session));
  locked.sort((a, b) => newestFirst(a.header, b.header));
  return { sessions, locked, broken: scanned.filter((s) => s.kind === 'broken').length };
}

/** A session named by id, id prefix or path; errors are located and never show its content. */
export function loadSession(home: string, ref: string, cwd: string, passphrase?: string): { file: string; input: CaseInput; session: SessionFile } {
  assertSafeHome(home);
  const file = resolveCaseRef(ref, home, cwd);
  sweepStaleTemps(sessionsDir(home));
  const input = readCaseFile(file, cwd, { home, passphrase });
  if (input.kind !== 'session' || !input.session) throw usageError('USAGE_NOT_A_SESSION', walkMsg.resume.notSession(input.file));
  // A copy kept elsewhere is saved to sessions/<id>.json when resumed: never over a stored session.
  const stored = sessionPath(home, input.session.id);
  if (!inSessionsDir(file, home) && fs.existsSync(stored)) {
    throw problemsError('SESSION_COPY', caseMsg.copyOfStored(input.file, input.session.id), [], caseMsg.copyOfStoredHint(input.session.id));
  }
  const digest = caseDigest(input);
  if (inSessionsDir(file, home) && digest) bases.set(stored, digest);
  else bases.delete(stored);
  return { file, input, session: input.session };
}
