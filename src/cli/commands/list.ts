import { cli } from '../../messages/cli.js';
import { common } from '../../messages/common.js';
import { loadProgramFile, programFiles } from '../../io/program/load.js';
import { PROGRAM_NUMBERS, type Program } from '../../core/model/types.js';
import type { CommandContext } from '../../app/context.js';
import { ExitCode, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import type { ListOptions } from './list.spec.js';
import { programCache } from '../../app/programs.js';
import { textTable } from '../table.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';
import { terminalSafeJson } from '../../core/text/terminal-safe.js';

/** `ikusei list [--json]`: the programs of the programs folder, in order I–VI, drafts last. */
export async function run(ctx: CommandContext, _args: string[], options: ListOptions): Promise<ExitCodeValue> {
  const loaded = programFiles(ctx.programsDir).map((f) => loadProgramFile(f, ctx.io.cwd, programCache(ctx)));
  const programs = loaded
    .flatMap((l) => (l.program ? [l.program.program] : []))
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
  const broken = loaded.length - programs.length;
  if (options.json) {
    ctx.io.stdout.write(terminalSafeJson(programs.map(summary)) + '\n');
  } else {
    const rows = programs.map((p) => [p.id, p.draft || !p.number ? common.draftNumber : p.number, p.title, p.version, String(p.nodes.length)].map((cell) => terminalSafe(cell)));
    ctx.io.stdout.write(textTable([cli.list.headers.map((h) => ctx.out.bold(h)), ...rows]) + '\n');
  }
  if (broken) ctx.io.stderr.write(ctx.err.yellow(cli.list.broken(broken)) + '\n');
  return ExitCode.OK;
}

/** I–VI in order, then drafts (training programs), which have no place among the six. */
function order(p: Program): number {
  return p.draft || !p.number ? PROGRAM_NUMBERS.length : PROGRAM_NUMBERS.indexOf(p.number);
}

function summary(p: Program) {
  return {
    id: p.id,
    number: p.number ?? null,
    draft: p.draft === true,
    title: p.title,
    subtitle: p.subtitle ?? null,
    version: p.version,
    revised: p.revised,
    nodes: p.nodes.length,
    questions: p.nodes.filter((n) => n.type !== 'info' && n.type !== 'outcome').length,
    outcomes: p.nodes.filter((n) => n.type === 'outcome').length,
    tools: (p.tools ?? []).map((t) => t.id),
    summary: p.summary,
  };
}
