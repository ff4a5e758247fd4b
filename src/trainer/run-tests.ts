import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { lintProgram } from '../core/lint/index.js';
import { loadCatalog, loadProgramFile } from '../io/program/load.js';
import { displayPath, type LoadedCatalog } from '../core/model/loaded.js';
import { measureCoverage, reaches, type Coverage } from './coverage.js';
import { uncoveredPaths, type UncoveredPath } from './paths.js';
import { runScenario, type ScenarioResult } from './scenarios.js';

export interface LocatedResult extends ScenarioResult {
  file: string;
  line: number;
  column: number;
}

/** What `ikusei test` found in one program file. */
export interface ProgramTest {
  /** As shown to the user (relative to the working folder when inside it). */
  file: string;
  id?: string;
  /** Errors that kept the scenarios from running (the program does not load or lint clean). */
  errors: Diagnostic[];
  results: LocatedResult[];
  coverage?: Coverage;
  paths: UncoveredPath[];
  /** `file:line:column` of each uncovered path's branch, parallel to `paths`. */
  pathPlaces: { line: number; column: number }[];
}

/**
 * Loads, lints and runs one program's scenarios, and measures what they cover. A program with
 * errors is reported, not thrown: the other programs of the run still get tested.
 */
export function testProgram(file: string, cwd: string, today: Date, catalogs = new Map<string, LoadedCatalog>(), catalogHome = path.dirname(file)): ProgramTest {
  const shown = displayPath(file, cwd);
  const loaded = loadProgramFile(file, cwd);
  if (!loaded.program) return { file: shown, errors: loaded.diagnostics.filter(isError), results: [], paths: [], pathPlaces: [] };
  const lp = loaded.program;
  const dir = catalogHome;
  let catalog = catalogs.get(dir);
  if (!catalog) catalogs.set(dir, (catalog = loadCatalog(dir, cwd)));
  const errors = [...catalog.diagnostics, ...lintProgram(lp, catalog, today)].filter(isError);
  const base = { file: shown, id: lp.program.id, paths: [], pathPlaces: [] };
  if (errors.length) return { ...base, errors, results: [] };
  const place = (p: (string | number)[]) => {
    const { line, col } = lp.source.lineCounter.linePos(lp.source.rangeOf(p, 'value').start);
    return { line, column: col };
  };
  const results = (lp.program.tests ?? []).map((scenario, i) => ({ ...runScenario(lp, scenario, i, catalog.catalog), file: shown, ...place(['tests', i, 'name']) }));
  const coverage = measureCoverage(lp.program, results);
  const paths = uncoveredPaths(lp.program, coverage);
  return { ...base, errors, results, coverage, paths, pathPlaces: paths.map((p) => place(p.at)) };
}

function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

export interface TestSummary {
  programs: number;
  passed: number;
  failed: number;
  /** Programs whose node coverage is below --min-coverage (their ids, or files when unreadable). */
  belowMinimum: string[];
  broken: number;
  ok: boolean;
}

export function summarise(tests: ProgramTest[], minCoverage: number | undefined): TestSummary {
  const passed = tests.reduce((n, t) => n + t.results.filter((r) => r.passed).length, 0);
  const failed = tests.reduce((n, t) => n + t.results.filter((r) => !r.passed).length, 0);
  const broken = tests.filter((t) => t.errors.length).length;
  const belowMinimum =
    minCoverage === undefined ? [] : tests.filter((t) => t.coverage && !reaches(t.coverage.nodes, minCoverage)).map((t) => t.id ?? t.file);
  return { programs: tests.length, passed, failed, belowMinimum, broken, ok: failed === 0 && broken === 0 && belowMinimum.length === 0 };
}
