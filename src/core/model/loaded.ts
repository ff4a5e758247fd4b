import crypto from 'node:crypto';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlSource } from '../yaml/source.js';
import type { ProgramGraph } from './graph.js';
import type { Catalog, CatalogFileData, Program } from './types.js';

// What a program or catalog looks like once read and checked (io/program/load.ts reads them), and
// the pure helpers that go with it: lint and the front ends use these without touching files.

export interface LoadedProgram {
  /** Absolute path. */
  path: string;
  program: Program;
  source: YamlSource;
  /** sha256 of the program text (BOM removed, line ends normalised), recorded in sessions and sheets. */
  hash: string;
  graph: ProgramGraph;
  /** Offsets of strings whose Japanese YAML folding would space out (see lint/text.ts). */
  folded: number[];
}

export interface CatalogFile {
  path: string;
  source: YamlSource;
  data: CatalogFileData;
  folded: number[];
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
