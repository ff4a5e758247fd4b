import { graphOf } from '../core/model/graph.js';
import type { Edge, ProgramGraph } from '../core/model/graph.js';
import type { PathSegment } from '../core/yaml/source.js';
import type { Program } from '../core/model/types.js';
import { trainer } from '../messages/trainer.js';
import { choiceKey, edgeKey, type Coverage } from './coverage.js';
import { arrowWords } from './graph/model.js';

/** One hop of a suggested path: a node, and the words of the way it leaves by (if any). */
export interface Hop {
  node: string;
  via?: string;
}

/** A branch no scenario takes, and the shortest walk through it from the start to an outcome. */
export interface UncoveredPath {
  /** The node the branch leaves. */
  node: string;
  /** The branch in words: an option, はい / いいえ, わからない, a route's condition, それ以外. */
  branch: string;
  to: string;
  /** Where in the file the branch is written. */
  at: PathSegment[];
  /** Hops from the start; the hop at `branchIndex` leaves by the uncovered branch. */
  hops: Hop[];
  branchIndex: number;
}

/**
 * For every edge the scenarios did not take, and every choice with no edge of its own that they
 * did not choose, a shortest path start → … → that branch → … → an outcome. Paths follow the
 * tree's arrows only: a route's condition may make one impossible for some earlier answers, but
 * the path names the nodes a new scenario has to visit. File order, so fixes go top to bottom.
 */
export function uncoveredPaths(program: Program, coverage: Coverage): UncoveredPath[] {
  const graph = graphOf(program);
  const toNode = shortestFrom(graph, graph.start);
  const toEnd = shortestToOutcome(graph);
  const uncoveredEdges = new Set(coverage.edges.uncovered.map(edgeKey));
  const uncoveredChoices = new Set(coverage.options.uncovered.map((c) => choiceKey(c.node, c.value)));
  const out: UncoveredPath[] = [];
  const add = (from: string, to: string, branch: string, at: PathSegment[]) => {
    const before = toNode(from);
    const after = toEnd(to);
    if (!before || !after) return; // unreachable or endless: lint reports those, not coverage
    const hops: Hop[] = [...before, { node: from, via: branch }, ...after];
    out.push({ node: from, branch, to, at, hops, branchIndex: before.length });
  };
  program.nodes.forEach((node, index) => {
    if (graph.byId.get(node.id) !== node) return;
    const edges = (graph.out.get(node.id) ?? []).filter((e) => graph.byId.has(e.to));
    for (const e of edges) if (uncoveredEdges.has(edgeKey(e))) add(node.id, e.to, arrowWords(graph, e) || trainer.test.plainNext, e.path);
    // Choices that have no `next` of their own go on by the node's `next`; name them one by one
    // unless that `next` is itself listed (its words already name them).
    const fallback = edges.find((e) => e.kind === 'next');
    if (!fallback || uncoveredEdges.has(edgeKey(fallback))) return;
    const own = new Set(edges.filter((e) => e.kind !== 'next' && e.kind !== 'route').map((e) => (e.kind === 'unknown' ? 'unknown' : e.label)));
    if (node.type === 'single' || node.type === 'multi') {
      node.options.forEach((o, i) => {
        if (!own.has(o.value) && uncoveredChoices.has(choiceKey(node.id, o.value))) add(node.id, fallback.to, o.label, ['nodes', index, 'options', i]);
      });
    }
    if (node.type === 'yesno') {
      for (const b of ['yes', 'no'] as const) {
        if (!own.has(b) && uncoveredChoices.has(choiceKey(node.id, b))) add(node.id, fallback.to, arrowWords(graph, { ...fallback, kind: b }), ['nodes', index, b]);
      }
    }
    if (node.type !== 'info' && node.type !== 'outcome' && node.unknown && !own.has('unknown') && uncoveredChoices.has(choiceKey(node.id, 'unknown'))) {
      add(node.id, fallback.to, arrowWords(graph, { ...fallback, kind: 'unknown' }), ['nodes', index, 'unknown']);
    }
  });
  return out;
}

/** Breadth-first from the start: the hops that reach a node (without the node itself). */
function shortestFrom(graph: ProgramGraph, start: string): (id: string) => Hop[] | undefined {
  const parent = new Map<string, Edge | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of graph.out.get(queue[i]!) ?? []) {
      if (!graph.byId.has(e.to) || parent.has(e.to)) continue;
      parent.set(e.to, e);
      queue.push(e.to);
    }
  }
  return (id) => {
    if (!parent.has(id)) return undefined;
    const hops: Hop[] = [];
    for (let e = parent.get(id); e; e = parent.get(e.from)) hops.unshift(hopOf(graph, e));
    return hops;
  };
}

/** Breadth-first backwards from every outcome: the hops from a node to the nearest outcome. */
function shortestToOutcome(graph: ProgramGraph): (id: string) => Hop[] | undefined {
  const incoming = new Map<string, Edge[]>();
  for (const e of graph.edges) if (graph.byId.has(e.to)) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
  const onward = new Map<string, Edge | null>();
  const queue = [...graph.byId.values()].filter((n) => n.type === 'outcome').map((n) => n.id);
  for (const id of queue) onward.set(id, null);
  for (let i = 0; i < queue.length; i++) {
    for (const e of incoming.get(queue[i]!) ?? []) {
      if (onward.has(e.from)) continue;
      onward.set(e.from, e);
      queue.push(e.from);
    }
  }
  return (id) => {
    if (!onward.has(id)) return undefined;
    const hops: Hop[] = [];
    let cur: string = id;
    for (let e = onward.get(cur); e; e = onward.get(cur)) {
      hops.push(hopOf(graph, e));
      cur = e.to;
    }
    hops.push({ node: cur });
    return hops;
  };
}

function hopOf(graph: ProgramGraph, e: Edge): Hop {
  const via = arrowWords(graph, e);
  return via ? { node: e.from, via } : { node: e.from };
}
