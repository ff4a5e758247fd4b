// `npm run bench`: the figures of issue 16, each against a floor measured in the same run, printed
// as the markdown table the README's ベンチマーク section shows. Not a test: nothing here fails
// CI. When the machine was too busy to tell, it says so and gives no verdict.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bench as m } from '../messages/bench.js';
import { bundledProgramsDir, packageRoot } from '../io/paths.js';
import { CHROMIUM, warmChromium } from './chromium.js';
import { ikuseiBin, interleave, ms, privateHome, stats, timeOnce, type ProcessCase, type Stats } from './measure.js';
import { pdfBytes, prepareSheets, timeBatch } from './sheet.js';
import { writeSyntheticProgram } from './synthetic.js';

const rounds = Number(process.env.IKUSEI_BENCH_RUNS ?? 7);
const sheets = Number(process.env.IKUSEI_BENCH_SHEETS ?? 200);
const jobs = 2;
const log = (what: string) => process.stderr.write(m.step(what) + '\n');
const floorsJs = path.join(packageRoot, 'dist/bench/floors.js');
const loadBefore = os.loadavg();

interface Row {
  item: string;
  floor: string;
  floorValue: string;
  value: string;
  ratio?: number;
  goal?: string;
  ok?: boolean;
}
const rows: Row[] = [];
const ratioRow = (item: string, floor: string, f: Stats, s: Stats, goal?: number): Row => ({
  item,
  floor,
  floorValue: ms(f),
  value: ms(s),
  ratio: s.median / f.median,
  ...(goal !== undefined ? { goal: `≤ ${goal}×`, ok: s.median / f.median <= goal } : {}),
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ikusei-bench-'));
const warmHome = privateHome();
const warm = { IKUSEI_HOME: warmHome };
const noCompileCache = { ...warm, NODE_DISABLE_COMPILE_CACHE: '1' };
// npx as the README's quick start runs it, in a clone where `npx ikusei` finds this package.
const npxCwd = [process.env.IKUSEI_BENCH_NPX_CWD ?? packageRoot].find((cwd) => spawnSync('npx', ['--no-install', 'ikusei', '--version'], { cwd, stdio: 'ignore' }).status === 0);
const notes: string[] = [];
const node = (name: string, args: string[], extra: Partial<ProcessCase> = {}): ProcessCase => ({ name, args, ...extra });
try {
  // Start-up: one floor, every warm command, interleaved.
  log('start-up');
  const prepared = await prepareSheets(work, sheets);
  const start = interleave(
    [
      node('bare', ['-e', '0']),
      node('help', [ikuseiBin, '--help'], { env: warm }),
      node('helpNoCache', [ikuseiBin, '--help'], { env: noCompileCache }),
      { name: 'linked', command: ikuseiBin, args: ['--help'], env: warm },
      ...(npxCwd ? [{ name: 'npx', command: 'npx', args: ['--no-install', 'ikusei', '--help'], env: warm, cwd: npxCwd }] : []),
      node('lintWarm', [ikuseiBin, 'lint'], { env: warm }),
      node('lintWarmNoCache', [ikuseiBin, 'lint'], { env: noCompileCache }),
      node('show', [ikuseiBin, 'show', 'III'], { env: warm }),
    ],
    rounds,
  );
  const bare = start.get('bare')!;
  const r = m.rows;
  rows.push(ratioRow(r.help, m.floors.bare, bare, start.get('help')!, 1.5));
  rows.push(ratioRow(r.helpNoCache, m.floors.bare, bare, start.get('helpNoCache')!));
  rows.push(ratioRow(r.linked, m.floors.bare, bare, start.get('linked')!));
  if (npxCwd) rows.push(ratioRow(r.npx, m.floors.bare, bare, start.get('npx')!));
  else notes.push(m.noNpx);
  rows.push(ratioRow(r.lintWarm, m.floors.bare, bare, start.get('lintWarm')!, 2.5));
  rows.push(ratioRow(r.lintWarmNoCache, m.floors.bare, bare, start.get('lintWarmNoCache')!));
  rows.push(ratioRow(r.show, m.floors.bare, bare, start.get('show')!, 3));

  log('lint, fresh home');
  const cold = interleave([node('floor', [floorsJs, 'lint', bundledProgramsDir]), node('lint', [ikuseiBin, 'lint'], { freshHome: true })], Math.min(rounds, 5));
  rows.push(ratioRow(r.lintCold, m.floors.lint, cold.get('floor')!, cold.get('lint')!, 1.5));

  log('render');
  const out = path.join(work, 'one.pdf');
  const render = interleave(
    [
      node('floor', [floorsJs, 'render', path.join(work, 'floor.pdf')]),
      node('render', [ikuseiBin, 'render', prepared.answers, '-o', out, '--force'], { env: warm }),
      node('renderNoCache', [ikuseiBin, 'render', prepared.answers, '-o', out, '--force'], { env: noCompileCache }),
    ],
    rounds,
  );
  rows.push(ratioRow(r.render(prepared.pages), m.floors.render, render.get('floor')!, render.get('render')!, 1.5));
  rows.push(ratioRow(r.renderNoCache, m.floors.render, render.get('floor')!, render.get('renderNoCache')!));

  log('batch and Chromium');
  const batchOut = path.join(work, 'out');
  timeBatch(prepared.input, batchOut, jobs, warm); // warm-up
  const chromium = await warmChromium(prepared.html, jobs);
  const pagesPerRound = 40;
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    ours.push(sheets / timeBatch(prepared.input, batchOut, jobs, warm));
    if (chromium) theirs.push(pagesPerRound / (await chromium.print(pagesPerRound)));
  }
  await chromium?.close();
  const rate = (x: Stats) => m.rate(x.median.toFixed(1), x.min.toFixed(1), x.max.toFixed(1));
  const o = stats(ours);
  const c = theirs.length ? stats(theirs) : undefined;
  if (!c) notes.push(m.noChromium(CHROMIUM));
  rows.push({
    item: r.batch(sheets, jobs),
    floor: m.floors.chromium(jobs),
    floorValue: c ? rate(c) : m.floors.none,
    value: rate(o),
    ...(c ? { ratio: o.median / c.median, goal: '≥ 14×', ok: o.median / c.median >= 14 } : {}),
  });
  const size = pdfBytes(batchOut);
  const kb = (x: number) => (x / 1024).toFixed(1);
  rows.push({ item: r.bytes, floor: m.floors.none, floorValue: '', value: m.kb(kb(size.total), kb(size.font), kb(size.total - size.font)), goal: '≤ 90 KB、フォント以外 ≤ 12 KB', ok: size.total <= 90 * 1024 && size.total - size.font <= 12 * 1024 });

  log('10,000 nodes');
  const big = writeSyntheticProgram(10000);
  const bigHome = privateHome();
  timeOnce(node('fill', [ikuseiBin, 'lint', big], { env: { IKUSEI_HOME: bigHome } }));
  const tenK = interleave(
    [
      node('parse', [floorsJs, 'parse', path.join(big, 'synthetic.yaml')]),
      node('cold', [ikuseiBin, 'lint', big], { freshHome: true }),
      node('warm', [ikuseiBin, 'lint', big], { env: { IKUSEI_HOME: bigHome } }),
    ],
    Math.min(rounds, 3),
  );
  rows.push(ratioRow(r.lint10kCold, m.floors.parse, tenK.get('parse')!, tenK.get('cold')!, 1.3));
  const w = tenK.get('warm')!;
  rows.push({ item: r.lint10kWarm, floor: m.floors.none, floorValue: '', value: ms(w), goal: '≤ 500 ms', ok: w.median <= 500 });

  // Conditions all over a long tree on one early answer: a search per condition made this
  // quadratic (8,000 nodes: 26 s); lint answers them in one pass (graph.canPrecedeMany).
  const routed = writeSyntheticProgram(8000, { routeOnFirst: true });
  const routedLint = interleave([node('parse', [floorsJs, 'parse', path.join(routed, 'synthetic.yaml')]), node('cold', [ikuseiBin, 'lint', routed], { freshHome: true })], 2);
  rows.push(ratioRow(r.lintRouted, m.floors.parse, routedLint.get('parse')!, routedLint.get('cold')!));
  print(bare);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function print(bare: Stats): void {
  const loadAfter = os.loadavg();
  const cores = os.availableParallelism();
  const noisy = Math.max(loadBefore[0]!, loadAfter[0]!) > 0.7 * cores || bare.spread > 0.15;
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const out = process.stdout;
  out.write(m.heading(new Date().toISOString().slice(0, 10), os.cpus()[0]?.model ?? '?', cores, Math.round(os.totalmem() / 2 ** 30), process.version) + '\n\n');
  out.write(m.load(la(loadBefore), la(loadAfter), `${(bare.spread * 100).toFixed(0)} %`) + ' ' + (noisy ? m.noisy : m.quiet) + '\n');
  out.write(m.method(rounds) + '\n\n' + m.table + '\n');
  for (const x of rows) {
    const verdict = x.ok === undefined ? '' : noisy ? m.noVerdict : x.ok ? m.met : m.missed;
    const ratio = x.ratio === undefined ? '' : m.times(x.ratio.toFixed(2));
    out.write(`| ${x.item} | ${x.floor} | ${x.floorValue} | ${x.value} | ${ratio} | ${x.goal ?? ''} | ${verdict} |\n`);
  }
  for (const n of notes) out.write(`\n${n}\n`);
}
