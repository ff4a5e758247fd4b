import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { environmentError } from '../diagnostics/errors.js';
import { fsMsg } from '../messages/case.js';

/** Files with case data are readable by their owner only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/**
 * Writes a file so that readers see either the old content or the new, never half: a temporary
 * file in the same folder, flushed, then renamed over the target. On failure the temporary file
 * is removed and the old file is untouched.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode = PRIVATE_FILE): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw environmentError(fsMsg.writeFailed(file, code), fs.existsSync(file) ? fsMsg.keptPrevious : undefined);
  }
  syncDir(dir);
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
    throw environmentError(fsMsg.mkdirFailed(dir, (error as NodeJS.ErrnoException).code));
  }
}
