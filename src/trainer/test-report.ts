import type { ChalkInstance } from 'chalk';
import { diagnosticJson, formatDiagnostic } from '../app/report.js';
import { trainer } from '../messages/trainer.js';
import { percent, type Coverage, type Ratio } from './coverage.js';
import type { Hop } from './paths.js';
import type { LocatedResult, ProgramTest, TestSummary } from './run-tests.js';

const m = trainer.test;

/** How many uncovered paths the text report shows per program; JSON has them all. */
export const PATHS_SHOWN = 10;

/** The human report of one program: scenarios, then coverage and the paths still to walk. */
export function programText(t: ProgramTest, c: ChalkInstance): string {
  const lines: string[] = [];
  if (t.errors.length) {
    for (const d of t.errors) lines.push(formatDiagnostic(d, c), '');
    lines.push(c.red(m.broken(t.file)));
    return lines.join('\n') + '\n';
  }
  if (!t.results.length) lines.push(c.yellow(m.noScenarios(t.id ?? t.file)));
  for (const r of t.results) {
    const place = c.dim(`${r.file}:${r.line}:${r.column}`);
    lines.push(r.passed ? `${c.green(m.pass(r.scenario.name))} ${place}` : `${c.red(m.fail(r.scenario.name))} ${place}`);
    if (!r.passed) lines.push(...failureLines(r, c));
  }
  if (t.coverage) lines.push(...coverageLines(t, t.coverage, c));
  return lines.join('\n') + '\n';
}

function failureLines(r: LocatedResult, c: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const x of r.mismatches) {
    lines.push(`    ${m.keyLabel(x.key)}: ${m.expected} [${x.expected.join(', ')}] / ${m.actual} [${x.actual.join(', ')}]`);
    if (x.missing.length) lines.push(`      ${c.red(m.missing)}: ${x.missing.join(', ')}`);
    if (x.unexpected.length) lines.push(`      ${c.red(m.unexpected)}: ${x.unexpected.join(', ')}`);
  }
  const s = r.state;
  if (s.status !== 'done') lines.push(`    ${m.notDone(s.status, s.status === 'asking' ? s.current.id : s.stuck.node)}`);
  const unused = s.ignored.map((i) => i.question);
  if (unused.length) lines.push(`    ${m.ignored(unused)}`);
  return lines;
}

function coverageLines(t: ProgramTest, cov: Coverage, c: ChalkInstance): string[] {
  const ratio = (r: Ratio) => {
    const text = m.ratio(r.covered, r.total, percent(r));
    return r.covered === r.total ? c.green(text) : c.yellow(text);
  };
  const lines = [m.coverage(t.id ?? t.file, ratio(cov.nodes), ratio(cov.options))];
  if (cov.nodes.uncovered.length) lines.push(`  ${m.unvisited(cov.nodes.uncovered)}`);
  if (!t.paths.length) return lines;
  lines.push(`  ${m.pathsHeading(t.paths.length)}`);
  t.paths.slice(0, PATHS_SHOWN).forEach((p, i) => {
    const at = t.pathPlaces[i]!;
    lines.push(`  - ${m.branch(p.node, p.branch)} ${c.dim(`${t.file}:${at.line}:${at.column}`)}`);
    lines.push(`      ${hopsText(p.hops, p.branchIndex, c)}`);
  });
  if (t.paths.length > PATHS_SHOWN) lines.push(`  ${m.morePaths(t.paths.length - PATHS_SHOWN)}`);
  return lines;
}

/** `q_a〔はい〕 → q_b【わからない】 → o_end`: the uncovered branch in 【】. */
export function hopsText(hops: Hop[], branchIndex: number, c: ChalkInstance): string {
  return hops
    .map((h, i) => {
      if (i === branchIndex) return `${c.bold(h.node)}${c.bold(`【${h.via ?? ''}】`)}`;
      return h.via ? `${h.node}〔${h.via}〕` : h.node;
    })
    .join(' → ');
}

export function summaryText(s: TestSummary, minCoverage: number | undefined, c: ChalkInstance): string {
  const lines = [m.summary(s.programs, s.passed, s.failed)];
  if (s.broken) lines.push(c.red(m.brokenSummary(s.broken)));
  if (minCoverage !== undefined) {
    lines.push(s.belowMinimum.length ? c.red(m.belowMinimum(minCoverage, s.belowMinimum)) : c.green(m.minimumMet(minCoverage)));
  }
  return lines.join('\n') + '\n';
}

/** `--format json`: everything the text says, as data, with every uncovered path. */
export function testJson(tests: ProgramTest[], summary: TestSummary, minCoverage: number | undefined) {
  const ratio = (r: Ratio) => ({ covered: r.covered, total: r.total, percent: percent(r) });
  return {
    ok: summary.ok,
    minCoverage: minCoverage ?? null,
    summary,
    programs: tests.map((t) => ({
      file: t.file,
      id: t.id ?? null,
      errors: t.errors.map(diagnosticJson),
      scenarios: t.results.map((r) => ({
        name: r.scenario.name,
        file: r.file,
        line: r.line,
        column: r.column,
        passed: r.passed,
        status: r.state.status,
        outcome: r.state.status === 'done' ? r.state.outcome.id : null,
        mismatches: r.mismatches,
        ignored: r.state.ignored.map((i) => i.question),
      })),
      coverage: t.coverage
        ? {
            nodes: { ...ratio(t.coverage.nodes), uncovered: t.coverage.nodes.uncovered },
            options: { ...ratio(t.coverage.options), uncovered: t.coverage.options.uncovered },
            edges: ratio(t.coverage.edges),
          }
        : null,
      uncoveredPaths: t.paths.map((p, i) => ({
        node: p.node,
        branch: p.branch,
        to: p.to,
        file: t.file,
        line: t.pathPlaces[i]!.line,
        column: t.pathPlaces[i]!.column,
        path: p.hops.map((h, k) => ({ node: h.node, via: h.via ?? null, uncovered: k === p.branchIndex })),
      })),
    })),
  };
}
