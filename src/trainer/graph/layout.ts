import dagre from '@dagrejs/dagre';
import type { NodeType } from '../../core/model/types.js';
import type { FlowChart } from './model.js';

/** Sizes in points at scale 1; a page may shrink them down to MIN_SCALE, never below. */
export const STYLE = {
  label: 10.5,
  sub: 7,
  edge: 8.5,
  connector: 8.5,
  lineGap: 1.25,
  labelWidth: 120,
  edgeLabelWidth: 120,
  edgeLabelMin: 64,
  connectorWidth: 78,
  padX: 8,
  padY: 6,
  /** Extra width for the pointed ends of a hexagon or the slant of a parallelogram. */
  shapeX: { single: 12, multi: 12, yesno: 12, number: 10, date: 10, text: 10, info: 0, outcome: 4 } satisfies Record<NodeType, number>,
  nodesep: 22,
  ranksep: 34,
  edgesep: 10,
};
export const MIN_SCALE = 0.75;
/** How much wider than asked a label line may come out (breakLabel keeps short runs whole). */
export const LABEL_SLACK = 1.3;

/** Text measuring, breaking and the connectors' words, given by the drawing side (the real font, 禁則 rules, messages). */
export interface TextTools {
  width(text: string, size: number, bold: boolean): number;
  breakLines(text: string, width: number, size: number, bold: boolean): string[];
  toPage(page: number): string;
  fromPages(pages: number[]): string;
}

/** `bus`: an invisible joint that splits a wide fan of arrows into rows (see comb). */
export type BoxKind = 'node' | 'to-page' | 'from-page' | 'bus';

export interface Box {
  key: string;
  kind: BoxKind;
  /** The program node the box shows, or the node a connector points to / comes into. */
  node: string;
  type?: NodeType;
  start?: boolean;
  lines: string[];
  sub?: string;
  width: number;
  height: number;
  /** Centre, in page-layout units (points at scale 1). */
  x: number;
  y: number;
}

export interface DrawnEdge {
  from: string;
  to: string;
  /** A line into a bus joint: drawn without an arrowhead. */
  plain?: boolean;
  points: { x: number; y: number }[];
  label?: { lines: string[]; x: number; y: number; width: number; height: number };
}

export interface PageLayout {
  nodes: string[];
  boxes: Box[];
  edges: DrawnEdge[];
  width: number;
  height: number;
}

/** Connector text is laid out with this page number so that the real one always fits. */
const PLACEHOLDER_PAGE = 99;
const GAP_X = 30;
const GAP_Y = 26;

/** The printable area of a page, in points. */
export interface Frame {
  width: number;
  height: number;
}

interface Link {
  from: string;
  to: string;
  label?: { lines: string[]; width: number; height: number };
}

/**
 * Lays out the nodes `ids` of a chart as one page: dagre's layered layout (the one Mermaid uses),
 * with a 「→ p.N」 box for each node outside the page that an arrow leads to, and a 「p.N から」
 * box above each node that arrows from outside the page come into. Parts of the page that no
 * arrow joins are laid out apart and packed in rows, so ten short branch ends do not make one
 * row ten boxes wide.
 */
export function layoutPage(chart: FlowChart, ids: string[], tools: TextTools, frame: Frame, pageOf?: (id: string) => number): PageLayout {
  const { boxes, links } = pageContent(chart, ids, tools, frame, pageOf);
  const parts = components(boxes, links).map((c) => cachedPart(c.boxes, c.links));
  return { nodes: ids, ...pack(parts, frame) };
}

function pageContent(chart: FlowChart, ids: string[], tools: TextTools, frame: Frame, pageOf?: (id: string) => number) {
  const page = pageOf ?? (() => PLACEHOLDER_PAGE);
  // A question with many labelled arrows puts all their words in one row: narrower (taller)
  // labels keep that row within the page at a readable scale.
  const fanOut = new Map<string, number>();
  for (const e of chart.edges) if (e.label) fanOut.set(e.from, (fanOut.get(e.from) ?? 0) + 1);
  const labelWidth = (from: string) => {
    const share = frame.width / MIN_SCALE / (fanOut.get(from) ?? 1) - STYLE.nodesep - STYLE.edgesep;
    return Math.max(STYLE.edgeLabelMin, Math.min(STYLE.edgeLabelWidth, share / LABEL_SLACK));
  };
  const here = new Set(ids);
  const boxes = new Map<string, Box>();
  const put = (b: Omit<Box, 'x' | 'y'>) => boxes.set(b.key, { ...b, x: 0, y: 0 });
  for (const n of chart.nodes) if (here.has(n.id)) put(nodeBox(n, tools));
  const links: Link[] = [];
  const incoming = new Map<string, Set<string>>();
  for (const e of chart.edges) {
    if (!here.has(e.from) && !here.has(e.to)) continue;
    if (!here.has(e.from)) {
      // Arrows from other pages meet in one box; their words belong to the page they leave.
      const from = `from-page:${e.to}`;
      if (!incoming.has(from)) links.push({ from, to: e.to });
      incoming.set(from, (incoming.get(from) ?? new Set()).add(e.from));
      continue;
    }
    let to = e.to;
    if (!here.has(e.to)) {
      to = `to-page:${e.to}`;
      const target = chart.nodes.find((n) => n.id === e.to)?.label ?? e.to;
      if (!boxes.has(to)) put(connectorBox(to, 'to-page', e.to, tools.breakLines(target, STYLE.connectorWidth, STYLE.sub + 1, false).slice(0, 2), [page(e.to)], tools));
    }
    links.push({ from: e.from, to, ...(e.label ? { label: edgeLabel(e.label, tools, labelWidth(e.from)) } : {}) });
  }
  for (const [key, sources] of incoming) {
    // While pages are still being decided every source counts as a page of its own, so the
    // box is wide enough for the final list.
    const pages = [...sources].map(page);
    const shown = pageOf ? [...new Set(pages)].sort((a, b) => a - b) : pages;
    put(connectorBox(key, 'from-page', key.slice('from-page:'.length), [], shown, tools));
  }
  return { boxes: [...boxes.values()], links };
}

