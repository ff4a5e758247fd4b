import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { Program } from '../../src/core/model/types.js';
import { MIN_SCALE } from '../../src/trainer/graph/layout.js';
import { flowChart } from '../../src/trainer/graph/model.js';
import { flowchartPdf } from '../../src/trainer/graph/pdf.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { pdfPages, squash } from './pdf.js';
import { tempHome, TRAINER_FIXTURES } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const REAL = path.join(repoRoot, 'programs');
const load = (file: string): Program => loadProgramFile(file).program!.program;
const outDir = () => tempDir('ikusei-graph-pdf-');

/** Every node's label and kind is in the PDF's text, and no drawn line opens with 。 or 、. */
async function expectReadable(file: string, program: Program, start?: string) {
  const pages = await pdfPages(file);
  const text = squash(pages.flat().join(''));
  const chart = flowChart(program, start ? { start } : {});
  for (const n of chart.nodes) {
    expect(text, n.id).toContain(squash(n.label));
    expect(text, n.id).toContain(squash(`${n.kind} · ${n.id}`));
  }
  for (const item of pages.flat()) expect(item, item).not.toMatch(/^[。、]/);
  // Every 「→ p.N へ」 points at a page that exists.
  for (const m of pages.flat().join('\n').matchAll(/p\.(\d+)/g)) expect(Number(m[1])).toBeLessThanOrEqual(pages.length);
  return pages;
}

describe('graph --format pdf', () => {
  it('draws the fixture on one page with every label, and writes <id>-flowchart.pdf by default', async () => {
    const dir = outDir();
    const r = await runCli(['graph', 'mini', '--programs', TRAINER_FIXTURES, '--format', 'pdf'], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('mini-flowchart.pdf に書き出しました（A4縦・1 ページ・縮尺 100%）。');
    const file = path.join(dir, 'mini-flowchart.pdf');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await expectReadable(file, load(path.join(TRAINER_FIXTURES, 'mini.yaml')));
    expect(pages).toHaveLength(1);
    expect(squash(pages[0]!.join(''))).toContain(squash('10日以上、かつ年齢が15歳以上'));
    expect(fs.readdirSync(dir)).toEqual(['mini-flowchart.pdf']);
  }, 60_000);

  it('refuses to overwrite a PDF without --force and leaves it untouched', async () => {
    const dir = outDir();
    fs.writeFileSync(path.join(dir, 'mini-flowchart.pdf'), 'mine');
    const r = await runCli(['graph', 'mini', '--programs', TRAINER_FIXTURES, '--format', 'pdf'], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    expect(r.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'mini-flowchart.pdf'), 'utf8')).toBe('mine');
  });

  it.each(fs.readdirSync(REAL).filter((f) => f.endsWith('.yaml')))(
    'splits %s over pages with connectors, every node labelled, at a readable size',
    async (name) => {
      const program = load(path.join(REAL, name));
      const result = await flowchartPdf(flowChart(program), { paper: 'A4', orientation: 'auto', home: tempHome(), cwd: repoRoot, date: new Date('2026-11-22'), subtitle: program.title });
      const file = path.join(outDir(), 'out.pdf');
      fs.writeFileSync(file, result.data);
      const pages = await expectReadable(file, program);
      expect(pages.length).toBe(result.pages);
      expect(result.scale).toBeGreaterThanOrEqual(MIN_SCALE);
      if (pages.length > 1) expect(pages.flat().some((s) => /^→ p\.\d+ へ$/.test(s))).toBe(true);
    },
    60_000,
  );

  it('draws the 卒業後進路フローチャート of program III readably on A4 and on A3', async () => {
    const program = load(path.join(REAL, 'koukousei.yaml'));
    const tool = program.tools?.find((t) => t.id === 'shinro-flow');
    expect(tool?.kind).toBe('flowchart');
    const start = (tool as { start: string }).start;
    for (const paper of ['A4', 'A3'] as const) {
      const dir = outDir();
      const r = await runCli(['graph', 'III', '--tool', 'shinro-flow', '--format', 'pdf', '--paper', paper, '-o', 'shinro.pdf'], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
      expect(r.code, r.stderr).toBe(0);
      const scale = Number(/縮尺 (\d+)%/.exec(r.stderr)![1]);
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE * 100);
      const pages = await expectReadable(path.join(dir, 'shinro.pdf'), program, start);
      expect(pages.flat().join('')).toContain('卒業後進路フローチャート');
    }
  }, 60_000);
});
