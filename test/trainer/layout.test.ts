import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProgramFile } from '../../src/io/program/load.js';
import { openFonts, resolveFontFiles } from '../../src/sheet/fonts.js';
import { STYLE, type Box, type TextTools } from '../../src/trainer/graph/layout.js';
import { flowChart } from '../../src/trainer/graph/model.js';
import { paginate } from '../../src/trainer/graph/pages.js';
import { breakLabel, PAPERS, textTools } from '../../src/trainer/graph/pdf.js';
import { repoRoot } from '../helpers/cli.js';
import { tempHome, TRAINER_FIXTURES } from './helpers.js';

let tools: TextTools;
beforeAll(async () => {
  tools = textTools(await openFonts(resolveFontFiles({}, tempHome(), repoRoot)));
});

const files = [path.join(TRAINER_FIXTURES, 'mini.yaml'), ...fs.readdirSync(path.join(repoRoot, 'programs')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(repoRoot, 'programs', f))];

function overlap(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width - 0.01 && Math.abs(a.y - b.y) * 2 < a.height + b.height - 0.01;
}

describe('flowchart layout', () => {
  it.each(files.map((f) => [path.basename(f), f]))('%s: every node on exactly one page; no boxes overlap; all inside the frame', (_n, file) => {
    const chart = flowChart(loadProgramFile(file).program!.program);
    const frame = { width: PAPERS.A4.width - 56, height: PAPERS.A4.height - 140 };
    const { pages, scales } = paginate(chart, tools, frame);
    const placed = pages.flatMap((p) => p.boxes.filter((b) => b.kind === 'node').map((b) => b.node));
    expect(placed.sort()).toEqual(chart.nodes.map((n) => n.id).sort());
    pages.forEach((page, i) => {
      expect(page.width * scales[i]!).toBeLessThanOrEqual(frame.width + 0.5);
      expect(page.height * scales[i]!).toBeLessThanOrEqual(frame.height + 0.5);
      for (const [k, a] of page.boxes.entries()) {
        expect(a.x - a.width / 2).toBeGreaterThanOrEqual(-0.5);
        expect(a.x + a.width / 2).toBeLessThanOrEqual(page.width + 0.5);
        for (const b of page.boxes.slice(k + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
        // The words fit their box (no clipped text).
        const inner = a.width - (a.kind === 'node' ? STYLE.padX * 2 + STYLE.shapeX[a.type!] * 2 : 0);
        for (const line of a.lines) expect(tools.width(line, a.kind === 'node' ? STYLE.label : STYLE.connector, true)).toBeLessThanOrEqual(inner + 0.5);
      }
    });
  });

  it('keeps a bracketed id whole when it is only a little too long, and never ends a line with 「', () => {
    const measure = (s: string) => [...s].length * 10;
    expect(breakLabel('q_stage = ninshin かつ 目印「tokutei_ninpu」あり', 150, measure)).toEqual(['q_stage =', 'ninshin かつ', '目印「tokutei_ninpu」あり']);
    for (let width = 20; width <= 120; width += 10) {
      for (const line of breakLabel('目印「parent_health」あり または 目印「kosodate_futan」あり', width, measure)) expect(line).not.toMatch(/[「（]$/);
    }
  });

  it('breaks labels at spaces first and never starts a line with 。 or 、', () => {
    const measure = (s: string) => [...s].length * 10;
    expect(breakLabel('q_days ≥ 10 かつ 年齢 ≥ 15', 120, measure)).toEqual(['q_days ≥ 10', 'かつ 年齢 ≥ 15']);
    for (let width = 30; width <= 200; width += 10) {
      for (const line of breakLabel('学校と話し合い、次の面談日を決めます。そのあと、本人と確かめます。', width, measure).slice(1)) {
        expect(line).not.toMatch(/^[。、]/);
      }
    }
  });
});
