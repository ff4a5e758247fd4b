import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { Program } from '../../src/core/model/types.js';
import { toDot } from '../../src/trainer/graph/dot.js';
import { mermaidId, toMermaid } from '../../src/trainer/graph/mermaid.js';
import { flowChart } from '../../src/trainer/graph/model.js';
import { runCli, repoRoot } from '../helpers/cli.js';
import { parseDot } from './dot.js';
import { tempHome, tempPrograms, TRAINER_FIXTURES } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const REAL = path.join(repoRoot, 'programs');
const realPrograms = fs.readdirSync(REAL).filter((f) => f.endsWith('.yaml'));
const load = (file: string): Program => {
  const lp = loadProgramFile(file).program;
  if (!lp) throw new Error(`cannot load ${file}`);
  return lp.program;
};
const mini = () => load(path.join(TRAINER_FIXTURES, 'mini.yaml'));
/** The fixture and every shipped program, each loaded only when its test runs. */
const everyProgram: [name: string, get: () => Program][] = [['mini (fixture)', () => mini()], ...realPrograms.map((f): [string, () => Program] => [f, () => load(path.join(REAL, f))])];

interface MermaidDiagram {
  type: string;
  db: { getVertices(): Map<string, { text: string; type: string }>; getEdges(): { start: string; end: string; text: string }[] };
}
let parseMermaid: (text: string) => Promise<MermaidDiagram>;

beforeAll(async () => {
  // Mermaid's parser needs a DOM; it is only parsed here, never rendered.
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
  await mermaid.parse('flowchart TD\n  a --> b'); // registers the diagram types
  parseMermaid = (text) => mermaid.mermaidAPI.getDiagramFromText(text) as unknown as Promise<MermaidDiagram>;
}, 60_000);

