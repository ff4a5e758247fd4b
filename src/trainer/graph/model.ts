import { edgeWords } from '../../core/model/edge-words.js';
import { graphOf, type Edge, type ProgramGraph } from '../../core/model/graph.js';
import { nodeLabel } from '../../core/model/labels.js';
import type { NodeType, Program, ProgramNode } from '../../core/model/types.js';
import { trainer } from '../../messages/trainer.js';

const m = trainer.graph;

/** A node of a drawn flowchart: what it is and the short words in its box. */
export interface FlowNode {
  id: string;
  type: NodeType;
  /** The node's title, or the first line of its text, shortened. */
  label: string;
  /** 「質問（ひとつ選ぶ）」「案内」「結論」. */
  kind: string;
  start: boolean;
}

/** One arrow: parallel `next`s between the same two nodes are drawn as one, their words joined. */
export interface FlowEdge {
  from: string;
  to: string;
  label: string;
}

export interface FlowChart {
  program: Program;
  title: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

const LABEL_MAX = 40;
/** Titles and labels quoted on an arrow are cut to this many characters: the arrow's words stay a few short lines. */
const CLIP = 12;

/** The short words for a node in its box: its label, cut at LABEL_MAX. */
export function boxLabel(node: ProgramNode): string {
  return nodeLabel(node, { max: LABEL_MAX });
}

/**
 * The words on an edge, as a trainer says them: the option chosen, はい / いいえ, わからない, the
 * route's condition, or for a node's plain `next` the answers that fall through to it.
 */
export function arrowWords(graph: ProgramGraph, edge: Edge): string {
  const words = edgeWords(graph, edge, { clip: CLIP, omitOwnQuestion: true });
  switch (words.kind) {
    case 'condition':
    case 'answer':
      return words.text;
    case 'unknown':
      return m.unknown;
    case 'otherwise': {
      // Past two answers 「それ以外」 says it shorter, the other arrows naming theirs.
      const falling = [...words.answers, ...(words.unknown ? [m.unknown] : [])];
      return falling.length && falling.length <= 2 ? falling.join('・') : m.otherwise;
    }
    case 'none':
      return '';
  }
}

export function kindOf(node: ProgramNode): string {
  return m.kinds[node.type] ?? node.type;
}

/**
 * The flowchart of a program, or of the part reachable from `start` (a flowchart tool draws a
 * subtree). Nodes in file order; edges in the engine's order, parallel ones merged.
 */
export function flowChart(program: Program, options: { start?: string; title?: string } = {}): FlowChart {
  const graph = graphOf(program);
  const start = options.start ?? graph.start;
  const keep = graph.reachableFrom(start);
  const nodes: FlowNode[] = program.nodes
    .filter((n) => keep.has(n.id) && graph.byId.get(n.id) === n)
    .map((n) => ({ id: n.id, type: n.type, label: boxLabel(n), kind: kindOf(n), start: n.id === start }));
  const merged = new Map<string, FlowEdge>();
  for (const node of nodes) {
    for (const e of graph.out.get(node.id) ?? []) {
      if (!keep.has(e.to)) continue;
      const words = arrowWords(graph, e);
      const key = `${e.from}\u0000${e.to}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { from: e.from, to: e.to, label: words });
      else if (words && !seen.label.split(' / ').includes(words)) seen.label = seen.label ? `${seen.label} / ${words}` : words;
    }
  }
  return { program, title: options.title ?? program.title, nodes, edges: [...merged.values()] };
}
