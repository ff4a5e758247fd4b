import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as lintMsg } from '../messages/lint.js';
import { ProgramGraph } from './graph.js';
import { schemaDiagnostics } from './schema/errors.js';
import { validators } from './schema/validators.js';
import { emptyCatalog, type Catalog, type CatalogFileData, type Program } from './types.js';
import { readYamlFile, type YamlSource } from './yaml/source.js';

export interface LoadedProgram {
  /** Absolute path. */
  path: string;
  program: Program;
  source: YamlSource;
  /** sha256 of the program text (BOM removed, line ends normalised), recorded in sessions and sheets. */
  hash: string;
  graph: ProgramGraph;
}

export interface CatalogFile {
  path: string;
  source: YamlSource;
  data: CatalogFileData;
}

export interface LoadedCatalog {
  dir: string;
  exists: boolean;
  catalog: Catalog;
  files: CatalogFile[];
  diagnostics: Diagnostic[];
}

/** How to show a path: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

/** Reads, parses and schema-checks one program file. Semantic checks are lint's job. */
export function loadProgramFile(file: string, cwd = process.cwd()): { program?: LoadedProgram; diagnostics: Diagnostic[] } {
  const abs = path.resolve(cwd, file);
  const read = readYamlFile(abs, { displayPath: displayPath(abs, cwd) });
  if (!read.source || read.value === undefined) return { diagnostics: read.diagnostics };
  const validate = validators().program;
  if (!validate(read.value)) return { diagnostics: schemaDiagnostics(validate.errors ?? [], read.source) };
  const program = read.value as Program;
  return {
    program: { path: abs, program, source: read.source, hash: contentHash(read.source.text), graph: new ProgramGraph(program) },
    diagnostics: [],
  };
}

export function loadCatalogFile(file: string, cwd = process.cwd()): { file?: CatalogFile; diagnostics: Diagnostic[] } {
  const abs = path.resolve(cwd, file);
  const read = readYamlFile(abs, { displayPath: displayPath(abs, cwd) });
  if (!read.source || read.value === undefined) return { diagnostics: read.diagnostics };
  const validate = validators().catalog;
  if (!validate(read.value)) return { diagnostics: schemaDiagnostics(validate.errors ?? [], read.source) };
  return { file: { path: abs, source: read.source, data: read.value as CatalogFileData }, diagnostics: [] };
}

export function catalogDir(programsDir: string): string {
  return path.join(programsDir, 'catalogs');
}

/** All catalog files of a programs folder, merged. A duplicate id is an error at its second place. */
export function loadCatalog(programsDir: string, cwd = process.cwd()): LoadedCatalog {
  const dir = catalogDir(programsDir);
  const result: LoadedCatalog = { dir, exists: fs.existsSync(dir), catalog: emptyCatalog(), files: [], diagnostics: [] };
  if (!result.exists) return result;
  const firstSeen = new Map<string, string>();
  for (const f of yamlFilesIn(dir)) {
    const loaded = loadCatalogFile(f, cwd);
    result.diagnostics.push(...loaded.diagnostics);
    if (!loaded.file) continue;
    result.files.push(loaded.file);
    const { data, source } = loaded.file;
    const sections = [
      ['agencies', data.agencies ?? [], result.catalog.agencies, lintMsg.agency],
      ['resources', data.resources ?? [], result.catalog.resources, lintMsg.resource],
    ] as const;
    for (const [key, entries, map, kind] of sections) {
      entries.forEach((entry, i) => {
        const where = `${key}:${entry.id}`;
        if (map.has(entry.id)) {
          result.diagnostics.push(source.atPath([key, i, 'id'], 'DUPLICATE_ID', lintMsg.duplicateCatalog(kind, entry.id, firstSeen.get(where)!)));
          return;
        }
        (map as Map<string, typeof entry>).set(entry.id, entry);
        const { line } = source.lineCounter.linePos(source.rangeOf([key, i, 'id'], 'value').start);
        firstSeen.set(where, `${source.file}:${line}`);
      });
    }
  }
  return result;
}

export function yamlFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** The program files of a programs folder (its top level only; catalogs/ and schema/ are below). */
export function programFiles(programsDir: string): string[] {
  return fs.existsSync(programsDir) ? yamlFilesIn(programsDir) : [];
}

export function programIdOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}
