// The printable flowchart: dagre's layout drawn with the sheets' PDF document (sheet/pdf/) and fonts;
// text goes through PdfDocument.text, which keeps the page scale, shapes through its pdfkit. Imported only by
// `ikusei graph --format pdf` (it loads pdfkit, fontkit, dagre and the font).
import { trainer } from '../../messages/trainer.js';
import { openFonts, resolveFontFiles, type FontPair } from '../../sheet/fonts.js';
import { breakText } from '../../core/text/linebreak.js';
import { createDocument, type PdfDocument } from '../../sheet/pdf/document.js';
import type { KitDocument } from '../../sheet/pdf/kit.js';
import { LABEL_SLACK, STYLE, type Box, type DrawnEdge, type PageLayout, type TextTools } from './layout.js';
import type { FlowChart } from './model.js';
import { paginate, type Frame, type Pagination } from './pages.js';

const m = trainer.graph;

export const PAPERS = { A4: { width: 595.28, height: 841.89 }, A3: { width: 841.89, height: 1190.55 } } as const;
export type PaperName = keyof typeof PAPERS;
export type Orientation = 'auto' | 'portrait' | 'landscape';

const MARGIN = 28;
const HEADER = 38;
/** Room above the content for the 「開始」 tag of the start node. */
const TOP_PAD = 14;
const FOOTER = 22;

export interface PdfOptions {
  paper: PaperName;
  orientation: Orientation;
  home: string;
  cwd: string;
  date: Date;
  /** Words under the title: the program, its version and revision. */
  subtitle: string;
}

export interface PdfResult {
  data: Buffer;
  pages: number;
  scale: number;
  landscape: boolean;
}

export async function flowchartPdf(chart: FlowChart, options: PdfOptions): Promise<PdfResult> {
  const fonts = await openFonts(resolveFontFiles({}, options.home, options.cwd));
  const tools = textTools(fonts);
  const paper = PAPERS[options.paper];
  const tries = (options.orientation === 'auto' ? [false, true] : [options.orientation === 'landscape']).map((landscape) => {
    const size = landscape ? { width: paper.height, height: paper.width } : { ...paper };
    const frame: Frame = { width: size.width - MARGIN * 2, height: size.height - MARGIN * 2 - HEADER - FOOTER - TOP_PAD };
    return { landscape, size, frame, layout: paginate(chart, tools, frame) };
  });
  // Print every page at a readable size first; then fewer sheets; then the larger print.
  const rank = (t: (typeof tries)[number]) => [t.layout.cramped, t.layout.pages.length, -Math.min(...t.layout.scales)];
  const best = tries.reduce((a, b) => (lexLess(rank(b), rank(a)) ? b : a));
  const pdf = await createDocument(fonts, { title: chart.title, subject: chart.program.title, creator: 'ikusei', date: options.date });
  drawPages(pdf, chart, best.layout, best.size, best.frame, options.subtitle);
  return { data: await pdf.finish(), pages: best.layout.pages.length, scale: Math.min(...best.layout.scales), landscape: best.landscape };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 1e-3) return a[i]! < b[i]!;
  return false;
}

export function textTools(fonts: FontPair): TextTools {
  const face = (bold: boolean) => (bold ? fonts.bold : fonts.regular);
  return {
    width: (text, size, bold) => face(bold).width(text, size),
    breakLines: (text, width, size, bold) => breakLabel(text, width, (s) => face(bold).width(s, size)),
    toPage: m.toPage,
    fromPages: m.fromPages,
  };
}

/**
 * Labels break at spaces first (a condition 「q_days ≥ 10 かつ 年齢 ≥ 15」 keeps 「年齢」 whole),
 * and with the sheets' 禁則 rules inside a run without spaces. Punctuation that would still open
 * a line goes back to the end of the line before; an opening bracket never ends one.
 */
export function breakLabel(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    const joined = current ? `${current} ${word}` : word;
    if (measure(joined) <= width) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    // A run only a little too long stays whole: 「目印「x」あり」 broken before its last kana reads worse.
    const parts = measure(word) <= width * LABEL_SLACK ? [word] : breakText(word, width, measure);
    lines.push(...parts.slice(0, -1));
    current = parts[parts.length - 1] ?? '';
  }
  if (current) lines.push(current);
  for (let i = 1; i < lines.length; i++) {
    let before = lines[i - 1] ?? '';
    let line = lines[i] ?? '';
    while (/^[、。，．）」』】〕・ー]/.test(line) && line.length > 1) {
      before += line.charAt(0);
      line = line.slice(1);
    }
    // …and an opening bracket left at a line's end goes down to the word it opens.
    while (/[「『（【〔]$/.test(before)) {
      line = before.slice(-1) + line;
      before = before.slice(0, -1);
    }
    lines[i - 1] = before;
    lines[i] = line;
  }
  return lines.filter((l) => l !== '').length ? lines.filter((l) => l !== '') : [''];
}

