import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadProgramFile } from '../../src/io/program/load.js';
import { COLOR, MIN_PRINT_SIZE, SIZE } from '../../src/sheet/layout/styles.js';
import { runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { textRuns } from './helpers/runs.js';
import { tempCase } from './helpers/setup.js';

// Issue 15 item 17: 根拠 and sources at 6–7 pt grey were hard to read on paper. No text on any
// printed page — sheet with its appendix, tools, forms — is smaller than the print minimum.
const PROGRAMS = path.join(repoRoot, 'programs');

describe('print-legible type', () => {
  it('the styles keep small type at or above the minimum, and grey dark', () => {
    expect(MIN_PRINT_SIZE).toBeGreaterThanOrEqual(7.5);
    for (const size of Object.values(SIZE)) expect(size).toBeGreaterThanOrEqual(MIN_PRINT_SIZE);
    // #333333 or darker: a toner-saving printer still prints it.
    expect(parseInt(COLOR.muted.slice(1, 3), 16)).toBeLessThanOrEqual(0x33);
  });

  it.each(['sodachi', 'renkei', 'ibasho'])('%s: the support sheet with its appendix and every tool', { timeout: 120_000 }, async (id) => {
    const t = tempCase();
    const s = loadProgramFile(path.join(PROGRAMS, `${id}.yaml`)).program!.program.tests![0]!;
    t.write('case.yaml', stringify({ program: id, intake: { label: 'A-1', caseworker: '山田 花子', ...(s.intake ?? {}) }, answers: s.answers, memos: { [Object.keys(s.answers)[0]!]: '本人と話した内容のメモ。' } }));
    const sheet = await runBin(['render', 'case.yaml', '-o', 'sheet.pdf', '--date', '2026-12-06'], { cwd: t.dir, env: t.env });
    expect(sheet.exitCode).toBe(0);
    const tools = await runBin(['checklist', id, '--from', 'case.yaml', '-o', 'tools.pdf', '--date', '2026-12-06'], { cwd: t.dir, env: t.env });
    expect(tools.exitCode).toBe(0);
    for (const file of ['sheet.pdf', 'tools.pdf']) {
      const { runs } = await textRuns(t.file(file));
      expect(runs.length).toBeGreaterThan(100);
      const tiny = runs.filter((r) => r.size < MIN_PRINT_SIZE - 0.01).map((r) => `${r.size.toFixed(1)}pt 「${r.str.slice(0, 20)}」 p.${r.page}`);
      expect(tiny, file).toEqual([]);
    }
  });

  it('a blank form', { timeout: 60_000 }, async () => {
    const t = tempCase();
    const r = await runBin(['render', '--template', 'oyako-kouryu', '-o', 'form.pdf'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(0);
    const { runs } = await textRuns(t.file('form.pdf'));
    expect(runs.filter((x) => x.size < MIN_PRINT_SIZE - 0.01)).toEqual([]);
  });
});
