import type { ProgramGraph } from '../model/graph.js';
import { isQuestion } from '../model/types.js';

const cache = new WeakMap<ProgramGraph, Map<string, number>>();

/**
 * Questions from each node to the end along the longest path. An average over the branches let
 * the estimate jump up and down as answers chose branches (「約 13」 then 「約 11」); the longest
 * path only ever shrinks as answers rule branches out, so 「質問 n / 約 m」 never grows.
 * Computed once per program, iteratively (a 10,000-node chain must not overflow the stack).
 */
export function remainingQuestions(graph: ProgramGraph): Map<string, number> {
  const known = cache.get(graph);
  if (known) return known;
  const remaining = new Map<string, number>();
  const state = new Map<string, 'open' | 'done'>();
  for (const root of graph.byId.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; expanded: boolean }[] = [{ id: root, expanded: false }];
    while (stack.length) {
      const top = stack.pop()!;
      if (top.expanded) {
        const succ = graph.successors(top.id).filter((s) => state.get(s) === 'done');
        const longest = succ.reduce((max, s) => Math.max(max, remaining.get(s)!), 0);
        remaining.set(top.id, (isQuestion(graph.byId.get(top.id)!) ? 1 : 0) + longest);
        state.set(top.id, 'done');
        continue;
      }
      if (state.has(top.id)) continue;
      state.set(top.id, 'open');
      stack.push({ id: top.id, expanded: true });
      for (const s of graph.successors(top.id)) if (!state.has(s)) stack.push({ id: s, expanded: false });
    }
  }
  cache.set(graph, remaining);
  return remaining;
}
