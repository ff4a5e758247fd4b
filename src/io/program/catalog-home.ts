import fs from 'node:fs';
import path from 'node:path';
import { catalogDir } from './load.js';

/**
 * The programs folder whose catalogs/ a program kept in `dir` is checked against. A trainer's copy
 * outside programs/ (/tmp/x.yaml, ~/kenshu/) has no catalogs/ beside it, and NO_CATALOG would hide
 * every real problem: it borrows the catalogs of the programs folder (`--programs`, IKUSEI_PROGRAMS,
 * or the bundled one). A folder with its own catalogs/ keeps them: they are the ones its programs name.
 */
export function catalogHome(dir: string, programsDir: string): string {
  const own = path.resolve(dir);
  return fs.existsSync(catalogDir(own)) ? own : programsDir;
}
