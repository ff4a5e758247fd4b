import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, readCache, sourceDigest, writeCache, type Cache } from '../io/program/cache.js';
import type { LintOptions, LintReport } from './lint-targets.js';
import { schemasHash } from '../io/schema/registry.js';
import { LIMITS } from '../core/yaml/source.js';
import { ikuseiVersion } from '../io/paths.js';
import { tryReadFileCapped } from '../io/files/read-capped.js';

/**
 * `ikusei lint` run again over the same files gives the same report, yet checking them costs a
 * YAML parse of every file (positions are needed for any diagnostic). The whole report is kept in
 * the program cache under a name made of everything it depends on: ikusei's version and schemas,
 * the day (dated checks such as stale sources change at midnight), the working folder (paths are
 * shown relative to it), the programs folder, the paths asked for, and the names and bytes of
 * every YAML file lint may read — the folders named, their catalogs/, the programs folder's
 * catalogs/ (borrowed by programs kept elsewhere) and the folders of the files named. A change to
 * any of them gives another name; a missing or damaged entry only means checking again.
 */
export async function lintWithCache(paths: readonly string[], options: LintOptions & { cache: Cache }): Promise<LintReport> {
  // The checks (and the YAML and schema stack under them) are loaded only when the report is not kept.
  const lint = async () => (await import('./lint-targets.js')).lintTargets(paths, options);
  const inputs = fingerprint(paths, options);
  if (!inputs) return lint(); // something unreadable: lint reports it
  const d = options.today;
  const day = `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}/${d.toISOString().slice(0, 10)}`;
  const key = cacheKey('lint-report/1', ikuseiVersion(), schemasHash(), day, options.cwd, options.programsDir, JSON.stringify(paths), inputs);
  const cached = readCache<LintReport>(options.cache, key, sourceDigest(Buffer.from(inputs)));
  if (cached && Array.isArray(cached.diagnostics) && Array.isArray(cached.files)) return cached;
  const report = await lint();
  writeCache(options.cache, key, report, sourceDigest(Buffer.from(inputs)));
  return report;
}

/** Names and digests of every YAML file lint may read for these paths; undefined if one cannot be read. */
function fingerprint(paths: readonly string[], options: LintOptions): string | undefined {
  const folders = new Set<string>([path.resolve(options.programsDir)]);
  const files = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(options.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      return undefined; // lint says the path does not exist
    }
    const dir = stat.isDirectory() ? abs : path.dirname(abs);
    if (!stat.isDirectory()) files.add(abs);
    folders.add(dir);
    if (path.basename(dir) === 'catalogs') folders.add(path.dirname(dir));
  }
  for (const f of [...folders]) folders.add(path.join(f, 'catalogs'));
  for (const f of folders) for (const name of yamlNames(f)) files.add(path.join(f, name));
  const lines: string[] = [];
  for (const file of [...files].sort()) {
    const bytes = tryReadFileCapped(file, LIMITS.maxBytes);
    if (!bytes) return undefined;
    lines.push(`${file}\0${sourceDigest(bytes)}`);
  }
  return lines.join('\n');
}

function yamlNames(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
  } catch {
    return []; // no such folder
  }
}
