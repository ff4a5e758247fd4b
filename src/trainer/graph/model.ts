import { choicesOf } from '../../core/engine/walk.js';
import { plainCondition } from '../../core/model/describe.js';
import { graphOf, type Edge, type ProgramGraph } from '../../core/model/graph.js';
import { isQuestion, type NodeType, type Program, type ProgramNode } from '../../core/model/types.js';
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

/** The short words for a node: its title, else the first line of its text, cut at LABEL_MAX. */
export function nodeLabel(node: ProgramNode): string {
  const raw = (node.title ?? node.text.split('\n')[0] ?? node.id).trim();
  const chars = [...raw];
  return chars.length > LABEL_MAX ? chars.slice(0, LABEL_MAX - 1).join('') + '…' : raw;
}

/**
 * The words on an edge, as a trainer says them: the option chosen, はい / いいえ, わからない, the
 * route's condition, or for a node's plain `next` the answers that fall through to it.
 */
export function edgeWords(graph: ProgramGraph, edge: Edge): string {
  const node = graph.byId.get(edge.from);
  if (!node || node.type === 'outcome') return '';
  switch (edge.kind) {
    case 'route':
      return plainCondition(node.route![Number(edge.label)]!.when, { nodes: graph.byId, flags: graph.program.flags, clip: CLIP, self: node.id });
    case 'option':
      return node.type === 'single' ? (node.options.find((o) => o.value === edge.label)?.label ?? edge.label ?? '') : '';
    case 'yes':
      return node.type === 'yesno' ? (node.yes?.label ?? m.yes) : m.yes;
    case 'no':
      return node.type === 'yesno' ? (node.no?.label ?? m.no) : m.no;
    case 'unknown':
      return m.unknown;
    case 'next': {
      // Only a real branch needs words; and past two answers 「それ以外」 says it shorter, the
      // other arrows naming theirs.
      if (!(graph.out.get(node.id) ?? []).some((e) => e.kind !== 'next')) return '';
      // With routes, the node's next is what is left when none holds: 「それ以外」 is exact.
      const falling = node.route?.length ? [] : fallThrough(node);
      return falling.length && falling.length <= 2 ? falling.join('・') : m.otherwise;
    }
  }
}

/** The labels of the choices that have no `next` of their own and so take the node's `next`. */
function fallThrough(node: ProgramNode): string[] {
  if (!isQuestion(node)) return [];
  // Every answer of a multi, number, date or text question goes on by `next` (when no route
  // holds and わからない has no way of its own): 「それ以外」 says that better than a list.
  if (node.type !== 'single' && node.type !== 'yesno') return [];
  return choicesOf(node)
    .filter((c) => {
      if (c.value === 'unknown') return !node.unknown_next;
      if (node.type === 'single') return !node.options.find((o) => o.value === c.value)?.next;
      return !(c.value === 'yes' ? node.yes?.next : node.no?.next);
    })
    .map((c) => (c.value === 'unknown' ? m.unknown : c.label));
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
    .map((n) => ({ id: n.id, type: n.type, label: nodeLabel(n), kind: kindOf(n), start: n.id === start }));
  const merged = new Map<string, FlowEdge>();
  for (const node of nodes) {
    for (const e of graph.out.get(node.id) ?? []) {
      if (!keep.has(e.to)) continue;
      const words = edgeWords(graph, e);
      const key = `${e.from}\u0000${e.to}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { from: e.from, to: e.to, label: words });
      else if (words && !seen.label.split(' / ').includes(words)) seen.label = seen.label ? `${seen.label} / ${words}` : words;
    }
  }
  return { program, title: options.title ?? program.title, nodes, edges: [...merged.values()] };
}
