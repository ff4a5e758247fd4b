import { layoutPage, MIN_SCALE, STYLE, type Frame, type PageLayout, type TextTools } from './layout.js';
import type { FlowChart } from './model.js';

export type { Frame } from './layout.js';

export interface Pagination {
  pages: PageLayout[];
  /**
   * The scale of each page: one for all, so that the same label is the same size throughout,
   * except a page too big for MIN_SCALE even alone (a question with a dozen long conditions).
   */
  scales: number[];
  /** Pages that had to go below MIN_SCALE. */
  cramped: number;
}

export function scaleFor(l: PageLayout, frame: Frame): number {
  return Math.min(1, frame.width / Math.max(l.width, 1), frame.height / Math.max(l.height, 1));
}

/**
 * Splits a flowchart over pages. Nodes are taken in depth-first order from the start, so a page
 * holds a branch and what follows it; each page takes as many nodes as still fit at MIN_SCALE
 * (grown by doubling, then bisected), and is laid out on its own, with connector boxes where
 * arrows leave or enter it; then pages that fit together are joined. Page 1 holds the start.
 */
export function paginate(chart: FlowChart, tools: TextTools, frame: Frame): Pagination {
  const order = depthFirst(chart);
  const tall = chainLength(chart);
  const fits = (ids: string[]) => !tall(ids, frame.height / MIN_SCALE) && scaleFor(layoutPage(chart, ids, tools, frame), frame) >= MIN_SCALE;
  const chunks: string[][] = [];
  if (fits(order)) chunks.push(order);
  else {
    // Pages of one chart hold similar numbers of nodes: the search starts from the last page's
    // size (most layouts cost a tenth of a second), doubling up or bisecting down from there.
    let guess = 2;
    for (let i = 0; i < order.length; ) {
      const rest = order.length - i;
      const tryFit = (n: number) => fits(order.slice(i, i + n));
      let ok = 1;
      let bad = rest + 1;
      let size = Math.min(guess, rest);
      if (size > 1 && tryFit(size)) {
        ok = size;
        for (size = Math.min(size * 2, rest); size > ok && tryFit(size); size = Math.min(size * 2, rest)) ok = size;
        if (size > ok) bad = size;
      } else if (size > 1) bad = size;
      while (bad - ok > 1) {
        const mid = (ok + bad) >> 1;
        if (tryFit(mid)) ok = mid;
        else bad = mid;
      }
      chunks.push(order.slice(i, i + ok));
      i += ok;
      guess = Math.max(2, ok);
    }
  }
  // Cutting the depth-first order leaves half-empty pages (a branch's end, a fan of outcomes):
  // a later page joins an earlier one when the two fit on one sheet together.
  for (let j = chunks.length - 1; j > 0; j--) {
    const i = chunks.slice(0, j).findIndex((c) => fits([...c, ...chunks[j]!]));
    if (i < 0) continue;
    chunks[i] = [...chunks[i]!, ...chunks[j]!];
    chunks.splice(j, 1);
  }
  const pageOfNode = new Map<string, number>();
  chunks.forEach((ids, i) => ids.forEach((id) => pageOfNode.set(id, i + 1)));
  const pages = chunks.map((ids) => layoutPage(chart, ids, tools, frame, (id) => pageOfNode.get(id) ?? 0));
  const own = pages.map((p) => scaleFor(p, frame));
  const common = Math.min(...own.filter((s) => s >= MIN_SCALE - 1e-9), 1);
  return { pages, scales: own.map((s) => Math.min(s, common)), cramped: own.filter((s) => s < MIN_SCALE - 1e-9).length };
}

/** Nodes in depth-first preorder from the start, following arrows in the engine's order. */
export function depthFirst(chart: FlowChart): string[] {
  const out = new Map<string, string[]>();
  for (const e of chart.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const start = chart.nodes.find((n) => n.start)?.id ?? chart.nodes[0]?.id;
  const seen = new Set<string>();
  const order: string[] = [];
  const stack = start ? [start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    stack.push(...[...(out.get(id) ?? [])].reverse());
  }
  // A chart drawn from the whole program has every node reachable; keep any stray one anyway.
  for (const n of chart.nodes) if (!seen.has(n.id)) order.push(n.id);
  return order;
}

/**
 * A cheap test that spares a layout (dagre takes a tenth of a second for a whole program): the
 * longest chain of arrows among `ids` needs at least one box and one rank gap per node.
 */
function chainLength(chart: FlowChart): (ids: string[], maxHeight: number) => boolean {
  const out = new Map<string, string[]>();
  for (const e of chart.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const box = STYLE.label * STYLE.lineGap + STYLE.sub * STYLE.lineGap + STYLE.padY * 2;
  return (ids, maxHeight) => {
    const here = new Set(ids);
    const depth = new Map<string, number>();
    const longest = (id: string): number => {
      let d = depth.get(id);
      if (d === undefined) {
        depth.set(id, 1); // the tree is acyclic (lint); this only guards the recursion
        d = 1 + Math.max(0, ...(out.get(id) ?? []).filter((t) => here.has(t)).map(longest));
        depth.set(id, d);
      }
      return d;
    };
    const n = Math.max(0, ...ids.map(longest));
    return n * box + (n - 1) * STYLE.ranksep > maxHeight;
  };
}
