import fs from 'node:fs';
import path from 'node:path';
import { environmentError } from '../../core/diagnostics/errors.js';
import { fsMsg } from '../../messages/case.js';
import { privacyMsg } from '../../messages/privacy.js';
import { errnoCode } from './errno.js';

/**
 * The ikusei home holds case data (sessions/) and derived program data that decides outcomes
 * (cache/). Both are trusted only when they are the user's own and nobody else can write to
 * them: another user who can write there could swap a session or plant a cache entry that
 * changes a result. Such a folder is refused with the command that fixes it, not repaired
 * silently (whoever could write there may already have). Folders that do not exist yet pass:
 * ensurePrivateDir creates them 0700.
 */

const checked = new Set<string>();

/** The home and the two folders under it that ikusei trusts; throws exit 3 with the fix. */
export function assertSafeHome(home: string): void {
  for (const dir of [home, path.join(home, 'sessions'), path.join(home, 'cache')]) assertOwnDir(dir);
}

export function assertOwnDir(dir: string): void {
  if (checked.has(dir)) return;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir); // through symlinks: what counts is the folder actually used
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return; // made later, or reported by whoever makes it
    throw environmentError('FILE_UNREADABLE', fsMsg.readFailed(dir, code));
  }
  if (!stat.isDirectory()) return; // "not a folder" is reported by whoever uses it
  const uid = process.getuid?.();
  if (uid === undefined) return; // Windows: no owners and modes to check this way
  const m = privacyMsg.home;
  if (stat.uid !== uid) throw environmentError('FOLDER_NOT_OWNED', m.foreignOwner(dir, stat.uid), m.chownHint(shellQuote(dir)));
  if ((stat.mode & 0o022) !== 0) throw environmentError('FOLDER_OPEN_TO_OTHERS', m.openToOthers(dir), m.chmodHint(shellQuote(dir)));
  checked.add(dir);
}

/** Whether a file under a trusted folder is itself ours and not writable by others (cache entries). */
export function isOwnFile(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  return stat.isFile() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
}

function shellQuote(s: string): string {
  return /^[\w/.,:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
