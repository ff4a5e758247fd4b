import type { NodeType } from '../../core/model/types.js';
import type { FlowChart } from './model.js';

// Words Mermaid reads as syntax when they stand as a node id (found with the real parser): such
// ids, and ids that begin with one of them and a hyphen, are renamed with a prefix.
const RESERVED = ['end', 'graph', 'subgraph', 'style', 'class', 'classdef', 'click', 'call', 'href', 'linkstyle', 'interpolate', 'flowchart'];

/** The Mermaid id of a node: the node id itself unless Mermaid would misread it. */
export function mermaidId(id: string, taken: ReadonlySet<string> = new Set()): string {
  const risky = RESERVED.some((w) => id === w || id.startsWith(`${w}-`)) || id.includes('--');
  if (!risky) return id;
  let safe = `n_${id.replace(/--+/g, '-')}`;
  while (taken.has(safe)) safe += '_';
  return safe;
}

/**
 * Text for Mermaid's quoted labels. Quotes, angle brackets and the entity sign are written as
 * Mermaid's own entity codes (#34; …), so labels can hold 「q_days < 10」 or "quoted" words.
 */
function label(s: string): string {
  return s.replace(/[#"<>]/g, (ch) => `#${ch.codePointAt(0)};`).replace(/\r?\n/g, '<br/>');
}

const SHAPES: Record<NodeType, [string, string]> = {
  single: ['{{', '}}'],
  multi: ['{{', '}}'],
  yesno: ['{{', '}}'],
  number: ['[/', '/]'],
  date: ['[/', '/]'],
  text: ['[/', '/]'],
  info: ['[', ']'],
  outcome: ['([', '])'],
};

/** `flowchart TD`: hexagons for choices, parallelograms for typed answers, boxes for guidance, pills for outcomes. */
export function toMermaid(chart: FlowChart): string {
  const ids = new Map<string, string>();
  const taken = new Set(chart.nodes.map((n) => n.id));
  for (const n of chart.nodes) {
    const id = mermaidId(n.id, taken);
    ids.set(n.id, id);
    taken.add(id);
  }
  const lines = ['---', `title: ${JSON.stringify(chart.title)}`, '---', 'flowchart TD'];
  for (const n of chart.nodes) {
    const [open, close] = SHAPES[n.type];
    lines.push(`  ${ids.get(n.id)}${open}"${label(n.label)}<br/><small>${label(n.kind)} · ${n.id}</small>"${close}`);
  }
  for (const e of chart.edges) {
    const arrow = e.label ? `-->|"${label(e.label)}"|` : '-->';
    lines.push(`  ${ids.get(e.from)} ${arrow} ${ids.get(e.to)}`);
  }
  const byType = (types: NodeType[]) => chart.nodes.filter((n) => types.includes(n.type)).map((n) => ids.get(n.id)!);
  lines.push('  classDef outcome fill:#e8f4ea,stroke:#2e7d32,stroke-width:2px');
  lines.push('  classDef info fill:#f3f3f3,stroke:#777');
  lines.push('  classDef start stroke-width:3px');
  const outcomes = byType(['outcome']);
  const infos = byType(['info']);
  const start = chart.nodes.filter((n) => n.start).map((n) => ids.get(n.id)!);
  if (outcomes.length) lines.push(`  class ${outcomes.join(',')} outcome`);
  if (infos.length) lines.push(`  class ${infos.join(',')} info`);
  if (start.length) lines.push(`  class ${start.join(',')} start`);
  return lines.join('\n') + '\n';
}
