import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { GridTool } from '../../src/core/model/types.js';
import { runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { readPdf } from './helpers/pdf.js';
import { tempCase } from './helpers/setup.js';

// A blank form is printed to be filled in by hand: it must come out on one sheet of paper,
// legend included, however long the legend grows.
const PROGRAMS = path.join(repoRoot, 'programs');
const grids = ['sodachi', 'shingaku', 'koukousei', 'shakai', 'renkei', 'ibasho'].flatMap((id) =>
  (loadProgramFile(path.join(PROGRAMS, `${id}.yaml`)).program?.program.tools ?? [])
    .filter((t): t is GridTool => t.kind === 'grid')
    .map((t) => ({ id, tool: t.id, title: t.title })),
);

describe('grid tools of the real programs', () => {
  it('include the 生活リズム見直し表', () => {
    expect(grids.map((g) => g.title)).toContain('生活リズム見直し表');
  });

  it.each(grids)('$id/$tool 「$title」 fits on one page', { timeout: 60_000 }, async ({ id, tool }) => {
    const t = tempCase();
    const r = await runBin(['checklist', id, '--tool', tool, '-o', 'tool.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    expect((await readPdf(t.file('tool.pdf'))).pages).toBe(1);
  });
});
