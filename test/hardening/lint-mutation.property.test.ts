import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { lintTargets } from '../../src/trainer/lint-targets.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { JAPANESE } from './capped.js';
import { mutate, mutationArb } from './mutations.js';
import { tempDir } from '../helpers/temp.js';

// Lint never throws on a broken program: whatever the edit, it answers with diagnostics, each
// with a code, a Japanese message and, when located, a place that exists in the file.

const TODAY = new Date('2026-11-22T00:00:00Z');

/** A programs folder per source (its own catalogs beside it), reused across runs. */
const folders: string[] = [];
function folderWith(catalogDir: string): string {
  const dir = tempDir('ikusei-mutants-');
  fs.cpSync(catalogDir, path.join(dir, 'catalogs'), { recursive: true });
  folders.push(dir);
  return dir;
}
afterAll(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const sources = [
  { file: path.join(fixtures, 'programs/mini.yaml'), catalogs: path.join(fixtures, 'programs/catalogs') },
  ...fs
    .readdirSync(path.join(repoRoot, 'programs'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: path.join(repoRoot, 'programs', f), catalogs: path.join(repoRoot, 'programs/catalogs') })),
];

function checkDiagnostic(d: Diagnostic, files: Map<string, string[]>): void {
  const about = JSON.stringify({ ...d, frame: undefined });
  expect(d.code, about).toMatch(/^[A-Z][A-Z0-9_]*$/);
  expect(['error', 'warning'], about).toContain(d.severity);
  expect(d.message, about).toMatch(JAPANESE);
  expect(d.message, about).not.toMatch(/\bat .*:\d+:\d+|Error:/);
  if (d.line === undefined) return;
  expect(d.line, about).toBeGreaterThanOrEqual(1);
  expect(d.column, about).toBeGreaterThanOrEqual(1);
  const lines = files.get(d.file ?? '');
  expect(lines, `a diagnostic about a file that was not checked: ${about}`).toBeDefined();
  expect(d.line, about).toBeLessThanOrEqual(lines!.length);
  expect(d.column!, about).toBeLessThanOrEqual(lines![d.line - 1]!.length + 1);
}

describe.each(sources.map((s) => [path.basename(s.file), s] as const))('lint of randomly broken %s', (name, source) => {
  const original = fs.readFileSync(source.file, 'utf8');
  const dir = folderWith(source.catalogs);
  const target = path.join(dir, name);
  // Lines as an editor numbers them, in the text ikusei decodes (written as UTF-8, read back).
  const linesOf = (file: string) => fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);

  it('returns diagnostics and never throws', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        fs.writeFileSync(target, mutations.reduce(mutate, original));
        const report = lintTargets([target], { cwd: dir, programsDir: dir, today: TODAY });
        const files = new Map(report.files.map((f) => [f, linesOf(path.join(dir, f))]));
        for (const d of report.diagnostics) checkDiagnostic(d, files);
      }),
      { numRuns: name === 'mini.yaml' ? 100 : 25 },
    );
  }, 180_000);
});
