import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { lint as lintMsg } from '../../messages/lint.js';
import { cacheKey, readCache, sourceDigest, writeCache, type Cache } from './cache.js';
import { tryReadFileCapped } from '../files/read-capped.js';
import { contentHash, displayPath, type CatalogFile, type LoadedCatalog, type LoadedProgram } from '../../core/model/loaded.js';
import { graphOf } from '../../core/model/graph.js';
import { foldedJapanese } from '../../core/lint/text.js';
import { schemaDiagnostics } from '../../core/schema/errors.js';
import { validators, type Validate } from '../schema/validators.js';
import { emptyCatalog } from '../../core/model/types.js';
import { LIMITS, type YamlSource } from '../../core/yaml/source.js';
import { parseYamlTextFast, readYamlFile } from '../files/read-yaml.js';
import { schemasHash } from '../schema/registry.js';
import { ikuseiVersion } from '../paths.js';

/** What the cache keeps of a parsed file: its validated data and what needed the YAML tree. */
interface Cached<T> {
  data: T;
  folded: number[];
}


/**
 * Reads, parses and schema-checks one program file. Semantic checks are lint's job.
 * With a cache, a file already parsed and found valid is not parsed again: its YAML positions,
 * which only lint and test need, are re-parsed on first use of `source`.
 */
export function loadProgramFile(file: string, cwd = process.cwd(), cache?: Cache): { program?: LoadedProgram; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = loadValidated(() => validators().program, 'program', file, cwd, cache);
  if (!parsed) return { diagnostics };
  const program: LoadedProgram = {
    path: parsed.path,
    program: parsed.data,
    hash: contentHash(parsed.text),
    graph: graphOf(parsed.data),
    folded: parsed.folded,
    get source() {
      return parsed.source;
    },
  };
  return { program, diagnostics };
}

export function loadCatalogFile(file: string, cwd = process.cwd(), cache?: Cache): { file?: CatalogFile; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = loadValidated(() => validators().catalog, 'catalog', file, cwd, cache);
  if (!parsed) return { diagnostics };
  return { file: { path: parsed.path, data: parsed.data, folded: parsed.folded, get source() { return parsed.source; } }, diagnostics };
}

/** A schema-valid file: its data, and its YAML positions (parsed now, or later if it came from the cache). */
interface Validated<T> {
  path: string;
  data: T;
  text: string;
  folded: number[];
  readonly source: YamlSource;
}

/** `validator` is asked for only when the file is not cached: loading the validators costs start-up time. */
function loadValidated<T>(validator: () => Validate<T>, schema: 'program' | 'catalog', file: string, cwd: string, cache?: Cache): { parsed?: Validated<T>; diagnostics: Diagnostic[] } {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  const key = cache && keyOf(`${schema}/2`, abs);
  const cached = key && readCache<Cached<T>>(cache, key.name, key.source);
  if (key && cached) {
    let source: YamlSource | undefined;
    const text = key.text;
    const parsed: Validated<T> = { path: abs, data: cached.data, text, folded: cached.folded, get source() { return (source ??= parseYamlTextFast(shown, text).source!); } };
    return { parsed, diagnostics: [] };
  }
  const read = readYamlFile(abs, { displayPath: shown });
  if (!read.source || read.value === undefined) return { diagnostics: read.diagnostics };
  const validate = validator();
  const data = read.value;
  if (!validate(data)) return { diagnostics: schemaDiagnostics(validate.errors ?? [], read.source) };
  const folded = foldedJapanese(read.source);
  if (key) writeCache(cache, key.name, { data, folded } satisfies Cached<T>, key.source);
  return { parsed: { path: abs, data, text: read.source.text, folded, source: read.source }, diagnostics: [] };
}

/** The cache name of a file's parsed content, and its text; undefined if it cannot be read. */
function keyOf(kind: string, abs: string): { name: string; source: string; text: string } | undefined {
  // Capped, regular files only: an oversized file, a device or a FIFO is refused by the reader
  // (readYamlFile says why); the cache must not read it first.
  const bytes = tryReadFileCapped(abs, LIMITS.maxBytes);
  if (!bytes) return undefined;
  return { name: cacheKey(kind, bytes, schemasHash(), ikuseiVersion()), source: sourceDigest(bytes), text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

export function catalogDir(programsDir: string): string {
  return path.join(programsDir, 'catalogs');
}

/** All catalog files of a programs folder, merged. A duplicate id is an error at its second place. */
export function loadCatalog(programsDir: string, cwd = process.cwd(), cache?: Cache): LoadedCatalog {
  const dir = catalogDir(programsDir);
  const result: LoadedCatalog = { dir, exists: fs.existsSync(dir), catalog: emptyCatalog(), files: [], diagnostics: [] };
  if (!result.exists) return result;
  // Where each id was first defined, resolved to a line only when a duplicate needs it (a cached
  // catalog has no positions until asked).
  const firstSeen = new Map<string, () => string>();
  for (const f of yamlFilesIn(dir)) {
    const loaded = loadCatalogFile(f, cwd, cache);
    result.diagnostics.push(...loaded.diagnostics);
    if (!loaded.file) continue;
    const file = loaded.file;
    result.files.push(file);
    const add = <T extends { id: string }>(key: 'agencies' | 'resources', entries: readonly T[], map: Map<string, T>, kind: string, added?: (entry: T) => void) => {
      entries.forEach((entry, i) => {
        const where = `${key}:${entry.id}`;
        const first = firstSeen.get(where);
        if (map.has(entry.id) && first) {
          result.diagnostics.push(file.source.atPath([key, i, 'id'], 'DUPLICATE_ID', lintMsg.duplicateCatalog(kind, entry.id, first())));
          return;
        }
        map.set(entry.id, entry);
        added?.(entry);
        firstSeen.set(where, () => `${file.source.file}:${file.source.lineCounter.linePos(file.source.rangeOf([key, i, 'id'], 'value').start).line}`);
      });
    };
    add('agencies', file.data.agencies ?? [], result.catalog.agencies, lintMsg.agency);
    // Window ids are global: a program names a resource's window without naming the resource.
    add('resources', file.data.resources ?? [], result.catalog.resources, lintMsg.resource, (r) => {
      for (const w of r.windows ?? []) if (!result.catalog.windows.has(w.id)) result.catalog.windows.set(w.id, w);
    });
  }
  return result;
}

export function yamlFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => /\.ya?ml$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isRegularFile(path.join(dir, e.name)))))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** A symlink counts when it leads to a regular file (an office's shared copy); never to a device, FIFO or folder. */
function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false; // dangling or looping
  }
}

/** The program files of a programs folder (its top level only; catalogs/ and schema/ are below). */
export function programFiles(programsDir: string): string[] {
  return fs.existsSync(programsDir) ? yamlFilesIn(programsDir) : [];
}

