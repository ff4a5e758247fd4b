import type { NodeType } from '../../core/model/types.js';
import type { FlowChart } from './model.js';

/** A DOT quoted string: backslashes and quotes escaped, line breaks as \n (centred lines). */
function q(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const SHAPES: Record<NodeType, string> = {
  single: 'hexagon',
  multi: 'hexagon',
  yesno: 'hexagon',
  number: 'parallelogram',
  date: 'parallelogram',
  text: 'parallelogram',
  info: 'box',
  outcome: 'box',
};

/** Graphviz DOT, top to bottom, in the sheets' font when Graphviz can find it. */
export function toDot(chart: FlowChart): string {
  const lines = [
    `digraph ${q(chart.program.id)} {`,
    `  graph [label=${q(chart.title)}, labelloc=t, rankdir=TB, fontname="BIZ UDPGothic"];`,
    '  node [fontname="BIZ UDPGothic", fontsize=11, margin="0.15,0.08"];',
    '  edge [fontname="BIZ UDPGothic", fontsize=9];',
  ];
  for (const n of chart.nodes) {
    const style = n.type === 'outcome' ? ', style="rounded,filled,bold", fillcolor="#e8f4ea"' : n.type === 'info' ? ', style=filled, fillcolor="#f3f3f3"' : '';
    const start = n.start ? ', penwidth=2.5' : '';
    lines.push(`  ${q(n.id)} [label=${q(`${n.label}\n${n.kind} · ${n.id}`)}, shape=${SHAPES[n.type]}${style}${start}];`);
  }
  for (const e of chart.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)}${e.label ? ` [label=${q(e.label)}]` : ''};`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
