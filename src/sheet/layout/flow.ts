import type { FontPair } from '../fonts.js';
import type { PdfDocument, TextRun } from '../pdf/document.js';
import { drawBox, drawRule } from './draw.js';
import { layoutInline, MissingGlyphs, type Atom, type Line } from './inline.js';
import { COLOR, type Geometry } from './styles.js';

export interface CellSpec {
  width: number;
  atoms: Atom[];
  fill?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  padX?: number;
  padY?: number;
  minHeight?: number;
  /** Where this cell's text comes from, for a missing-glyph message. */
  where?: string;
}

export interface RowSpec {
  cells: CellSpec[];
  /** grid: every cell framed; none: no lines; below: a hairline under the row. */
  border?: 'grid' | 'none' | 'below';
  /** Never split this row over two pages. */
  keep?: boolean;
  /** Extra room left of the row. */
  indent?: number;
}

interface PreparedCell {
  spec: CellSpec;
  lines: Line[];
  padX: number;
  padY: number;
}

interface Prepared {
  spec: RowSpec;
  cells: PreparedCell[];
  height: number;
}

/**
 * Flows rows down pages. Every row is measured before it is drawn; a row that does not fit goes
 * to the next page, or — when it is taller than a third of a page — is split between lines, so a
 * long memo is never clipped. Tables repeat their header row on each new page.
 */
export class Flow {
  y = 0;
  pages = 0;
  readonly missing = new MissingGlyphs();
  /** A heading waiting to be drawn together with the start of what follows it. */
  private pending: { row: Prepared; after: number } | undefined;
  /**
   * Room taken off the foot of one page (`page` counts from 1), so that its last rows move on to
   * the next: a second layout uses it when the first left the signature boxes alone on a page.
   */
  shorten: { page: number; by: number } | undefined;

  constructor(
    readonly pdf: PdfDocument,
    readonly geo: Geometry,
    private readonly onNewPage: (flow: Flow) => void,
  ) {}

  get fonts(): FontPair {
    return this.pdf.fonts;
  }

  get left(): number {
    return this.geo.left;
  }

  get width(): number {
    return this.geo.right - this.geo.left;
  }

  get remaining(): number {
    return this.geo.bottom - this.y - (this.shorten?.page === this.pages ? this.shorten.by : 0);
  }

  newPage(): void {
    this.pdf.addPage();
    this.pages++;
    this.y = this.geo.top;
    this.onNewPage(this);
  }

  gap(h: number): void {
    if (this.y > this.geo.top + 0.01) this.y = Math.min(this.y + h, this.geo.bottom);
  }

  /** Moves to a new page unless `h` points fit (keeps a heading with what follows). */
  need(h: number): void {
    if (this.pages === 0 || (h > this.remaining && this.y > this.geo.top + 0.01)) this.newPage();
  }

  /** Lays out text for a given width, recording missing glyphs. */
  lines(atoms: Atom[], width: number, where = ''): Line[] {
    return layoutInline(atoms, width, this.fonts, this.missing, where);
  }

  prepare(spec: RowSpec): Prepared {
    const cells = spec.cells.map((c) => {
      const padX = c.padX ?? 4;
      const padY = c.padY ?? 2.5;
      return { spec: c, padX, padY, lines: this.lines(c.atoms, Math.max(1, c.width - 2 * padX), c.where) };
    });
    return { spec, cells, height: Math.max(...cells.map(cellHeight), 0) };
  }

  /** Height a row will take (for keep-together decisions). */
  measure(spec: RowSpec): number {
    return this.prepare(spec).height;
  }

  /** A heading: drawn with the first piece of what comes next, never alone at a page's foot. */
  heading(spec: RowSpec, after = 3): void {
    this.flush();
    this.pending = { row: this.prepare(spec), after };
  }

  /** Draws a pending heading (with `next` points of what follows kept on the same page). */
  private flush(next = 0): void {
    const h = this.pending;
    if (!h) return;
    this.pending = undefined;
    this.need(h.row.height + h.after + next);
    this.draw(h.row);
    this.y += h.after;
  }

  /** A table: rows with a header repeated on every page the table reaches. */
  table(header: RowSpec | undefined, rows: RowSpec[]): void {
    const head = header && this.prepare(header);
    const first = rows[0] && this.prepare(rows[0]);
    const start = (head?.height ?? 0) + Math.min(first?.height ?? 0, 40);
    this.flush(start);
    this.need(start);
    if (head) this.draw(head);
    for (const row of rows) this.place(this.prepare(row), head);
  }

  row(spec: RowSpec): void {
    const p = this.prepare(spec);
    // A row that will move to the next page whole takes a waiting heading with it.
    const whole = p.spec.keep || p.height <= (this.geo.bottom - this.geo.top) / 3;
    this.flush(whole ? p.height : Math.min(p.height, 40));
    if (this.pages === 0) this.newPage();
    this.place(p, undefined);
  }

