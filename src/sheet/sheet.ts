import fs from 'node:fs';
import path from 'node:path';
import { interviewDate } from '../core/case/interview.js';
import type { CaseInput } from '../core/case/types.js';
import type { CommandContext } from '../app/context.js';
import { sheetMsg } from '../messages/sheet.js';
import { contentHash, type LoadedCatalog, type LoadedProgram } from '../core/model/loaded.js';
import { packageRoot } from '../io/paths.js';
import { formatEraDate, isoDateInJapan } from './dates.js';
import { openFonts, resolveFontFiles, type FontChoice } from './fonts.js';
import type { Flow } from './layout/flow.js';
import { buildSheetData, sheetValues, shortHash, type SheetData } from './model.js';
import { renderDocument, type DocumentSetup, type Rendered } from './render.js';
import type { RenderContext } from './sections/common.js';
import { answers, checklist, flags, outcome, review, unknowns } from './sections/findings.js';
import { fields, paragraph, signatures, table, title } from './sections/form.js';
import { actions, notices, referrals, resources } from './sections/results.js';
import { referralDetails, resourceDetails } from './sections/details.js';
import { appendixHead } from './sections/form.js';
import { COLOR, SIZE } from './layout/styles.js';
import type { LoadedTemplate } from './template/load.js';
import type { Template } from './template/types.js';

/** Options every drawing command shares. */
export interface DrawOptions {
  font?: FontChoice;
  password?: string;
  /** Fixed date and ids: the same input gives byte-identical files. */
  deterministic?: boolean;
  /** --date: the interview date when the case file has none (or to override it). */
  date?: string;
  /** --no-appendix: leave out the reference pages that are the same for every case. */
  noAppendix?: boolean;
}

/** The instant written into the PDF and the date printed on it. */
export function sheetClock(ctx: CommandContext, deterministic: boolean | undefined): { date: Date; today: string } {
  const date = deterministic ? new Date('2020-01-01T00:00:00+09:00') : ctx.io.now();
  return { date, today: isoDateInJapan(date) };
}

