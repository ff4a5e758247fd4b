import fs from 'node:fs';
import { ExitCode, IkuseiError, usageError } from '../core/diagnostics/errors.js';
import { sheetCli } from '../messages/sheet.js';
import { displayPath } from '../core/model/loaded.js';
import { PRIVATE_FILE, TargetExists, writeFileAtomic } from '../io/files/atomic.js';

/**
 * Checked before any work: an existing PDF is someone's record and is kept unless --force.
 * Checked again when writing, since rendering takes time.
 */
export function assertCanWrite(file: string, cwd: string, force: boolean): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    return;
  }
  const shown = displayPath(file, cwd);
  if (stat.isDirectory()) throw usageError('OUTPUT_IS_FOLDER', sheetCli.output.isFolder(shown));
  if (!force) throw new IkuseiError('OUTPUT_EXISTS', sheetCli.output.exists(shown), ExitCode.USAGE, { hint: sheetCli.output.existsHint });
}

/**
 * Writes the PDF whole or not at all, readable by its owner only. Without --force the name is
 * created exclusively (see writeFileAtomic): a PDF that another batch wrote meanwhile is kept.
 */
export function writePdf(file: string, pdf: Buffer, cwd: string, force: boolean): void {
  assertCanWrite(file, cwd, force);
  try {
    writeFileAtomic(file, pdf, PRIVATE_FILE, { exclusive: !force });
  } catch (error) {
    if (error instanceof TargetExists) throw new IkuseiError('OUTPUT_EXISTS', sheetCli.output.exists(displayPath(file, cwd)), ExitCode.USAGE, { hint: sheetCli.output.existsHint });
    throw error;
  }
}
