import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/index.js';
import { loadCatalog, loadProgramFile } from '../../src/io/program/load.js';
import type { ChecklistTool, FlowchartTool, ResourcesTool } from '../../src/core/model/types.js';
import { plain, runBin } from '../helpers/bin.js';
import { repoRoot } from '../helpers/cli.js';
import { fontNames, outOfOrder, readPdf } from './helpers/pdf.js';
import { tempCase } from './helpers/setup.js';

// Program III as it ships. Expectations are read from the program and its catalog, so the test
// follows the content writers' edits and checks what the PDF does with them.
const PROGRAMS = path.join(repoRoot, 'programs');
const lp = loadProgramFile(path.join(PROGRAMS, 'koukousei.yaml')).program!;
const catalog = loadCatalog(PROGRAMS).catalog;
const MM = 72 / 25.4;

async function checkPdf(file: string, stdout: string) {
  const pdf = await readPdf(file);
  expect(stdout).toContain(`${pdf.pages} ページ`);
  for (const item of pdf.items) expect(item).not.toMatch(/^[。、]/);
  for (const f of fontNames(file)) expect(f).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
  expect(pdf.outside(25 * MM, 595.28 - 14 * MM)).toEqual([]);
  expect(pdf.info).toMatchObject({ Language: 'ja' });
  return pdf;
}

describe('program III 高校生支援プログラム (built binary)', () => {
  const scenario = lp.program.tests!.reduce((a, b) => (Object.keys(b.answers).length > Object.keys(a.answers).length ? b : a));

  it(`renders the support sheet of 「${scenario.name}」 with every result in order`, { timeout: 60_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', stringify({ program: 'koukousei', intake: { label: 'K-1', age: scenario.intake?.age ?? 16, caseworker: '山田 花子' }, answers: scenario.answers }));
    const r = await runBin(['render', 'a.yaml', '-o', 'sheet.pdf', '--deterministic'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await checkPdf(t.file('sheet.pdf'), r.stdout);
    const state = evaluate(lp.program, { intake: scenario.intake ?? { age: 16 }, answers: scenario.answers }, { skipInfo: true });
    expect(state.status).toBe('done');
    const res = state.result;
    expect(outOfOrder(pdf.text, [
      'III　高校生支援プログラム', '支援シート', 'K-1', '山田 花子',
      '見立て', state.status === 'done' ? state.outcome.title : '',
      '支援方針・やること', ...res.actions.map((a) => a.text),
      '連携先', ...res.referrals.map((x) => catalog.agencies.get(x.agency)!.name),
      '活用できる制度', ...res.resources.map((x) => catalog.resources.get(x.resource)!.name),
      ...(res.checklist.length ? ['チェックリスト', ...res.checklist.map((c) => c.text)] : []),
      '要確認事項', '確認した内容', ...state.path.filter((s) => s.answer).map((s) => s.node.title ?? ''),
      '次回見直し日', '担当ケースワーカー', '査察指導員', `${pdf.pages} / ${pdf.pages}`,
    ])).toBeUndefined();
  });

  const tools = lp.program.tools ?? [];
  const named = (title: string) => tools.find((x) => x.title === title);
  it('has the tools the issue names', () => {
    expect(named('中退防止チェックシート')?.kind).toBe('checklist');
    expect(named('卒業後進路フローチャート')?.kind).toBe('flowchart');
  });

  it.each(tools.map((x) => [x.title, x] as const))('prints the tool 「%s」', { timeout: 60_000 }, async (_title, tool) => {
    const t = tempCase();
    const r = await runBin(['checklist', 'koukousei', '--tool', tool.id, '-o', 'tool.pdf'], { cwd: t.dir, env: t.env });
    expect(plain(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const pdf = await checkPdf(t.file('tool.pdf'), r.stdout);
    const body =
      tool.kind === 'checklist'
        ? (tool as ChecklistTool).sections.flatMap((s) => [s.title, ...s.items.map((i) => i.text)])
        : tool.kind === 'resources'
          ? (tool as ResourcesTool).resources.map((id) => catalog.resources.get(id)!.name)
          : tool.kind === 'flowchart'
            ? ['〔1〕', lp.graph.byId.get((tool as FlowchartTool).start)!.title ?? '']
            : [];
    expect(outOfOrder(pdf.text, ['III　高校生支援プログラム', tool.title, ...body])).toBeUndefined();
  });
});
