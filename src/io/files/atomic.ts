import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { environmentError } from '../../core/diagnostics/errors.js';
import { fsMsg } from '../../messages/case.js';
import { errnoCode } from './errno.js';

/** Files with case data are readable by their owner only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** `.<name>.<12 hex>.tmp`: the temporary files writeFileAtomic makes next to its target. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/**
 * A temporary file older than this was left by a process that died (a save takes milliseconds),
 * so removing it cannot pull a file from under a running save.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000;

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** The longest file name (bytes) Linux, macOS and Windows file systems take. */
const NAME_MAX = 255;
/** What a temporary name adds to its target's: `.` + `.<12 hex>.tmp`. */
const TEMP_EXTRA = 18;

/**
 * The part of a temporary name that stands for the target. A long but legal target name (80
 * Japanese characters are 240 bytes) would push the temporary name over NAME_MAX, so such a
 * name is cut on a character boundary and told apart from others by a hash of the whole.
 */
function tempStem(base: string): string {
  if (Buffer.byteLength(base) + TEMP_EXTRA <= NAME_MAX) return base;
  const hash = crypto.createHash('sha256').update(base).digest('hex').slice(0, 8);
  let stem = '';
  for (const ch of base) {
    if (Buffer.byteLength(stem + ch) + TEMP_EXTRA + 9 > NAME_MAX) break;
    stem += ch;
  }
  return `${stem}~${hash}`;
}

/** The target exists and the write was to create it (see writeFileAtomic's `exclusive`). */
export class TargetExists extends Error {
  override readonly name = 'TargetExists';
}

/**
 * Writes a file so that readers see either the old content or the new, never half: a temporary
 * file in the same folder, flushed, then renamed over the target. On failure the temporary file
 * is removed and the old file is untouched. A kill (SIGKILL, power cut) can leave the temporary
 * file behind; it is hidden (a dot file), never taken for the target, and swept up later.
 *
 * The fs calls go through the `fs` object on purpose (no writeFileSync shortcut): a test can then
 * make them fail the way a full disk does.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode = PRIVATE_FILE, options: { exclusive?: boolean } = {}): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${tempStem(path.basename(file))}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  sweepStaleTemps(dir, path.basename(file));
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.exclusive) publishExclusive(tmp, file);
    else fs.renameSync(tmp, file);
  } catch (error) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the name is hidden and swept up by a later save.
    }
    if (error instanceof TargetExists) throw error;
    const code = errnoCode(error);
    throw environmentError('WRITE_FAILED', fsMsg.writeFailed(file, code), fs.existsSync(file) ? fsMsg.keptPrevious : undefined);
  }
  syncDir(dir);
}

/**
 * Gives the finished temporary file its final name only if that name is free, in one step:
 * link() fails with EEXIST when the name exists (rename would replace it), so of two writers
 * racing for one name the second is told, and nothing is overwritten. File systems without hard
 * links (FAT, some shares) get an O_EXCL copy instead: exclusive, though not all-or-nothing.
 */
function publishExclusive(tmp: string, file: string): void {
  try {
    fs.linkSync(tmp, file);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') throw new TargetExists(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    try {
      fs.copyFileSync(tmp, file, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if (errnoCode(copyError) === 'EEXIST') throw new TargetExists(file);
      throw copyError;
    }
  }
  fs.rmSync(tmp, { force: true });
}

/**
 * Removes temporary files that a killed process left in `dir` (only those of `target` when given):
 * only names writeFileAtomic makes, only plain files, only when older than STALE_TEMP_MS.
 * Best effort: a folder that cannot be read is simply left as it is. Returns how many went.
 */
export function sweepStaleTemps(dir: string, target?: string, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || (target !== undefined && m[1] !== tempStem(target))) continue;
    const file = path.join(dir, name);
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMP_MS) continue;
      fs.unlinkSync(file);
      removed++;
    } catch {
      // Gone already (another ikusei swept it) or not ours to remove.
    }
  }
  return removed;
}

/** Makes sure a rename survives a power cut (not supported everywhere, so best effort). */
function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on folders; the rename itself is still atomic.
  }
}

/** Creates a folder (and parents) readable by its owner only; `tighten` also fixes an existing one. */
export function ensurePrivateDir(dir: string, tighten = false): void {
  try {
    const existed = fs.existsSync(dir);
    fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    if (!existed || tighten) fs.chmodSync(dir, PRIVATE_DIR);
  } catch (error) {
    let code = errnoCode(error);
    // mkdir says EEXIST when a plain file has the folder's name: "not a folder" is what helps.
    if (code === 'EEXIST') code = 'ENOTDIR';
    throw environmentError('MKDIR_FAILED', fsMsg.mkdirFailed(dir, code));
  }
}
