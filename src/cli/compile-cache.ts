import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { ikuseiHome } from '../io/paths.js';

/**
 * Node 22.1+ can keep V8's compiled code of our modules on disk, so later starts skip most
 * parsing and compiling. The cache goes into $IKUSEI_HOME/cache/v8, and only when that folder
 * is one ikusei already trusts (the user's own, closed to others, see util/private-dir.ts):
 * compiled code from a folder others can write would run as ours. Node checks each entry
 * against the source it was made from, so a stale, damaged or missing cache only costs time.
 * Nothing here may fail a command: every problem just means no cache.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return; // Node 20: no compile cache
  try {
    const home = ikuseiHome(env);
    const cache = path.join(home, 'cache');
    if (!isPrivate(home)) return; // no home yet (first run), or one the command will refuse
    if (!fs.existsSync(cache)) fs.mkdirSync(cache, { mode: 0o700 });
    if (!isPrivate(cache)) return;
    enable(path.join(cache, 'v8'));
  } catch {
    // no cache this time
  }
}

function isPrivate(dir: string): boolean {
  try {
    const stat = fs.statSync(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
  } catch {
    return false;
  }
}
