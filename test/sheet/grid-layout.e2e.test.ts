import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { GridTool } from '../../src/core/model/types.js';
import { runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { textRuns, type TextRun } from './helpers/runs.js';
import { tempCase } from './helpers/setup.js';

// Issue 15 item 15: 中3の1年の進路支援予定表 and 評価指標の記録表 used half the page, with a label
// column so narrow that 「志望校の決定」 broke in the middle of a word. A handwriting form takes the
// page, and its row labels break only between phrases.
const PROGRAMS = path.join(repoRoot, 'programs');
const grids = ['sodachi', 'shingaku', 'koukousei', 'shakai', 'renkei', 'ibasho'].flatMap((id) =>
  (loadProgramFile(path.join(PROGRAMS, `${id}.yaml`)).program?.program.tools ?? []).filter((t): t is GridTool => t.kind === 'grid').map((tool) => ({ id, tool })),
);

/** The label's lines as printed: consecutive runs that together spell it. */
function labelLines(runs: TextRun[], label: string): string[] | undefined {
  for (let i = 0; i < runs.length; i++) {
    let joined = '';
    for (let j = i; j < runs.length && label.startsWith(joined + runs[j]!.str); j++) {
      joined += runs[j]!.str;
      if (joined === label) return runs.slice(i, j + 1).map((r) => r.str);
    }
  }
  return undefined;
}

const phraseBoundary = (before: string, after: string) => /[）・、]$/.test(before) || after.startsWith('（');

describe('grid tools use the page', () => {
  it('include the two forms the issue names', () => {
    expect(grids.map((g) => g.tool.title)).toEqual(expect.arrayContaining(['中3の1年の進路支援予定表', '評価指標の記録表']));
  });

  it.each(grids)('$id/$tool.id: labels break between phrases, and the table reaches the foot of the page', { timeout: 60_000 }, async ({ id, tool }) => {
    const t = tempCase();
    const r = await runBin(['checklist', id, '--tool', tool.id, '-o', 'tool.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    const { runs } = await textRuns(t.file('tool.pdf'));
    for (const label of tool.rows) {
      const lines = labelLines(runs, label);
      expect(lines, label).toBeDefined();
      for (let k = 1; k < lines!.length; k++) expect(phraseBoundary(lines![k - 1]!, lines![k]!), `${label}: ${lines!.join(' / ')}`).toBe(true);
    }
    // Above the footer (page number at about 31 pt), the lowest text is the legend's last line or
    // the last row's label; either way within the last 4 cm of the page, not half-way up.
    const body = runs.filter((x) => x.y > 40);
    expect(Math.min(...body.map((x) => x.y))).toBeLessThan(115);
  });

  it('gives 中3の1年の進路支援予定表 labels on few lines and rows tall enough to write in', { timeout: 60_000 }, async () => {
    const t = tempCase();
    const r = await runBin(['checklist', 'shingaku', '--tool', 'nenkan', '-o', 'tool.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    const { runs } = await textRuns(t.file('tool.pdf'));
    const firsts = ['4〜6月', '7〜9月', '10〜12月', '1〜3月'].map((s) => runs.find((x) => x.str.startsWith(s))!.y);
    // Four quarters on one A4 page: each row well over 100 pt (it was 30).
    for (let k = 1; k < firsts.length; k++) expect(firsts[k - 1]! - firsts[k]!).toBeGreaterThan(100);
    expect(labelLines(runs, '10〜12月（2回目の三者面談・志望校の決定）')!.length).toBeLessThanOrEqual(3);
  });
});
