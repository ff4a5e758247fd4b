import fs from 'node:fs';
import path from 'node:path';
import { environmentError, usageError } from '../../core/diagnostics/errors.js';
import { caseMsg, fsMsg } from '../../messages/case.js';
import { assertSafeHome } from '../files/private-dir.js';
import { errnoCode } from '../files/errno.js';

export function sessionsDir(home: string): string {
  return path.join(home, 'sessions');
}

export function sessionPath(home: string, id: string): string {
  return path.join(sessionsDir(home), `${id}.json`);
}

/** The names in the sessions folder; one that cannot be read is exit 3 with the reason, like any file. */
export function readSessionsDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    throw environmentError('FILE_UNREADABLE', fsMsg.readFailed(dir, errnoCode(error)));
  }
}

/** A session id as the schema allows it: safe to show and to use as a file name. */
export const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `file` lies directly in the sessions folder (symlinks and `..` resolved). */
export function inSessionsDir(file: string, home: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return path.dirname(real(file)) === real(sessionsDir(home));
}

/**
 * A file in the sessions folder must be named after the id inside it: otherwise a swapped or
 * misnamed file would be shown as one case and saved over another. Copies elsewhere may have
 * any name (they are never written to; see loadSession).
 */
export function misnamedSession(file: string, id: unknown, home: string | undefined): boolean {
  if (home === undefined || !inSessionsDir(file, home)) return false;
  return typeof id !== 'string' || path.basename(file) !== `${id}.json`;
}

/**
 * A case named on the command line: a file path (answers or session), or a session id as
 * `ikusei sessions` lists it (a unique prefix is enough).
 */
export function resolveCaseRef(ref: string, home: string, cwd: string): string {
  const asPath = path.resolve(cwd, ref);
  if (fs.existsSync(asPath) && fs.statSync(asPath).isFile()) return asPath;
  if (/^[A-Za-z0-9_-]+$/.test(ref)) {
    assertSafeHome(home);
    const dir = sessionsDir(home);
    const exact = sessionPath(home, ref);
    if (fs.existsSync(exact)) return exact;
    const matches = fs.existsSync(dir) ? readSessionsDir(dir).filter((f) => f.startsWith(ref) && f.endsWith('.json') && !f.startsWith('.')) : [];
    if (matches.length === 1) return path.join(dir, matches[0]!);
  }
  throw usageError('CASE_NOT_FOUND', caseMsg.notFound(ref), caseMsg.notFoundHint);
}
