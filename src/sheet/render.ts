import { environmentError } from '../core/diagnostics/errors.js';
import { sheetMsg } from '../messages/sheet.js';
import type { FontPair } from './fonts.js';
import { Flow } from './layout/flow.js';
import { drawRule } from './layout/draw.js';
import type { MissingGlyphs } from './layout/inline.js';
import { COLOR, geometry, SIZE } from './layout/styles.js';
import { createDocument, type PdfSettings } from './pdf/document.js';

/** What frames every page: the running header and the footer's left text. */
export interface PageFrame {
  /** Left of the header: program number, title and version label (or the form's name). */
  headerLeft: string;
  /** Right of the header: 「内容 1a2b3c4d」, the short hash of the program content. */
  headerRight: string;
  footerLeft?: string;
  /** For trainers: which content the page came from (the program's hash). */
  footerRight?: string;
  /** 「{page} / {pages}」 */
  pageLabel: string;
}

/** What a sheet's document needs: the PDF's own settings (title, password, date…), fonts and frame. */
export interface DocumentSetup extends PdfSettings {
  fonts: FontPair;
  frame: PageFrame;
  marginLeftMm: number;
}

export interface Rendered {
  pdf: Buffer;
  pages: number;
}

/**
 * Runs `body` on a fresh flow of A4 pages and returns the finished PDF. The header is drawn as
 * each page starts (so it comes first in reading order); page numbers need the total, so they
 * are added at the end. Any character the font lacks stops here, before a byte is written.
 */
export async function renderDocument(setup: DocumentSetup, body: (flow: Flow) => void, after?: (flow: Flow, pages: number) => void): Promise<Rendered> {
  const pdf = await createDocument(setup.fonts, setup);
  const geo = geometry(setup.marginLeftMm);
  const f = setup.frame;
  const flow = new Flow(pdf, geo, (fl) => {
    const y = geo.headerY;
    const left = oneLine(fl, f.headerLeft, fl.width * 0.78);
    const right = fl.lines([{ kind: 'text', text: f.headerRight, size: SIZE.header, color: COLOR.muted }], fl.width * 0.22, sheetMsg.where.header)[0];
    if (left) fl.drawLine(left, geo.left, y);
    if (right) fl.drawLine(right, geo.right - right.width, y);
    drawRule(pdf, geo.left, geo.right, y + SIZE.header * 1.6, 0.4, COLOR.faint);
  });
  body(flow);
  flow.end();
  if (flow.pages === 0) flow.newPage();
  const total = flow.pages;
  for (let i = 0; i < total; i++) {
    pdf.switchToPage(i);
    const number = flow.lines([{ kind: 'text', text: f.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(total)), size: SIZE.small }], 100)[0];
    if (number) flow.drawLine(number, geo.left + (geo.right - geo.left - number.width) / 2, geo.footerY);
    const left = f.footerLeft ? flow.lines([{ kind: 'text', text: f.footerLeft, size: SIZE.header, color: COLOR.muted }], flow.width * 0.35, sheetMsg.where.footer)[0] : undefined;
    if (left) flow.drawLine(left, geo.left, geo.footerY);
    const right = f.footerRight ? flow.lines([{ kind: 'text', text: f.footerRight, size: SIZE.header, color: COLOR.muted }], flow.width * 0.3, sheetMsg.where.footer)[0] : undefined;
    if (right) flow.drawLine(right, geo.right - right.width, geo.footerY);
  }
  // What needs the page count (「ケースの内容は 1〜3 ページ」) is drawn last, like the page numbers.
  if (after) after(flow, total);
  assertGlyphs(flow.missing, setup.fonts);
  return { pdf: await pdf.finish(), pages: total };
}

/** A header text on one line: shortened with 「…」 rather than silently cut where it does not fit. */
function oneLine(fl: Flow, text: string, width: number) {
  const layout = (t: string) => fl.lines([{ kind: 'text', text: t, size: SIZE.header, color: COLOR.muted }], width, sheetMsg.where.header);
  let lines = layout(text);
  const chars = [...text];
  for (let n = chars.length - 1; lines.length > 1 && n > 0; n--) lines = layout(`${chars.slice(0, n).join('')}…`);
  return lines[0];
}

/** Names the characters and where they were met; the places are section names and question ids. */
function assertGlyphs(missing: MissingGlyphs, fonts: FontPair): void {
  if (missing.chars.size === 0) return;
  const list = [...missing.chars].map(([ch, where]) => sheetMsg.glyphs.item(ch, [...where].filter(Boolean)));
  throw environmentError('FONT_MISSING_GLYPHS', sheetMsg.glyphs.missing(fonts.regular.name, list), sheetMsg.glyphs.hint);
}