function drawPages(pdf: PdfDocument, chart: FlowChart, layout: Pagination, size: { width: number; height: number }, frame: Frame, subtitle: string): void {
  const kit = pdf.kit;
  layout.pages.forEach((page, i) => {
    pdf.addPage([size.width, size.height]);
    pdf.text(chart.title, MARGIN, MARGIN, 'bold', 13, '#000000');
    pdf.text(subtitle, MARGIN, MARGIN + 19, 'regular', 8, '#555555');
    const no = m.pageNumber(i + 1, layout.pages.length);
    pdf.text(no, size.width - MARGIN - pdf.fonts.regular.width(no, 9), MARGIN + 2, 'regular', 9, '#333333');
    kit.save();
    const s = layout.scales[i]!;
    const left = MARGIN + (frame.width - page.width * s) / 2;
    kit.translate(left, MARGIN + HEADER + TOP_PAD).scale(s);
    drawPage(pdf, kit, page);
    kit.restore();
    drawLegend(pdf, kit, size);
  });
}

function drawPage(pdf: PdfDocument, kit: KitDocument, page: PageLayout): void {
  for (const e of page.edges) drawEdge(kit, e);
  for (const b of page.boxes) drawBox(pdf, kit, b);
  // Labels last, over every line, on a white ground so that crossing lines never hide words.
  for (const e of page.edges) if (e.label) drawEdgeLabel(pdf, kit, e.label);
}

function drawEdge(kit: KitDocument, e: DrawnEdge): void {
  const pts = e.points;
  const [first, second] = pts;
  if (!first || !second) return; // fewer than two points: nothing to draw
  kit.save().lineWidth(0.9).strokeColor('#444444');
  kit.moveTo(first.x, first.y);
  if (pts.length === 2) kit.lineTo(second.x, second.y);
  else {
    // A B-spline through dagre's bend points, like Mermaid's curveBasis: smooth, and it stays
    // inside the corridor dagre kept free of boxes.
    for (let i = 1; i < pts.length - 1; i++) {
      const p = pts[i]!;
      const n = pts[i + 1]!;
      const end = i === pts.length - 2 ? n : { x: (p.x + n.x) / 2, y: (p.y + n.y) / 2 };
      kit.bezierCurveTo(p.x, p.y, p.x, p.y, end.x, end.y);
    }
  }
  kit.stroke();
  if (e.plain) return void kit.restore();
  const tip = pts[pts.length - 1]!;
  const from = pts[pts.length - 2]!;
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const len = 6;
  const wing = 0.42;
  kit
    .moveTo(tip.x, tip.y)
    .lineTo(tip.x - len * Math.cos(angle - wing), tip.y - len * Math.sin(angle - wing))
    .lineTo(tip.x - len * Math.cos(angle + wing), tip.y - len * Math.sin(angle + wing))
    .closePath()
    .fill('#444444');
  kit.restore();
}

function drawEdgeLabel(pdf: PdfDocument, kit: KitDocument, l: NonNullable<DrawnEdge['label']>): void {
  kit.save().roundedRect(l.x - l.width / 2, l.y - l.height / 2, l.width, l.height, 2).fill('#ffffff').restore();
  const lineHeight = STYLE.edge * STYLE.lineGap;
  l.lines.forEach((line, i) => {
    const w = pdf.fonts.regular.width(line, STYLE.edge);
    pdf.text(line, l.x - w / 2, l.y - l.height / 2 + 2 + i * lineHeight + (lineHeight - STYLE.edge) / 2, 'regular', STYLE.edge, '#1a237e');
  });
}

type Group = 'question' | 'typed' | 'info' | 'outcome' | 'connector';

const FILL: Record<Group, [string, string]> = {
  question: ['#fff8e1', '#8d6e00'],
  typed: ['#fffdf5', '#8d6e00'],
  info: ['#f1f3f4', '#6b6b6b'],
  outcome: ['#e8f5e9', '#2e7d32'],
  connector: ['#e3f2fd', '#1565c0'],
};