/** Groups of boxes joined by arrows, in the order their first box was put on the page. */
function components(boxes: Box[], links: Link[]): { boxes: Box[]; links: Link[] }[] {
  const parent = new Map(boxes.map((b) => [b.key, b.key]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const l of links) parent.set(find(l.from), find(l.to));
  const groups = new Map<string, { boxes: Box[]; links: Link[] }>();
  for (const b of boxes) {
    const root = find(b.key);
    if (!groups.has(root)) groups.set(root, { boxes: [], links: [] });
    groups.get(root)!.boxes.push(b);
  }
  for (const l of links) groups.get(find(l.from))!.links.push(l);
  return [...groups.values()];
}

interface Part {
  boxes: Box[];
  edges: DrawnEdge[];
  width: number;
  height: number;
}

// Growing a page tries many node sets that share most of their parts: a part is laid out once.
// Keyed by content, so a cache entry is valid for any chart; bounded, as a batch may draw many.
const partCache = new Map<string, Part>();

function cachedPart(boxes: Box[], links: Link[]): Part {
  const key = JSON.stringify([boxes.map((b) => [b.key, b.lines, b.width, b.height]), links.map((l) => [l.from, l.to, l.label?.lines])]);
  let part = partCache.get(key);
  if (!part) {
    part = layoutPart(boxes, links);
    if (partCache.size > 2000) partCache.clear();
    partCache.set(key, part);
  }
  return part;
}

/** More arrows than this from one box are laid out in rows down a bus, not in one wide row. */
const FAN = 4;

/**
 * A question that routes to a dozen outcomes would put them all in one row, too wide for any
 * page at a readable size. Its arrows are hung from a chain of invisible joints instead, FAN at
 * a time: each joint one rank lower, so the fan becomes a comb of short rows.
 */
function comb(boxes: Box[], links: Link[]): { boxes: Box[]; links: Link[] } {
  const byFrom = new Map<string, Link[]>();
  for (const l of links) byFrom.set(l.from, [...(byFrom.get(l.from) ?? []), l]);
  const wide = [...byFrom].filter(([, ls]) => ls.length > FAN);
  if (wide.length === 0) return { boxes, links };
  const out = links.filter((l) => !wide.some(([from]) => from === l.from));
  const extra: Box[] = [];
  for (const [from, ls] of wide) {
    let prev = from;
    for (let k = 0; k * FAN < ls.length; k++) {
      const bus = `bus:${from}:${k}`;
      extra.push({ key: bus, kind: 'bus', node: from, lines: [], width: 1, height: 1, x: 0, y: 0 });
      out.push({ from: prev, to: bus });
      for (const l of ls.slice(k * FAN, (k + 1) * FAN)) out.push({ ...l, from: bus });
      prev = bus;
    }
  }
  return { boxes: [...boxes, ...extra], links: out };
}

function layoutPart(given: Box[], givenLinks: Link[]): Part {
  const { boxes, links } = comb(given, givenLinks);
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: STYLE.nodesep, ranksep: STYLE.ranksep, edgesep: STYLE.edgesep, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const b of boxes) g.setNode(b.key, { width: b.width, height: b.height });
  for (const l of links) g.setEdge(l.from, l.to, l.label ? { width: l.label.width, height: l.label.height, labelpos: 'c' } : {});
  dagre.layout(g);
  const placed = boxes.map((b) => ({ ...b, x: g.node(b.key).x ?? 0, y: g.node(b.key).y ?? 0 }));
  const edges: DrawnEdge[] = links.map((l) => {
    const e = g.edge(l.from, l.to);
    return { from: l.from, to: l.to, points: e.points ?? [], ...(l.to.startsWith('bus:') ? { plain: true } : {}), ...(l.label ? { label: { ...l.label, x: e.x ?? 0, y: e.y ?? 0 } } : {}) };
  });
  const graph = g.graph();
  return { boxes: placed, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}

/**
 * Packs parts into rows, trying every row width from one row to one part per row and keeping
 * the packing that prints largest on the frame (then the one with fewer rows).
 */
function pack(parts: Part[], frame: Frame): Omit<PageLayout, 'nodes'> {
  if (parts.length === 1) return parts[0]!;
  const widest = Math.max(...parts.map((p) => p.width));
  const total = parts.reduce((w, p) => w + p.width, 0) + GAP_X * (parts.length - 1);
  let best: { rows: Part[][]; width: number; height: number; scale: number } | undefined;
  for (let n = 1; n <= parts.length; n++) {
    const limit = Math.max(widest, total / n);
    const rows: Part[][] = [[]];
    let x = 0;
    for (const p of parts) {
      const row = rows[rows.length - 1]!;
      if (row.length && x + GAP_X + p.width > limit + 1e-6) {
        rows.push([p]);
        x = p.width;
      } else {
        x += (row.length ? GAP_X : 0) + p.width;
        row.push(p);
      }
    }
    const width = Math.max(...rows.map((r) => r.reduce((w, p) => w + p.width, 0) + GAP_X * (r.length - 1)));
    const height = rows.reduce((h, r) => h + Math.max(...r.map((p) => p.height)), 0) + GAP_Y * (rows.length - 1);
    const scale = Math.min(1, frame.width / width, frame.height / height);
    if (!best || scale > best.scale + 1e-3) best = { rows, width, height, scale };
  }
  const boxes: Box[] = [];
  const edges: DrawnEdge[] = [];
  let y = 0;
  for (const row of best!.rows) {
    let x = 0;
    for (const p of row) {
      boxes.push(...p.boxes.map((b) => ({ ...b, x: b.x + x, y: b.y + y })));
      edges.push(
        ...p.edges.map((e) => ({
          ...e,
          points: e.points.map((pt) => ({ x: pt.x + x, y: pt.y + y })),
          ...(e.label ? { label: { ...e.label, x: e.label.x + x, y: e.label.y + y } } : {}),
        })),
      );
      x += p.width + GAP_X;
    }
    y += Math.max(...row.map((p) => p.height)) + GAP_Y;
  }
  return { boxes, edges, width: best!.width, height: best!.height };
}

function nodeBox(n: FlowChart['nodes'][number], tools: TextTools): Omit<Box, 'x' | 'y'> {
  const lines = tools.breakLines(n.label, STYLE.labelWidth, STYLE.label, true);
  const sub = `${n.kind} · ${n.id}`;
  const textWidth = Math.max(...lines.map((l) => tools.width(l, STYLE.label, true)), tools.width(sub, STYLE.sub, false));
  const height = lines.length * STYLE.label * STYLE.lineGap + STYLE.sub * STYLE.lineGap + STYLE.padY * 2;
  return { key: n.id, kind: 'node', node: n.id, type: n.type, start: n.start, lines, sub, width: textWidth + STYLE.padX * 2 + STYLE.shapeX[n.type] * 2, height };
}

function connectorBox(key: string, kind: BoxKind, node: string, extra: string[], pages: number[], tools: TextTools): Omit<Box, 'x' | 'y'> {
  const head = kind === 'to-page' ? tools.toPage(pages[0]!) : tools.fromPages(pages);
  const widths = [tools.width(head, STYLE.connector, true), ...extra.map((l) => tools.width(l, STYLE.sub + 1, false))];
  const height = (STYLE.connector + extra.length * (STYLE.sub + 1)) * STYLE.lineGap + 8;
  return { key, kind, node, lines: [head, ...extra], width: Math.max(...widths) + 14, height };
}

function edgeLabel(text: string, tools: TextTools, maxWidth: number) {
  // Never narrower than its longest word: 「目印「parent_health」あり」 cut in two is unreadable,
  // and a page that cannot take the width shrinks a little instead.
  // Japanese has no spaces: a quoted name (「…」) or a clause up to 、 is the unit not to cut.
  const longest = Math.max(...text.split(/ +| \/ |(?<=[」、])/).map((w) => tools.width(w, STYLE.edge, false)));
  // A long condition gets wider lines rather than more of them: at most about four lines, never a tall narrow column.
  const total = tools.width(text, STYLE.edge, false);
  const wrap = Math.max(maxWidth, Math.min(STYLE.edgeLabelWidth, longest / LABEL_SLACK + 1), Math.min(maxWidth * 1.5, total / 4));
  const lines = text.split(' / ').flatMap((part) => tools.breakLines(part, wrap, STYLE.edge, false));
  const width = Math.max(...lines.map((l) => tools.width(l, STYLE.edge, false))) + 6;
  return { lines, width, height: lines.length * STYLE.edge * STYLE.lineGap + 4 };
}