let version: string | undefined;
export function creator(): string {
  version ??= (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return sheetMsg.creator(version);
}

/** Everything about a document except its body: fonts, metadata, the page frame. */
export async function documentSetup(ctx: CommandContext, o: DrawOptions, d: Omit<DocumentSetup, 'fonts' | 'creator' | 'date' | 'password'>): Promise<DocumentSetup> {
  const fonts = await openFonts(resolveFontFiles(o.font ?? {}, ctx.home, ctx.io.cwd));
  return { ...d, fonts, creator: creator(), date: sheetClock(ctx, o.deterministic).date, ...(o.password ? { password: o.password } : {}) };
}

/**
 * The frame every program-based document carries: number, title and what the program was built
 * from (never a bare edition, which reads as the prefecture's own booklet), its revision date,
 * and in the footer the content hash trainers use to tell versions apart.
 */
export function programFrame(lp: LoadedProgram, t: Template | undefined, footerLeft?: string) {
  const p = lp.program;
  return {
    headerLeft: sheetMsg.frame.programBasis(p.number, p.title, p.basis),
    headerRight: sheetMsg.frame.revised(formatEraDate(p.revised)),
    pageLabel: t?.labels?.page ?? sheetMsg.labels.common.page,
    ...(footerLeft ? { footerLeft } : {}),
    footerRight: `${t?.labels?.header_hash ?? sheetMsg.labels.common.header_hash} ${shortHash(lp.hash)}`,
  };
}

/** The support sheet of a case, laid out by a `kind: sheet` template. */
export async function renderSheet(
  ctx: CommandContext,
  input: CaseInput,
  opened: { program: LoadedProgram; catalog: LoadedCatalog },
  lt: LoadedTemplate,
  o: DrawOptions,
): Promise<Rendered & { data: SheetData }> {
  const t = lt.template;
  const { date, today } = sheetClock(ctx, o.deterministic);
  const data = buildSheetData(opened.program, opened.catalog, input, today, interviewDate(input, date, o.date));
  const p = opened.program.program;
  const setup = await documentSetup(ctx, o, {
    frame: programFrame(opened.program, t, data.case.label ? sheetMsg.frame.caseLabel(data.case.label, t.labels?.case) : undefined),
    marginLeftMm: t.margin_left_mm ?? 25,
    title: sheetMsg.meta.sheetTitle(t.title, p.title),
    subject: t.subject ?? t.title,
    keywords: sheetMsg.meta.keywords(p.id, p.version, opened.program.hash),
  });
  const layout = (shorten?: Flow['shorten']) => {
    const marks: Marks = {};
    const draw = (flow: Flow) => {
      flow.shorten = shorten;
      drawSections({ flow, template: t, values: sheetValues(data), today }, data, { noAppendix: o.noAppendix === true, marks });
    };
    return renderDocument(setup, draw, (flow, total) => pagesNote(flow, marks, total, subjectOf(t.labels?.case))).then((r) => ({ ...r, marks }));
  };
  let rendered = await layout();
  // The signature boxes never close the sheet alone on an otherwise empty page: laid out again
  // with the page before them ending earlier, its last rows keep them company.
  const alone = rendered.marks.closingAlone;
  if (alone) rendered = await layout(alone);
  return { pdf: rendered.pdf, pages: rendered.pages, data };
}

/** A form (`kind: form`), blank or filled from answers. */
export async function renderForm(ctx: CommandContext, lt: LoadedTemplate, values: Record<string, unknown> | undefined, o: DrawOptions): Promise<Rendered> {
  const t = lt.template;
  const { today } = sheetClock(ctx, o.deterministic);
  const setup = await documentSetup(ctx, o, {
    frame: {
      headerLeft: sheetMsg.frame.form(t.title, t.source),
      headerRight: `${sheetMsg.frame.templateHash} ${shortHash(contentHash(lt.source.text))}`,
      pageLabel: t.labels?.page ?? sheetMsg.labels.common.page,
    },
    marginLeftMm: t.margin_left_mm ?? 25,
    title: t.title,
    subject: t.subject ?? t.title,
  });
  return renderDocument(setup, (flow) => drawSections({ flow, template: t, values: values ?? {}, today }, undefined));
}

/** Room for a short section and the signature boxes after it. */
const KEEP_WITH_SIGNATURES = 150;

/** Where the page-count note goes (reserved under the title) and the first page of the appendix. */
interface Marks {
  note?: { page: number; y: number };
  appendixFrom?: number;
  /** Set when the closing block (次回見直し日 and the signatures) started a page by itself. */
  closingAlone?: { page: number; by: number };
}

function drawSections(rc: RenderContext, data: SheetData | undefined, o: { noAppendix?: boolean; marks?: Marks } = {}): void {
  const flow: Flow = rc.flow;
  if (flow.pages === 0) flow.newPage();
  const sections = rc.template.sections;
  for (const [i, s] of sections.entries()) {
    if (s.type === 'appendix') {
      if (o.noAppendix) break;
      flow.newPage();
      if (o.marks) o.marks.appendixFrom = flow.pages;
      appendixHead(rc, s);
      continue;
    }
    // 次回見直し日 and the signature boxes close the sheet together, on one page.
    const closes = ((s.type === 'review' || s.type === 'text') && sections[i + 1]?.type === 'signatures') || (s.type === 'signatures' && sections[i - 1]?.type !== 'review' && sections[i - 1]?.type !== 'text');
    if (closes) keepClosing(flow, o.marks);
    if (s.type === 'title') {
      title(rc, s);
      // A line kept free under the title of a sheet for the page-count note, filled in at the end.
      if (data && o.marks && rc.template.kind === 'sheet') {
        o.marks.note = { page: flow.pages - 1, y: flow.y };
        flow.y += NOTE_HEIGHT;
      }
    }
    else if (s.type === 'fields') fields(rc, s);
    else if (s.type === 'table') table(rc, s);
    else if (s.type === 'signatures') signatures(rc, s);
    else if (s.type === 'text') paragraph(rc, s);
    else if (data) {
      const draw = { answers, outcome, actions, referrals, resources, checklist, unknowns, flags, review, notices, referral_details: referralDetails, resource_details: resourceDetails }[s.type];
      draw(rc, s, data);
    }
  }
}

const NOTE_HEIGHT = 24;

/** 「事業名」 → 「事業」: what the sheet is about, from the template's word for its record. */
function subjectOf(caseLabel: string | undefined): string | undefined {
  return caseLabel?.replace(/名$/, '');
}

/**
 * 次回見直し日 and the signature boxes close the sheet together, on one page. When they must start
 * a page of their own, the mark says how much earlier the page before should end: half of what
 * it holds beyond the closing block's share, so that the two pages come out about even.
 */
function keepClosing(flow: Flow, marks: Marks | undefined): void {
  const page = flow.pages;
  const room = flow.remaining;
  flow.need(KEEP_WITH_SIGNATURES);
  if (!marks || flow.pages === page || page < 1) return;
  const full = flow.geo.bottom - flow.geo.top;
  marks.closingAlone = { page, by: Math.min(full / 3, Math.max(80, (full - room - KEEP_WITH_SIGNATURES) / 2)) };
}

/** 「このシートは全 6 ページです。ケースの内容は 1〜3 ページ、…」 on page 1, once the page count is known. */
function pagesNote(flow: Flow, marks: Marks, total: number, subject: string | undefined): void {
  if (!marks.note) return;
  const own = marks.appendixFrom ? marks.appendixFrom - 1 : total;
  const lines = flow.lines([{ kind: 'text', text: sheetMsg.pagesNote(total, own, subject), size: SIZE.small, color: COLOR.muted }], flow.width, sheetMsg.where.header);
  flow.pdf.switchToPage(marks.note.page);
  let y = marks.note.y + 2;
  // Two lines are kept free; a longer note (a template's wording) is not cut but the third line is dropped.
  for (const line of lines.slice(0, 2)) {
    flow.drawLine(line, flow.left, y);
    y += line.height;
  }
}
