import fs from 'node:fs';
import path from 'node:path';
import { usageError } from '../diagnostics/errors.js';
import { caseMsg } from '../messages/case.js';

export function sessionsDir(home: string): string {
  return path.join(home, 'sessions');
}

export function sessionPath(home: string, id: string): string {
  return path.join(sessionsDir(home), `${id}.json`);
}

/**
 * A case named on the command line: a file path (answers or session), or a session id as
 * `ikusei sessions` lists it (a unique prefix is enough).
 */
export function resolveCaseRef(ref: string, home: string, cwd: string): string {
  const asPath = path.resolve(cwd, ref);
  if (fs.existsSync(asPath) && fs.statSync(asPath).isFile()) return asPath;
  if (/^[A-Za-z0-9_-]+$/.test(ref)) {
    const dir = sessionsDir(home);
    const exact = sessionPath(home, ref);
    if (fs.existsSync(exact)) return exact;
    const matches = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith(ref) && f.endsWith('.json')) : [];
    if (matches.length === 1) return path.join(dir, matches[0]!);
  }
  throw usageError(caseMsg.notFound(ref), caseMsg.notFoundHint);
}
