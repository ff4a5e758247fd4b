import { edgeWords } from '../../core/model/edge-words.js';
import type { Edge, ProgramGraph } from '../../core/model/graph.js';
import { nodeLabel } from '../../core/model/labels.js';
import type { FlowchartTool } from '../../core/model/types.js';
import { toolMsg } from '../../messages/sheet.js';
import type { Atom } from '../layout/inline.js';
import { COLOR, SIZE } from '../layout/styles.js';
import { columns, nl, small, text } from '../sections/common.js';
import type { ToolContext } from './index.js';

// A flowchart tool printed as a numbered outline of the subtree: each node once, with where each
// answer leads. Deliberately minimal — the layered drawing of the graph belongs to `ikusei graph`;
// this keeps `checklist` useful for every tool kind until then.

export function outlineTool(tc: ToolContext, tool: FlowchartTool): void {
  const { flow, lp } = tc;
  const graph = lp.graph;
  // In the order the program is written (its authors' reading order), reachable from `start`.
  const reachable = new Set<string>();
  const visit = (id: string) => {
    if (reachable.has(id) || !graph.byId.has(id)) return;
    reachable.add(id);
    for (const next of graph.successors(id)) visit(next);
  };
  visit(tool.start);
  const order = lp.program.nodes.filter((n, i) => reachable.has(n.id) && graph.indexOf.get(n.id) === i);
  const number = new Map(order.map((n, i) => [n.id, i + 1]));
  flow.row({ cells: [{ width: flow.width, padX: 0, atoms: [small(toolMsg.outline.note)] }] });
  flow.gap(4);
  const [numW, body] = columns(flow.width, [12, undefined]) as [number, number];
  for (const node of order) {
    const atoms: Atom[] = [small(toolMsg.outline.types[node.type] ?? node.type), nl, text(nodeLabel(node), { face: 'bold' })];
    if (node.title && node.type !== 'info') atoms.push(nl, text(node.text, { size: SIZE.small + 1 }));
    const edges = graph.out.get(node.id) ?? [];
    for (const e of edges) {
      const target = graph.byId.get(e.to);
      const label = edgeLabel(graph, e);
      const goto = toolMsg.outline.goto(target ? number.get(e.to) : undefined, target ? nodeLabel(target) : e.to);
      atoms.push(nl, text(label ? `${label} ${goto}` : goto, { size: SIZE.small + 1, color: COLOR.muted }));
    }
    if (node.type === 'outcome' && node.review_months) atoms.push(nl, small(toolMsg.outline.review(node.review_months)));
    flow.row({ border: 'below', cells: [{ width: numW, atoms: [text(toolMsg.outline.number(number.get(node.id)!), { face: 'bold' })] }, { width: body, atoms }] });
  }
}

/** A branch in the words of the sheet: question titles, option and flag labels, never ids. */
function edgeLabel(graph: ProgramGraph, e: Edge): string {
  const o = toolMsg.outline;
  const words = edgeWords(graph, e);
  switch (words.kind) {
    case 'condition':
      return o.condition(words.text);
    case 'answer':
      return o.answer(words.text);
    case 'unknown':
      return o.answer(o.unknown);
    case 'otherwise':
      return o.otherwise;
    case 'none':
      return '';
  }
}
