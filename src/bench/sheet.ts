// The sheets the benchmark renders: a real three-page support sheet (a scenario of program III),
// copied into many answers files for batch, and the same content as an HTML page for Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { createContext, openProgram } from '../app/context.js';
import type { Io } from '../app/io.js';
import { benchMsg } from '../messages/sheet.js';
import { resolveFontFiles } from '../sheet/fonts.js';
import type { SheetData } from '../sheet/model.js';
import { renderSheet } from '../sheet/sheet.js';
import { openTemplate } from '../sheet/template/load.js';
import { ikuseiBin } from './measure.js';

export interface PreparedSheets {
  /** case.yaml: the three-page case, for `ikusei render`. */
  answers: string;
  /** A folder of `count` copies (labels differ), for `ikusei batch`. */
  input: string;
  /** The same sheet as HTML, for Chromium. */
  html: string;
  pages: number;
  scenario: string;
}

export async function prepareSheets(dir: string, count: number): Promise<PreparedSheets> {
  const chosen = await threePageCase('koukousei', dir);
  const answers = path.join(dir, 'case.yaml');
  const input = path.join(dir, 'in');
  fs.mkdirSync(input);
  const text = fs.readFileSync(answers, 'utf8');
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(input, `case${String(i).padStart(4, '0')}.yaml`), text.replace('label: B-0', `label: B-${i}`));
  const html = path.join(dir, 'sheet.html');
  fs.writeFileSync(html, sheetHtml(chosen.data));
  return { answers, input, html, pages: chosen.pages, scenario: chosen.scenario };
}

/** `ikusei batch` over a folder, wall seconds; the output folder is emptied first. */
export function timeBatch(input: string, out: string, jobs: number, env: Record<string, string>): number {
  fs.rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [ikuseiBin, 'batch', input, '-o', out, '--jobs', String(jobs)], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`batch: exit ${r.status}\n${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** Mean bytes per PDF in a folder, and how many of them are the embedded fonts (the FontFile2 streams). */
export function pdfBytes(dir: string): { total: number; font: number; files: number } {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  let total = 0;
  let font = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    total += bytes.length;
    const text = bytes.toString('latin1');
    for (const ref of text.matchAll(/\/FontFile2 (\d+) 0 R/g)) {
      const obj = new RegExp(`\\n${ref[1]} 0 obj\\n<<([^<>]*)>>`).exec(text);
      font += Number(/\/Length (\d+)/.exec(obj?.[1] ?? '')?.[1] ?? 0);
    }
  }
  const n = Math.max(1, files.length);
  return { total: total / n, font: font / n, files: files.length };
}

/** A scenario of the program whose sheet has three pages (or the closest), written as case.yaml. */
async function threePageCase(programId: string, dir: string) {
  const sink = { write: () => true };
  const io: Io = { stdout: sink, stderr: sink, stdin: process.stdin, env: {}, cwd: dir, now: () => new Date() };
  const ctx = createContext(io, {});
  const opened = openProgram(ctx, programId);
  const lt = openTemplate('sheet', dir);
  let best: { scenario: string; pages: number; bytes: number; data: SheetData; yaml: string } | undefined;
  for (const s of opened.program.program.tests ?? []) {
    const input = { kind: 'answers' as const, file: 'case.yaml', programId, intake: { label: 'B-0', age: s.intake?.age ?? 16, caseworker: benchMsg.caseworker }, answers: Object.fromEntries(Object.entries(s.answers).map(([k, v]) => [k, { value: v }])) };
    const r = await renderSheet(ctx, input, opened, lt, { deterministic: true });
    if (!best || Math.abs(r.pages - 3) < Math.abs(best.pages - 3)) {
      best = { scenario: s.name, pages: r.pages, bytes: r.pdf.length, data: r.data, yaml: stringify({ program: programId, intake: input.intake, answers: s.answers }) };
    }
    if (r.pages === 3) break;
  }
  if (!best) throw new Error(`no scenarios in ${programId}`);
  fs.writeFileSync(path.join(dir, 'case.yaml'), best.yaml);
  return { program: programId, ...best };
}

/** The sheet's content as a plain HTML page, A4 with the same sections and font, for the comparison. */
function sheetHtml(d: SheetData): string {
  const fontFiles = resolveFontFiles({}, os.tmpdir(), process.cwd());
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const rows = (xs: string[][]) => `<table>${xs.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  const section = (title: string, body: string) => `<h2>${esc(title)}</h2>${body}`;
  const h = benchMsg.html;
  const box = benchMsg.box;
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><style>@font-face{font-family:BIZUDPGothic;src:url(${pathToFileURL(fontFiles.regular).href})}@font-face{font-family:BIZUDPGothic;font-weight:bold;src:url(${pathToFileURL(fontFiles.bold).href})}@page{size:A4;margin:20mm 14mm 16mm 25mm}body{font:9pt BIZUDPGothic}table{border-collapse:collapse;width:100%}td{border:.5pt solid #777;padding:2pt 4pt;vertical-align:top}h2{font-size:10.5pt;background:#ececec;padding:3pt}</style>
<h1>${esc(d.program.title)}</h1>
${section(h.outcome, `<p>${esc(d.outcome?.title ?? '')}</p><p>${esc(d.outcome?.text ?? '')}</p>`)}
${section(h.actions, rows(d.actions.map((a) => [box, `${a.text} ${a.why ?? ''}`, a.who ?? '', a.due?.text ?? ''])))}
${section(h.referrals, rows(d.referrals.map((r) => [box, r.agency?.name ?? r.item.agency, `${r.agency?.offers ?? ''} ${r.item.reasons.join(' ')} ${r.item.shares.join(' ')}`])))}
${section(h.resources, rows(d.resources.map((r) => [box, r.resource?.name ?? r.item.resource, `${r.resource?.summary ?? ''} ${r.resource?.how_to_apply ?? ''}`])))}
${section(h.checklist, rows(d.checklist.map((c) => [box, c.text])))}
${section(h.answers, rows(d.answers.map((a) => [a.label, a.display])))}
</html>`;
}