function drawBox(pdf: PdfDocument, kit: KitDocument, b: Box): void {
  if (b.kind === 'bus') return; // an invisible joint: the lines meet there
  const l = b.x - b.width / 2;
  const t = b.y - b.height / 2;
  const r = l + b.width;
  const bottom = t + b.height;
  kit.save();
  if (b.kind !== 'node') {
    const [fill, stroke] = FILL.connector;
    // A "home plate": points down the page, the way the reader goes on.
    kit.moveTo(l, t).lineTo(r, t).lineTo(r, bottom - 5).lineTo(b.x, bottom).lineTo(l, bottom - 5).closePath();
    kit.lineWidth(0.8).dash(2.5, { space: 1.5 }).fillAndStroke(fill, stroke).undash();
    b.lines.forEach((line, i) => {
      const size = i === 0 ? STYLE.connector : STYLE.sub + 1;
      const face = i === 0 ? 'bold' : 'regular';
      const w = pdf.fonts[face].width(line, size);
      pdf.text(line, b.x - w / 2, t + 3 + i * STYLE.connector * STYLE.lineGap, face, size, stroke);
    });
    kit.restore();
    return;
  }
  const d = STYLE.shapeX[b.type!];
  const group: Group = b.type === 'outcome' ? 'outcome' : b.type === 'info' ? 'info' : b.type === 'number' || b.type === 'date' || b.type === 'text' ? 'typed' : 'question';
  const [fill, stroke] = FILL[group];
  const outline = () => {
    if (group === 'question') kit.moveTo(l + d, t).lineTo(r - d, t).lineTo(r, b.y).lineTo(r - d, bottom).lineTo(l + d, bottom).lineTo(l, b.y).closePath();
    else if (group === 'typed') kit.moveTo(l + d, t).lineTo(r, t).lineTo(r - d, bottom).lineTo(l, bottom).closePath();
    else if (group === 'outcome') kit.roundedRect(l, t, b.width, b.height, Math.min(10, b.height / 2));
    else kit.rect(l, t, b.width, b.height);
  };
  outline();
  kit.lineWidth(group === 'outcome' || b.start ? 1.8 : 0.9).fillAndStroke(fill, stroke);
  if (b.start) {
    const tag = m.startTag;
    const w = pdf.fonts.bold.width(tag, 7.5) + 8;
    kit.roundedRect(b.x - w / 2, t - 13, w, 11, 3).fill(stroke);
    pdf.text(tag, b.x - w / 2 + 4, t - 12, 'bold', 7.5, '#ffffff');
  }
  const lineHeight = STYLE.label * STYLE.lineGap;
  b.lines.forEach((line, i) => {
    const w = pdf.fonts.bold.width(line, STYLE.label);
    pdf.text(line, b.x - w / 2, t + STYLE.padY + i * lineHeight, 'bold', STYLE.label, '#000000');
  });
  if (b.sub) {
    const w = pdf.fonts.regular.width(b.sub, STYLE.sub);
    pdf.text(b.sub, b.x - w / 2, t + STYLE.padY + b.lines.length * lineHeight + 1, 'regular', STYLE.sub, '#555555');
  }
  kit.restore();
}

/** What the shapes mean, at the foot of every page. */
function drawLegend(pdf: PdfDocument, kit: KitDocument, size: { width: number; height: number }): void {
  const y = size.height - MARGIN - 10;
  let x = MARGIN;
  const entries: [Group, string][] = [
    ['question', m.legend.question],
    ['typed', m.legend.typed],
    ['info', m.legend.info],
    ['outcome', m.legend.outcome],
    ['connector', m.legend.connector],
  ];
  for (const [group, words] of entries) {
    const [fill, stroke] = FILL[group];
    kit.save().lineWidth(0.8);
    if (group === 'question') kit.moveTo(x + 3, y).lineTo(x + 13, y).lineTo(x + 16, y + 4).lineTo(x + 13, y + 8).lineTo(x + 3, y + 8).lineTo(x, y + 4).closePath();
    else if (group === 'typed') kit.moveTo(x + 3, y).lineTo(x + 16, y).lineTo(x + 13, y + 8).lineTo(x, y + 8).closePath();
    else if (group === 'outcome') kit.roundedRect(x, y, 16, 8, 4);
    else if (group === 'connector') kit.moveTo(x, y).lineTo(x + 16, y).lineTo(x + 16, y + 5).lineTo(x + 8, y + 8).lineTo(x, y + 5).closePath();
    else kit.rect(x, y, 16, 8);
    kit.fillAndStroke(fill, stroke).restore();
    pdf.text(words, x + 20, y - 0.5, 'regular', 7.5, '#333333');
    x += 20 + pdf.fonts.regular.width(words, 7.5) + 14;
  }
}
