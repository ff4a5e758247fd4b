// `npm run bench`: every timing target of ikusei, measured in one run on one machine, printed as
// a table with ratios. Not a test: timings depend on the machine, so nothing here fails CI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate } from '../engine/evaluate.js';
import { lintTargets } from '../model/lint/targets.js';
import { loadProgramFile } from '../model/load.js';
import { parseYamlText } from '../model/yaml/source.js';
import { bundledProgramsDir } from '../paths.js';
import { ikuseiBin, peakMemoryMb, timeFunction, timeProcess } from './measure.js';
import { writeSyntheticProgram } from './synthetic.js';

interface Row {
  item: string;
  value: string;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const runs = Number(process.env.IKUSEI_BENCH_RUNS ?? 10);
const today = new Date();

// Every timed ikusei process uses a home of its own, never the developer's ~/.ikusei.
const home = { IKUSEI_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-bench-home-')) };

// Start-up, against bare node.
const bare = timeProcess(['-e', '0'], runs);
const help = timeProcess([ikuseiBin, '--help'], runs, home);
const list = timeProcess([ikuseiBin, 'list'], runs, home);
rows.push({ item: 'node -e 0（比較の基準）', value: ms(bare.median) });
rows.push({ item: 'ikusei --help', value: `${ms(help.median)}（${(help.median / bare.median).toFixed(2)}×）`, target: '≤ 1.5×', ok: help.median <= 1.5 * bare.median });
rows.push({ item: 'ikusei list', value: `${ms(list.median)}（${(list.median / bare.median).toFixed(2)}×）` });

// Lint of every bundled program, as a process and in-process.
// Lint as a trainer runs it again and again: the first run fills $IKUSEI_HOME/cache, later runs
// parse only what changed. Both are shown.
const lintCold = timeProcess([ikuseiBin, 'lint'], Math.min(runs, 5), home, { freshHome: true });
const lintAll = timeProcess([ikuseiBin, 'lint'], runs, home);
const lintInProcess = timeFunction(() => lintTargets([], { cwd: process.cwd(), programsDir: bundledProgramsDir, today }), runs);
rows.push({ item: 'ikusei lint（全プログラム、起動込み）', value: `${ms(lintAll.median)}（キャッシュあり。初回 ${ms(lintCold.median)}）`, target: '≤ 300 ms', ok: lintAll.median <= 300 });
rows.push({ item: '  キャッシュなしの検査（プロセス内、起動を除く）', value: ms(lintInProcess.median) });
rows.push({ item: '  最大メモリ', value: `${peakMemoryMb(['lint'], home)} MB` });

// Growth with program size: lint and a full walk of synthetic programs.
const lintByNodes = new Map<number, number>();
for (const size of [1000, 2000, 5000, 10000]) {
  const dir = writeSyntheticProgram(size);
  const lint = timeFunction(() => lintTargets([dir], { cwd: dir, programsDir: dir, today }), size >= 5000 ? 3 : 5);
  lintByNodes.set(size, lint.median);
  const program = loadProgramFile(path.join(dir, 'synthetic.yaml')).program!.program;
  const answers = Object.fromEntries(program.nodes.filter((n) => n.type === 'yesno').map((n) => [n.id, 'yes']));
  const walk = timeFunction(() => evaluate(program, { answers }), 5);
  rows.push({
    item: `合成 ${size.toLocaleString()} ノード（${(fs.statSync(path.join(dir, 'synthetic.yaml')).size / 1e6).toFixed(1)} MB）: lint / 全体の walk`,
    value: `${ms(lint.median)}（${((lint.median * 1000) / size).toFixed(0)} µs/ノード） / ${ms(walk.median)}`,
    ...(size === 10000 ? { target: 'lint ≤ 1 s', ok: lint.median <= 1000 } : {}),
  });
  if (size === 10000) {
    const text = fs.readFileSync(path.join(dir, 'synthetic.yaml'), 'utf8');
    const parse = timeFunction(() => parseYamlText('synthetic.yaml', text), 3);
    rows.push({ item: '  うち YAML の解析（yaml パッケージ）/ ikusei の検査', value: `${ms(parse.median)} / ${ms(Math.max(0, lintByNodes.get(size)! - parse.median))}` });
    rows.push({ item: '  10,000 ノードの lint の最大メモリ', value: `${peakMemoryMb(['lint', dir], home)} MB` });
  }
}

// Conditions all over a long tree on one early answer: a search per condition made this quadratic
// (8,000 nodes: 26 s); lint now answers them in one pass (graph.canPrecedeMany).
for (const size of [2000, 8000]) {
  const dir = writeSyntheticProgram(size, { routeOnFirst: true });
  const lint = timeFunction(() => lintTargets([dir], { cwd: dir, programsDir: dir, today }), 3);
  rows.push({ item: `合成 ${size.toLocaleString()} ノード、全質問が最初の回答で分岐: lint`, value: ms(lint.median) });
}

// One engine step on a real program: evaluate after one more answer, mid-walk.
const real = loadProgramFile(path.join(bundledProgramsDir, 'koukousei.yaml'));
if (real.program) {
  const program = real.program.program;
  const firstScenario = program.tests?.[0];
  const answers = firstScenario?.answers ?? {};
  const step = timeFunction(() => evaluate(program, { answers, ...(firstScenario?.intake ? { intake: firstScenario.intake } : {}) }), 2000);
  rows.push({ item: 'エンジン 1 ステップ（III、事例 1 の回答で再評価）', value: ms(step.median), target: '≤ 1 ms', ok: step.median <= 1 });
}

// Sheets: render, batch, size, memory (src/bench/sheet.ts, when the renderer is built).
const sheetBench = await import(new URL('./sheet.js', import.meta.url).href).catch(() => undefined);
if (sheetBench?.benchSheets) rows.push(...((await sheetBench.benchSheets({ runs })) as Row[]));

print();

function print(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const out = process.stdout;
  out.write(`ikusei ベンチマーク ${today.toISOString().slice(0, 10)} — ${cpu}、${os.cpus().length} コア、${Math.round(os.totalmem() / 2 ** 30)} GiB、Node ${process.version}\n\n`);
  out.write('| 項目 | 結果 | 目標 | 判定 |\n|---|---|---|---|\n');
  for (const r of rows) out.write(`| ${r.item} | ${r.value} | ${r.target ?? ''} | ${r.ok === undefined ? '' : r.ok ? '○' : '×'} |\n`);
}