describe('graph --format mermaid', () => {
  it.each(everyProgram)(
    '%s parses as a flowchart with every node and every edge',
    async (_name, get) => {
      const program = get();
      const chart = flowChart(program);
      const diagram = await parseMermaid(toMermaid(chart));
      expect(diagram.type).toMatch(/^flowchart/);
      const vertices = diagram.db.getVertices();
      for (const node of program.nodes) expect(vertices.has(mermaidId(node.id)), node.id).toBe(true);
      expect(vertices.size).toBe(program.nodes.length);
      const edges = diagram.db.getEdges().map((e) => `${e.start}>${e.end}`);
      expect(edges.sort()).toEqual(chart.edges.map((e) => `${mermaidId(e.from)}>${mermaidId(e.to)}`).sort());
    },
  );

  it('labels edges with option labels, はい／いいえ, わからない and route conditions in words', async () => {
    const diagram = await parseMermaid(toMermaid(flowChart(mini())));
    const label = (from: string, to: string) => diagram.db.getEdges().find((e) => e.start === from && e.end === to)?.text;
    expect(label('q_attend', 'q_days')).toBe('欠席や遅刻が増えている');
    expect(label('q_attend', 'q_baito')).toBe('休まず通っている / わからない');
    expect(label('q_baito', 'q_hours')).toBe('はい');
    expect(label('q_baito', 'q_worries')).toBe('いいえ');
    expect(label('q_days', 'i_risk')).toBe('10日以上、かつ年齢が15歳以上'); // the arrow leaves q_days: its own answer needs no name
    expect(label('q_note', 'o_risk')).toBe('「中退リスク」の目印がある');
    expect(label('q_worries', 'q_date')).toBe('');
  });

  it('renames ids Mermaid would read as keywords, and escapes quotes and angle brackets', async () => {
    const { file } = tempPrograms([
      [/\bo_ok\b/g, 'end'],
      ['title: 見守り', 'title: "見守り \\"A\\" <B>"'],
    ]);
    const program = load(file);
    const text = toMermaid(flowChart(program));
    const diagram = await parseMermaid(text);
    expect(mermaidId('end')).toBe('n_end');
    expect(diagram.db.getVertices().has('n_end')).toBe(true);
    expect(diagram.db.getVertices().size).toBe(program.nodes.length);
  });

  it('prints to stdout through the CLI, and --start draws only the subtree', async () => {
    const r = await runCli(['graph', 'mini', '--programs', TRAINER_FIXTURES, '--start', 'q_baito'], { env: { IKUSEI_HOME: tempHome() } });
    expect(r.code).toBe(0);
    const vertices = [...(await parseMermaid(r.stdout)).db.getVertices().keys()].sort();
    expect(vertices).toEqual(['o_ok', 'o_risk', 'q_baito', 'q_date', 'q_hours', 'q_note', 'q_worries']);
  });

  it('--start with an unknown node is a usage error with a suggestion', async () => {
    const r = await runCli(['graph', 'mini', '--programs', TRAINER_FIXTURES, '--start', 'q_baitoo'], { env: { IKUSEI_HOME: tempHome() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ノード「q_baitoo」はありません。もしかして「q_baito」ですか？');
  });
});

describe('graph --format dot', () => {
  it.each(everyProgram)(
    '%s is well-formed DOT with every node and edge',
    (_name, get) => {
      const program = get();
      const chart = flowChart(program);
      const dot = parseDot(toDot(chart));
      expect(dot.name).toBe(program.id);
      expect([...dot.nodes.keys()].sort()).toEqual(program.nodes.map((n) => n.id).sort());
      expect(dot.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(chart.edges.map((e) => `${e.from}>${e.to}`).sort());
      for (const n of chart.nodes) expect(dot.nodes.get(n.id)!.label).toBe(`${n.label}\n${n.kind} · ${n.id}`);
    },
  );

  it('escapes quotes and backslashes in labels', () => {
    const { file } = tempPrograms([['title: 見守り', 'title: "見守り \\"A\\" \\\\ B"']]);
    const dot = parseDot(toDot(flowChart(load(file))));
    expect(dot.nodes.get('o_ok')!.label?.split('\n')[0]).toBe('見守り "A" \\ B');
  });

  it('writes to a file with -o, and refuses to overwrite it without --force', async () => {
    const dir = tempDir('ikusei-graph-');
    const args = ['graph', 'mini', '--programs', TRAINER_FIXTURES, '--format', 'dot', '-o', 'mini.dot'];
    const env = { IKUSEI_HOME: tempHome() };
    expect((await runCli(args, { cwd: dir, env })).code).toBe(0);
    const first = fs.readFileSync(path.join(dir, 'mini.dot'), 'utf8');
    expect(() => parseDot(first)).not.toThrow();
    fs.writeFileSync(path.join(dir, 'mini.dot'), 'mine');
    const again = await runCli(args, { cwd: dir, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[OUTPUT_EXISTS]');
    expect(fs.readFileSync(path.join(dir, 'mini.dot'), 'utf8')).toBe('mine');
    expect((await runCli([...args, '--force'], { cwd: dir, env })).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'mini.dot'), 'utf8')).toBe(first);
    expect(fs.readdirSync(dir)).toEqual(['mini.dot']); // no temporary file left behind
  });
});

describe('graph options', () => {
  it.each([
    [['--format', 'svg'], '[USAGE_BAD_FORMAT]'],
    [['--format', 'pdf', '--paper', 'B5'], '[USAGE_BAD_PAPER]'],
    [['--format', 'pdf', '--orientation', 'up'], '[USAGE_BAD_ORIENTATION]'],
    [['--paper', 'A3'], '[USAGE_CONFLICTING_OPTIONS]'],
    [['--tool', 'nope'], '[TOOL_NOT_FOUND]'],
    [['--tool', 'x', '--start', 'q_baito'], '[USAGE_CONFLICTING_OPTIONS]'],
  ])('%j is a usage error', async (args, message) => {
    const r = await runCli(['graph', 'mini', '--programs', TRAINER_FIXTURES, ...args], { env: { IKUSEI_HOME: tempHome() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
