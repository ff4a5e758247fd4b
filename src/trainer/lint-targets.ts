import fs from 'node:fs';
import path from 'node:path';
import { byPosition, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import { usageError } from '../core/diagnostics/errors.js';
import { load as loadMsg } from '../messages/load.js';
import { common } from '../messages/common.js';
import { catalogDir, loadCatalog, loadProgramFile, programFiles } from '../io/program/load.js';
import { displayPath, type LoadedCatalog, type LoadedProgram } from '../core/model/loaded.js';
import { catalogHome } from '../io/program/catalog-home.js';
import { lintProgramSet } from '../core/lint/program-set.js';
import { lintCatalogFile, lintUnused } from '../core/lint/catalog.js';
import { lintProgram } from '../core/lint/index.js';
import type { Cache } from '../io/program/cache.js';
import { isTemplateTarget, lintTemplateFile, templateTargetFiles } from '../sheet/template/lint.js';

export interface LintOptions {
  cwd: string;
  /** The folder `ikusei lint` checks when given no paths. */
  programsDir: string;
  today: Date;
  /** Parsed programs from earlier runs (see model/cache.ts); positions are re-parsed on demand. */
  cache?: Cache;
}

export interface LintReport {
  diagnostics: Diagnostic[];
  /** Display paths of every file checked. */
  files: string[];
}

/** One programs folder's share of the work: which programs, and whether that is all of them. */
interface Group {
  dir: string;
  programs: Set<string>;
  complete: boolean;
}

/**
 * `ikusei lint [paths…]`: folders are programs folders (their programs and catalogs/), files are
 * programs or catalogs. Catalog usage is only judged when a whole folder is checked.
 */
export function lintTargets(paths: readonly string[], options: LintOptions): LintReport {
  const groups = new Map<string, Group>();
  const templates: string[] = [];
  const group = (dir: string) => {
    const g = groups.get(dir) ?? { dir, programs: new Set<string>(), complete: false };
    groups.set(dir, g);
    return g;
  };
  for (const p of paths.length ? paths : [options.programsDir]) {
    const abs = path.resolve(options.cwd, p);
    if (!fs.existsSync(abs)) throw usageError('USAGE_FILE_NOT_FOUND', loadMsg.fileNotFound(p), common.lintPathsHint);
    if (isTemplateTarget(abs)) {
      templates.push(...templateTargetFiles(abs)); // templates/ and files with top-level `sections:`
      continue;
    }
    if (fs.statSync(abs).isDirectory()) {
      const dir = path.basename(abs) === 'catalogs' ? path.dirname(abs) : abs;
      const g = group(dir);
      if (dir === abs) {
        const files = programFiles(dir);
        // A folder with nothing to check is a mistake (a wrong path), not a clean result.
        if (!files.length && !fs.existsSync(catalogDir(dir))) throw usageError('NO_PROGRAMS', common.noProgramsIn(p), common.lintPathsHint);
        files.forEach((f) => g.programs.add(f));
        g.complete = true;
      }
    } else if (path.basename(path.dirname(abs)) === 'catalogs') {
      group(path.dirname(path.dirname(abs)));
    } else {
      group(path.dirname(abs)).programs.add(abs);
    }
  }

  const report: LintReport = { diagnostics: [], files: [] };
  // Several folders may borrow the same catalogs (see catalog-home.ts): each is checked once.
  const catalogs = new Map<string, LoadedCatalog>();
  for (const g of groups.values()) {
    const home = catalogHome(g.dir, options.programsDir);
    let catalog = catalogs.get(home);
    if (!catalog) {
      catalogs.set(home, (catalog = loadCatalog(home, options.cwd, options.cache)));
      report.diagnostics.push(...catalog.diagnostics);
      if (catalog.exists) {
        for (const f of fs.readdirSync(catalogDir(home)).filter((n) => /\.ya?ml$/i.test(n))) {
          report.files.push(displayPath(path.join(catalogDir(home), f), options.cwd));
        }
      }
      for (const file of catalog.files) report.diagnostics.push(...lintCatalogFile(file, options.today));
    }
    const loaded: LoadedProgram[] = [];
    for (const file of [...g.programs].sort()) {
      report.files.push(displayPath(file, options.cwd));
      const result = loadProgramFile(file, options.cwd, options.cache);
      report.diagnostics.push(...result.diagnostics);
      if (!result.program) continue;
      loaded.push(result.program);
      report.diagnostics.push(...lintProgram(result.program, catalog, options.today));
    }
    // A program that failed to load may be the one that uses an entry: no false "unused" then.
    report.diagnostics.push(...lintProgramSet(loaded, g.complete ? loaded : folderPrograms(g.dir, loaded, options)));
    // Borrowed catalogs serve other programs too: their use is judged in their own folder.
    if (g.complete && home === g.dir && loaded.length === g.programs.size) report.diagnostics.push(...lintUnused(catalog.files, loaded));
  }
  for (const file of templates) {
    report.files.push(displayPath(file, options.cwd));
    report.diagnostics.push(...lintTemplateFile(file, options.cwd));
  }
  report.diagnostics.sort(byPosition);
  return report;
}

/** Every program of a folder that loads, for the checks across programs when only some were named. */
function folderPrograms(dir: string, named: LoadedProgram[], options: LintOptions): LoadedProgram[] {
  const have = new Map(named.map((lp) => [lp.path, lp]));
  return programFiles(dir).flatMap((f) => {
    const lp = have.get(f) ?? loadProgramFile(f, options.cwd, options.cache).program;
    return lp ? [lp] : [];
  });
}
