import { describe, expect, it } from 'vitest';
import { ProgramGraph } from '../../src/core/model/graph.js';
import { lintConditions } from '../../src/core/lint/conditions.js';
import type { LoadedProgram } from '../../src/core/model/loaded.js';
import type { Program } from '../../src/core/model/types.js';

// Lint grew quadratically with conditions: each `route.when` that refers to an early question
// searched the whole tree between them (8,000 nodes: 26 s against 3.3 s without conditions). The
// graph counts the work its reachability checks do; 4 times the nodes must cost about 4 times the
// work, not 16. No clock is read here: timings are in src/bench.

type Refs = 'first' | 'previous' | 'every-tenth-early';

/** A chain of yes/no questions; from the second on, each routes on an earlier answer. */
function program(size: number, refs: Refs): Program {
  const id = (i: number) => (i >= size ? 'o_end' : `q${i}`);
  const ref = (i: number) => (refs === 'first' ? 'q0' : refs === 'previous' ? `q${i - 1}` : `q${Math.floor(i / 10) * 10 % 50}`);
  const nodes: unknown[] = Array.from({ length: size }, (_, i) => ({
    id: `q${i}`,
    type: 'yesno',
    text: `質問${i}`,
    help: '説明',
    yes: { next: id(i + 1) },
    no: { next: id(Math.min(i + 2, size)) },
    ...(i > 0 ? { route: [{ when: { answer: ref(i), is: 'no' }, next: id(Math.min(i + 2, size)) }] } : {}),
  }));
  nodes.push({ id: 'o_end', type: 'outcome', title: '終わり', text: '終わりです。' });
  return { id: 'p', number: 'III', title: 't', version: 'v', revised: '2026-11-22', audience: 'a', summary: 's', sources: [], nodes } as unknown as Program;
}

function work(size: number, refs: Refs): number {
  const p = program(size, refs);
  const graph = new ProgramGraph(p);
  const lp = { program: p, graph, get source(): never { throw new Error('a clean program needs no positions'); } } as unknown as LoadedProgram;
  expect(lintConditions(lp)).toEqual([]);
  return graph.work;
}

describe('lint of conditions grows linearly with the tree', () => {
  it.each<Refs>(['first', 'previous', 'every-tenth-early'])('conditions referring to %s: 8,000 nodes cost at most ~4.5× the work of 2,000', (refs) => {
    const small = work(2000, refs);
    const large = work(8000, refs);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(4.5);
  });

  it('still finds a condition on a question that cannot come before it', () => {
    const p = program(50, 'previous');
    const late = p.nodes[10] as { route: { when: { answer: string } }[] };
    late.route[0]!.when.answer = 'q40';
    const graph = new ProgramGraph(p);
    const diagnostics: string[] = [];
    const lp = { program: p, graph, source: { atPath: (path: unknown[], code: string) => (diagnostics.push(`${code} ${path.join('.')}`), {}) } } as unknown as LoadedProgram;
    lintConditions(lp);
    expect(diagnostics).toEqual(['COND_NOT_BEFORE nodes.10.route.0.when.answer']);
  });
});
