import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { usageError } from '../diagnostics/errors.js';
import { resolveCaseRef, sessionPath, sessionsDir } from '../case/locate.js';
import { readCaseFile } from '../case/read.js';
import { SESSION_FORMAT_VERSION, type CaseInput, type CaseIntake, type SessionFile } from '../case/types.js';
import { walkMsg } from '../messages/walk.js';
import type { LoadedProgram } from '../model/load.js';
import { validators } from '../model/schema/validators.js';
import { ensurePrivateDir, writeFileAtomic } from '../util/atomic.js';

/**
 * Sessions live in $IKUSEI_HOME/sessions/<id>.json (folder 0700, files 0600), one file per walk,
 * rewritten atomically after every answer so that a crash or a kill loses nothing already given.
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

/** Writes the session (atomically, 0600 in a 0700 folder). Returns the file. */
export function saveSession(home: string, session: SessionFile): string {
  ensurePrivateDir(home);
  ensurePrivateDir(sessionsDir(home), true);
  const file = sessionPath(home, session.id);
  writeFileAtomic(file, JSON.stringify(session, null, 2) + '\n');
  return file;
}

export interface StoredSession {
  file: string;
  session: SessionFile;
}

/** Every readable session, most recently changed first; unreadable files are only counted. */
export function listSessions(home: string): { sessions: StoredSession[]; broken: number } {
  const dir = sessionsDir(home);
  if (!fs.existsSync(dir)) return { sessions: [], broken: 0 };
  const validate = validators().session;
  const sessions: StoredSession[] = [];
  let broken = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const file = path.join(dir, name);
    try {
      const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (validate(data)) sessions.push({ file, session: data as SessionFile });
      else broken++;
    } catch {
      broken++;
    }
  }
  sessions.sort((a, b) => b.session.updatedAt.localeCompare(a.session.updatedAt) || b.session.id.localeCompare(a.session.id));
  return { sessions, broken };
}

/** A session named by id, id prefix or path; errors are located and never show its content. */
export function loadSession(home: string, ref: string, cwd: string): { file: string; input: CaseInput; session: SessionFile } {
  const file = resolveCaseRef(ref, home, cwd);
  const input = readCaseFile(file, cwd);
  if (input.kind !== 'session' || !input.session) throw usageError(walkMsg.resume.notSession(input.file));
  return { file, input, session: input.session };
}

/** The session as the sheet renderer and `run` take it. */
export function sessionInput(session: SessionFile, file: string): CaseInput {
  return {
    kind: 'session',
    file,
    programId: session.program.id,
    programHash: session.program.hash,
    intake: session.intake,
    answers: session.answers,
    session,
  };
}
