import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { yamlFilesIn } from '../../io/program/load.js';
import { loadTemplateFile } from './load.js';

// What `ikusei lint` needs to check templates beside programs: which paths are templates, and
// their diagnostics. Kept free of pdfkit so lint stays fast.

/** A `templates` folder, a file in one, or any YAML file whose top level has `sections:`. */
export function isTemplateTarget(abs: string): boolean {
  if (fs.statSync(abs).isDirectory()) return path.basename(abs) === 'templates';
  if (path.basename(path.dirname(abs)) === 'templates') return true;
  try {
    return /^sections:/m.test(fs.readFileSync(abs, 'utf8'));
  } catch {
    return false;
  }
}

/** The template files a target names (a folder's own YAML files, not its subfolders). */
export function templateTargetFiles(abs: string): string[] {
  return fs.statSync(abs).isDirectory() ? yamlFilesIn(abs) : [abs];
}

export function lintTemplateFile(file: string, cwd: string): Diagnostic[] {
  return loadTemplateFile(file, cwd).diagnostics;
}
