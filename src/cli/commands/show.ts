import { ExitCode, problemsError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { cli } from '../../messages/cli.js';
import { engine } from '../../messages/engine.js';
import { common } from '../../messages/common.js';
import { plainCondition, type PlainNames } from '../../core/model/describe.js';
import { loadProgramFile } from '../../io/program/load.js';
import { displayPath } from '../../core/model/loaded.js';
import { isQuestion, type Program, type ProgramNode } from '../../core/model/types.js';
import { nodeLabel } from '../../core/model/labels.js';
import type { CommandContext } from '../../app/context.js';
import type { ShowOptions } from './show.spec.js';
import { programCache, resolveProgramFile } from '../../app/programs.js';
import { terminalSafeDeep } from '../../core/text/terminal-safe.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';

const m = cli.show;

/** `ikusei show <program> [--json]`: a readable outline of one program. */
export async function run(ctx: CommandContext, [ref]: string[], options: ShowOptions): Promise<ExitCodeValue> {
  const file = resolveProgramFile(ctx, ref!);
  // Through the program cache: a program parsed before is not parsed again (nor yaml loaded).
  const loaded = loadProgramFile(file, ctx.io.cwd, programCache(ctx));
  if (!loaded.program) {
    const shown = displayPath(file, ctx.io.cwd);
    throw problemsError('PROGRAM_INVALID', common.programHasErrors(shown), loaded.diagnostics, common.programHasErrorsHint(shown));
  }
  const { program, hash } = loaded.program;
  if (options.json) {
    ctx.io.stdout.write(terminalSafeJson({ ...program, hash }) + '\n');
    return ExitCode.OK;
  }
  // Lint refuses control characters in programs, but show does not lint: escape them here.
  ctx.io.stdout.write(outline(terminalSafeDeep(program), hash, ctx) + '\n');
  return ExitCode.OK;
}

function outline(p: Program, hash: string, ctx: CommandContext): string {
  const c = ctx.out;
  const lines: string[] = [];
  lines.push(c.bold(`${p.number ?? common.draftNumber} ${p.title}${p.subtitle ? `（${p.subtitle}）` : ''}`));
  lines.push(`  ${m.version}: ${p.version}　${m.revised}: ${p.revised}　${m.hash}: ${hash.slice(0, 8)}`);
  lines.push(`  ${m.audience}: ${p.audience}`);
  lines.push(`  ${m.summary}: ${p.summary.trim()}`);
  lines.push(`  ${m.sources}:`);
  for (const s of p.sources) lines.push(`    - ${s.title}${s.url ? ` <${s.url}>` : ''}${s.document ? `（${s.document}）` : ''} ${c.dim(s.checked)}`);
  const count = (t: (n: ProgramNode) => boolean) => p.nodes.filter(t).length;
  lines.push('');
  lines.push(c.bold(m.nodesHeading(p.nodes.length, count(isQuestion), count((n) => n.type === 'info'), count((n) => n.type === 'outcome'))));
  const names: PlainNames = { nodes: new Map(p.nodes.map((n) => [n.id, n])), flags: p.flags };
  for (const node of p.nodes) lines.push(...nodeLines(node, ctx, names));
  if (p.tools?.length) {
    lines.push('', c.bold(m.toolsHeading(p.tools.length)));
    for (const t of p.tools) lines.push(`  ${t.id}  [${m.toolKinds[t.kind]}] ${t.title}`);
  }
  if (p.tests?.length) {
    lines.push('', c.bold(m.testsHeading(p.tests.length)));
    for (const t of p.tests) lines.push(`  - ${t.name}${t.expect.outcome ? c.dim(` → ${t.expect.outcome}`) : ''}`);
  }
  return lines.join('\n');
}

function nodeLines(node: ProgramNode, ctx: CommandContext, names: PlainNames): string[] {
  const c = ctx.out;
  const head = nodeLabel(node, { byText: true });
  const lines = [`  ${c.cyan(node.id)}  [${m.types[node.type]}] ${head}`];
  const arrow = (label: string, next?: string) => `      ・${label}${next ? c.dim(` → ${next}`) : ''}`;
  if (node.type !== 'outcome') {
    for (const r of node.route ?? []) lines.push(arrow(`${m.condition}: ${plainCondition(r.when, names)}`, r.next));
  }
  if (node.type === 'single' || node.type === 'multi') {
    for (const o of node.options) lines.push(arrow(o.label, 'next' in o ? o.next : undefined));
  }
  if (node.type === 'yesno') {
    lines.push(arrow(node.yes?.label ?? engine.yes, node.yes?.next), arrow(node.no?.label ?? engine.no, node.no?.next));
  }
  if (isQuestion(node) && node.unknown) lines.push(arrow(m.unknownOption, node.unknown_next ?? node.next));
  if (node.type !== 'outcome' && node.next) lines.push(arrow(node.route?.length || node.type === 'single' || node.type === 'yesno' ? m.otherwise : '', node.next).replace('・ →', '・→'));
  return lines;
}
