import fs from 'node:fs';
import path from 'node:path';
import { readSessionsDir, sessionsDir } from '../../io/case/locate.js';
import { usageError } from '../../core/diagnostics/errors.js';
import { walkMsg } from '../../messages/walk.js';
import { assertSafeHome } from '../../io/files/private-dir.js';

const m = walkMsg.resume;

export type ResumeRef = { kind: 'one'; ref: string } | { kind: 'several'; ids: string[] };

/**
 * What `ikusei resume REF` names: a session file, a session id, or the start of one. A start that
 * several ids share is not "not found": the caller lists them to choose from. `resume` takes no
 * answers file, so its "not found" speaks of sessions only.
 */
export function resumeRef(home: string, cwd: string, ref: string): ResumeRef {
  const asPath = path.resolve(cwd, ref);
  if (fs.existsSync(asPath) && fs.statSync(asPath).isFile()) return { kind: 'one', ref };
  if (/^[A-Za-z0-9_-]+$/.test(ref)) {
    assertSafeHome(home);
    const dir = sessionsDir(home);
    const ids = fs.existsSync(dir)
      ? readSessionsDir(dir)
          .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
          .map((f) => f.slice(0, -'.json'.length))
      : [];
    if (ids.includes(ref)) return { kind: 'one', ref };
    const matches = ids.filter((id) => id.startsWith(ref)).sort();
    if (matches.length === 1) return { kind: 'one', ref: matches[0]! };
    if (matches.length > 1) return { kind: 'several', ids: matches };
  }
  throw usageError('SESSION_NOT_FOUND', m.notFound(ref), m.notFoundHint);
}