  /** A block drawn by the caller, never split. */
  block(height: number, draw: (x: number, y: number) => void): void {
    this.flush(height);
    this.need(height);
    draw(this.left, this.y);
    this.y += height;
  }

  /** Ends the flow: a heading with nothing after it is still drawn. */
  end(): void {
    this.flush();
  }

  private place(p: Prepared, head: Prepared | undefined): void {
    if (p.height <= this.remaining + 0.01) return this.draw(p);
    const pageRoom = this.geo.bottom - this.geo.top - (head?.height ?? 0);
    const small = p.spec.keep || p.height <= pageRoom / 3 || this.remaining < 40;
    if (small) {
      this.newPage();
      if (head) this.draw(head);
      if (p.height <= this.remaining + 0.01) return this.draw(p);
    }
    let rest = p;
    for (;;) {
      if (rest.height <= this.remaining + 0.01) return this.draw(rest);
      const parts = split(rest, this.remaining);
      if (parts) {
        this.draw(parts[0]);
        rest = parts[1];
      } else if (this.y <= this.geo.top + (head?.height ?? 0) + 0.01) {
        return this.draw(rest); // a single line taller than a page: nothing better to do
      }
      this.newPage();
      if (head) this.draw(head);
    }
  }

  private draw(p: Prepared): void {
    const pdf = this.pdf;
    let x = this.left + (p.spec.indent ?? 0);
    const border = p.spec.border ?? 'none';
    for (const c of p.cells) {
      const w = c.spec.width;
      if (c.spec.fill) pdf.fillRect(x, this.y, w, p.height, c.spec.fill);
      if (border === 'grid') pdf.strokeRect(x, this.y, w, p.height, 0.5, COLOR.rule);
      const content = c.lines.reduce((s, l) => s + l.height, 0);
      let ly = this.y + c.padY + (c.spec.valign === 'middle' ? Math.max(0, (p.height - 2 * c.padY - content) / 2) : 0);
      for (const line of c.lines) {
        const inner = w - 2 * c.padX;
        const dx = c.spec.align === 'center' ? (inner - line.width) / 2 : c.spec.align === 'right' ? inner - line.width : 0;
        this.drawLine(line, x + c.padX + Math.max(0, dx), ly);
        ly += line.height;
      }
      x += w;
    }
    if (border === 'below') {
      const left = this.left + (p.spec.indent ?? 0);
      drawRule(pdf, left, left + p.cells.reduce((s, c) => s + c.spec.width, 0), this.y + p.height, 0.4, COLOR.faint);
    }
    this.y += p.height;
  }

  /** Draws a laid-out line with its top at `top`: text in one write, boxes as shapes. */
  drawLine(line: Line, x: number, top: number): void {
    const baseline = top + (line.height - line.size) / 2 + line.size * ASCENT;
    const runs: TextRun[] = [];
    for (const r of line.runs) {
      if (r.kind === 'text') runs.push({ text: r.text, x: x + r.x, baseline, face: r.face, size: r.size, color: r.color });
      else if (r.kind === 'box') {
        const s = r.size * 0.95;
        drawBox(this.pdf, x + r.x + r.size * 0.05, top + (line.height - s) / 2, s, r.checked);
      }
    }
    this.pdf.textLine(runs);
  }
}

/** Where the baseline sits below the top of the em box (BIZ UDPGothic: 1802/2048). */
const ASCENT = 0.88;

function cellHeight(c: PreparedCell): number {
  const content = c.lines.reduce((s, l) => s + l.height, 0);
  return Math.max(c.spec.minHeight ?? 0, content + 2 * c.padY);
}

/** The part of a row that fits in `room`, and the rest; undefined if not even one line fits. */
function split(p: Prepared, room: number): [Prepared, Prepared] | undefined {
  const heads: PreparedCell[] = [];
  const tails: PreparedCell[] = [];
  let any = false;
  for (const c of p.cells) {
    let h = 2 * c.padY;
    let n = 0;
    while (n < c.lines.length && h + c.lines[n]!.height <= room) h += c.lines[n++]!.height;
    if (n > 0) any = true;
    heads.push({ ...c, lines: c.lines.slice(0, n), spec: { ...c.spec, minHeight: 0 } });
    tails.push({ ...c, lines: c.lines.slice(n), spec: { ...c.spec, minHeight: 0 } });
  }
  if (!any) return undefined;
  const head: Prepared = { spec: p.spec, cells: heads, height: room };
  const tail: Prepared = { spec: p.spec, cells: tails, height: Math.max(...tails.map(cellHeight)) };
  return [head, tail];
}
