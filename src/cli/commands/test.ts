import { displayPath, programFiles } from '../../model/load.js';
import { trainer } from '../../messages/trainer.js';
import { runScenario, type ScenarioResult } from '../../trainer/scenarios.js';
import type { CommandContext } from '../context.js';
import { openProgram } from '../programs.js';

const m = trainer.test;

/** `ikusei test [program…]`: runs every scenario of the programs; exit 1 if any fails. */
export async function run(ctx: CommandContext, refs: string[]): Promise<number> {
  const targets = refs.length ? refs : programFiles(ctx.programsDir);
  let passed = 0;
  let failed = 0;
  const c = ctx.out;
  for (const ref of targets) {
    const { program: lp } = openProgram(ctx, ref);
    const file = displayPath(lp.path, ctx.io.cwd);
    const scenarios = lp.program.tests ?? [];
    if (!scenarios.length) ctx.io.stdout.write(c.yellow(m.noScenarios(lp.program.id)) + '\n');
    scenarios.forEach((scenario, i) => {
      const r = runScenario(lp, scenario, i);
      const { line, col: column } = lp.source.lineCounter.linePos(lp.source.rangeOf(['tests', i, 'name'], 'value').start);
      const place = c.dim(`${file}:${line}:${column}`);
      if (r.passed) {
        passed++;
        ctx.io.stdout.write(`${c.green(m.pass(scenario.name))} ${place}\n`);
      } else {
        failed++;
        ctx.io.stdout.write(`${c.red(m.fail(scenario.name))} ${place}\n${details(r, ctx)}`);
      }
    });
  }
  ctx.io.stdout.write(m.summary(targets.length, passed, failed) + '\n');
  return failed ? 1 : 0;
}

function details(r: ScenarioResult, ctx: CommandContext): string {
  const c = ctx.out;
  const lines: string[] = [];
  for (const x of r.mismatches) {
    lines.push(`    ${m.keys[x.key]}: ${m.expected} [${x.expected.join(', ')}] / ${m.actual} [${x.actual.join(', ')}]`);
    if (x.missing.length) lines.push(`      ${c.red(m.missing)}: ${x.missing.join(', ')}`);
    if (x.unexpected.length) lines.push(`      ${c.red(m.unexpected)}: ${x.unexpected.join(', ')}`);
  }
  const s = r.state;
  if (s.status !== 'done') lines.push(`    ${m.notDone(s.status, s.status === 'asking' ? s.current.id : s.stuck.node)}`);
  const unused = s.ignored.map((i) => i.question);
  if (unused.length) lines.push(`    ${m.ignored(unused)}`);
  return lines.join('\n') + '\n';
}
