import fs from 'node:fs';
import path from 'node:path';
import { resolveCaseRef } from '../../io/case/locate.js';
import { usageError } from '../../core/diagnostics/errors.js';
import { sheetCli } from '../../messages/sheet.js';
import { displayPath } from '../../core/model/loaded.js';

export interface Job {
  /** Absolute path of the answers or session file. */
  file: string;
  /** Absolute path of the PDF to write. */
  out: string;
}

const CASE_FILE = /\.(ya?ml|json)$/i;

/**
 * Folders give their answers and session files (not their subfolders, not hidden files); files
 * and session ids are taken as named. Each becomes <name>.pdf in the output folder; two inputs
 * that would write the same PDF are refused before anything is rendered.
 */
export function batchJobs(inputs: string[], outDir: string, home: string, cwd: string): Job[] {
  const files: string[] = [];
  for (const ref of inputs) {
    const abs = path.resolve(cwd, ref);
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      const names = fs.readdirSync(abs, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.') && CASE_FILE.test(e.name));
      files.push(...names.map((e) => path.join(abs, e.name)).sort());
    } else files.push(resolveCaseRef(ref, home, cwd));
  }
  if (files.length === 0) throw usageError('BATCH_NO_INPUTS', sheetCli.batch.noInputs);
  const byOut = new Map<string, string>();
  return files.map((file) => {
    const out = path.join(outDir, path.basename(file).replace(CASE_FILE, '') + '.pdf');
    const other = byOut.get(out);
    if (other !== undefined && other !== file) throw usageError('BATCH_DUPLICATE_NAME', sheetCli.batch.duplicateName(displayPath(other, cwd), displayPath(file, cwd)));
    byOut.set(out, file);
    return { file, out };
  });
}
