import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainCondition } from '../../src/core/model/describe.js';
import type { Condition, Program } from '../../src/core/model/types.js';
import { repoRoot } from '../helpers/cli.js';
import { plain, runBin } from '../helpers/bin.js';
import { readPdf } from '../sheet/helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15, item 5: conditions on printed flowchart tools, `graph` arrows and `show` read as plain
// Japanese with titles and labels: never ids, `unknown` or operators.

const PROGRAMS = ['sodachi', 'shingaku', 'koukousei', 'shakai', 'renkei', 'ibasho'];
const load = (id: string) => parse(fs.readFileSync(path.join(repoRoot, 'programs', `${id}.yaml`), 'utf8')) as Program;

/** Machine words a caseworker must never read in a condition: ids of nodes and flags, `unknown`, operators. */
function machineWords(program: Program): RegExp {
  const ids = [...program.nodes.map((n) => n.id), ...(program.flags ?? []).map((f) => f.id)];
  const escaped = ids.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9_])(${[...escaped, 'unknown'].join('|')})(?![A-Za-z0-9_])|≥|≤| = |目印「[a-z]`);
}

describe('conditions in plain Japanese', () => {
  const mini: Program = load('shakai');

  it('names questions, options and flags by their titles and labels', () => {
    const wish = mini.nodes.find((n) => n.id === 'q_wish')!;
    expect(wish).toBeDefined();
    const c: Condition = { all: [{ answer: 'q_wish', in: ['undecided', 'unknown'] }, { flag: 'rhythm_disrupted' }] };
    const names = { nodes: new Map(mini.nodes.map((n) => [n.id, n])), flags: mini.flags };
    const text = plainCondition(c, names);
    expect(text).toBe('「本人の希望」が「まだ決められない」か「わからない」、かつ「生活リズムの乱れ」の目印がある');
    expect(plainCondition({ not: { flag: 'rhythm_disrupted' } }, names)).toBe('「生活リズムの乱れ」の目印がない');
    expect(plainCondition({ intake: 'age', lt: 18 }, names)).toBe('年齢が18歳未満');
  });

  it.each(PROGRAMS)('graph %s: every arrow reads without ids, and long conditions are abbreviated', async (id) => {
    const r = await runBin(['graph', id]);
    expect(r.exitCode).toBe(0);
    const labels = [...String(r.stdout).matchAll(/\|"([^"]*)"\|/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(5);
    const bad = machineWords(load(id));
    expect(labels.filter((l) => bad.test(l))).toEqual([]);
    // A condition arrow stays short: quoted names cut, long lists and many clauses counted, not listed.
    for (const l of labels.flatMap((x) => x.split(' / ')).filter((x) => x.includes('「'))) {
      expect([...l].length, l).toBeLessThanOrEqual(130);
      for (const quoted of l.match(/「[^「」]*」/g) ?? []) expect([...quoted].length, quoted).toBeLessThanOrEqual(14);
    }
  }, 60_000);

  it.each(PROGRAMS)('show %s: conditions name titles and labels', async (id) => {
    const r = await runBin(['show', id]);
    const conditions = plain(String(r.stdout)).split('\n').filter((l) => l.includes('・条件: ')).map((l) => l.replace(/ → \S+$/, ''));
    const bad = machineWords(load(id));
    expect(conditions.filter((l) => bad.test(l.split('・条件: ')[1]!))).toEqual([]);
  }, 60_000);

  it('the printed flowchart tool (checklist IV shinro-flow) prints the plain condition', async () => {
    const out = path.join(tempDir('ikusei-plain-'), 'flow.pdf');
    const r = await runBin(['checklist', 'IV', '--tool', 'shinro-flow', '-o', out]);
    expect(r.exitCode).toBe(0);
    const text = (await readPdf(out)).text.replace(/\s+/g, '');
    expect(text).toContain('「本人の希望」が「まだ決められない」か「わからない」、かつ「生活リズムの乱れ」の目印がある');
    expect(text).not.toMatch(/unknown|q_[a-z]|≥/);
  }, 60_000);
});
