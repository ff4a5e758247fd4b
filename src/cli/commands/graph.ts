import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { trainer } from '../../messages/trainer.js';
import { displayPath } from '../../core/model/loaded.js';
import type { Program } from '../../core/model/types.js';
import { boxLabel, flowChart, type FlowChart } from '../../trainer/graph/model.js';
import { writeFileAtomic } from '../../io/files/atomic.js';
import { suggest } from '../../core/text/suggest.js';
import type { CommandContext } from '../../app/context.js';
import { openProgram } from '../../app/programs.js';
import type { GraphOptions } from './graph.spec.js';

const m = trainer.graph;

/** `ikusei graph <program> [--format mermaid|dot|pdf] [-o file]`: the decision tree as a flowchart. */
export async function run(ctx: CommandContext, [ref]: string[], options: GraphOptions): Promise<ExitCodeValue> {
  const format = options.format ?? 'mermaid';
  const paper = (options.paper ?? 'A4').toUpperCase();
  if (paper !== 'A4' && paper !== 'A3') throw usageError('USAGE_BAD_PAPER', m.badPaper(options.paper!));
  const orientation = options.orientation ?? 'auto';
  if (!['auto', 'portrait', 'landscape'].includes(orientation)) throw usageError('USAGE_BAD_ORIENTATION', m.badOrientation(orientation));
  if (format !== 'pdf' && (options.paper || options.orientation)) throw usageError('USAGE_CONFLICTING_OPTIONS', m.paperOnlyPdf);
  if (options.start && options.tool) throw usageError('USAGE_CONFLICTING_OPTIONS', m.startAndTool);
  const { program: lp } = openProgram(ctx, ref!);
  const chart = chartFor(lp.program, options);
  const file = options.output ?? (format === 'pdf' ? `${lp.program.id}-${options.tool ?? 'flowchart'}.pdf` : undefined);
  const target = file === undefined ? undefined : path.resolve(ctx.io.cwd, file);
  if (target && fs.existsSync(target) && !options.force) throw usageError('OUTPUT_EXISTS', m.exists(displayPath(target, ctx.io.cwd)));

  if (format !== 'pdf') {
    const { toMermaid } = await import('../../trainer/graph/mermaid.js');
    const { toDot } = await import('../../trainer/graph/dot.js');
    const text = format === 'dot' ? toDot(chart) : toMermaid(chart);
    if (!target) {
      ctx.io.stdout.write(text);
      return ExitCode.OK;
    }
    writeFileAtomic(target, text, 0o644);
    ctx.io.stderr.write(m.wroteText(displayPath(target, ctx.io.cwd)) + '\n');
    return ExitCode.OK;
  }
  // pdfkit, fontkit, dagre and the font load only here, so `--help` and the text formats stay fast.
  const { flowchartPdf } = await import('../../trainer/graph/pdf.js');
  const p = lp.program;
  const pdf = await flowchartPdf(chart, {
    paper,
    orientation: orientation as 'auto' | 'portrait' | 'landscape',
    home: ctx.home,
    cwd: ctx.io.cwd,
    date: ctx.io.now(),
    subtitle: m.subtitle(p.number, p.title, p.version, p.revised),
  });
  writeFileAtomic(target!, pdf.data, 0o644);
  ctx.io.stderr.write(m.wrote(displayPath(target!, ctx.io.cwd), pdf.pages, paper, pdf.landscape, pdf.scale) + '\n');
  return ExitCode.OK;
}

function chartFor(program: Program, options: GraphOptions): FlowChart {
  if (options.tool) {
    const flows = (program.tools ?? []).filter((t) => t.kind === 'flowchart');
    const tool = flows.find((t) => t.id === options.tool);
    if (!tool || tool.kind !== 'flowchart') throw usageError('TOOL_NOT_FOUND', m.unknownTool(options.tool, flows.map((t) => t.id)));
    return flowChart(program, { start: tool.start, title: tool.title });
  }
  if (options.start) {
    const node = program.nodes.find((n) => n.id === options.start);
    if (!node) throw usageError('NODE_NOT_FOUND', m.unknownStart(options.start, suggest(options.start, program.nodes.map((n) => n.id))));
    return flowChart(program, { start: node.id, title: `${program.title}（${boxLabel(node)}から）` });
  }
  return flowChart(program);
}
