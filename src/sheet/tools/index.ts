import path from 'node:path';
import type { CaseInput } from '../../core/case/types.js';
import type { CommandContext } from '../../app/context.js';
import { usageError } from '../../core/diagnostics/errors.js';
import { sheetCli, sheetMsg, toolMsg } from '../../messages/sheet.js';
import { evaluate } from '../../core/engine/index.js';
import type { ConditionContext } from '../../core/model/conditions.js';
import type { LoadedCatalog, LoadedProgram } from '../../core/model/loaded.js';
import type { Tool } from '../../core/model/types.js';
import { nodeLabel } from '../../core/model/labels.js';
import { blankEraDate, formatEraDate } from '../dates.js';
import { COLOR, SIZE } from '../layout/styles.js';
import type { Rendered } from '../render.js';
import { renderDocument } from '../render.js';
import { text, nl, small, type RenderContext } from '../sections/common.js';
import { documentSetup, programFrame, sheetClock, type DrawOptions } from '../sheet.js';
import { agenciesTool, resourcesTool } from './catalog.js';
import { checklistTool } from './sheets.js';
import { gridTool } from './grid.js';
import { outlineTool } from './outline.js';
import { openTemplate } from '../template/load.js';
import { caseEngineInput } from '../../core/case/interview.js';

/** What a tool printed from a case knows: conditions to tick items, the result's ids. */
export interface Filled {
  input: CaseInput;
  conditions: ConditionContext;
  resources: Set<string>;
  agencies: Set<string>;
  /** The memos written at questions on the path, by question id, with the question's title. */
  memos: Map<string, { title: string; memo: string }>;
}

export interface ToolContext extends RenderContext {
  lp: LoadedProgram;
  catalog: LoadedCatalog;
  filled?: Filled;
  /** What the tool's record is about: ケース, or the program's template's word (事業名). */
  subject: string;
}

/** The tools to print: one by id, or all of the program's in order. */
export function selectTools(lp: LoadedProgram, id: string | undefined): Tool[] {
  const tools = lp.program.tools ?? [];
  if (tools.length === 0) throw usageError('NO_TOOLS', sheetCli.checklist.noTools(lp.program.id));
  if (id === undefined) return tools;
  const tool = tools.find((t) => t.id === id);
  if (!tool) throw usageError('TOOL_NOT_FOUND', sheetCli.checklist.unknownTool(id, lp.program.id), sheetCli.checklist.toolsHint(tools.map((t) => t.id)));
  return [tool];
}

export function filledFrom(opened: { program: LoadedProgram; catalog: LoadedCatalog }, input: CaseInput, date: string): Filled {
  const state = evaluate(opened.program.program, caseEngineInput(input, date), { skipInfo: true, catalog: opened.catalog.catalog });
  const answers = new Map(state.path.filter((s) => s.answer).map((s) => [s.node.id, s.answer!.value]));
  const memos = new Map(
    state.path.filter((s) => s.answer?.memo?.trim()).map((s) => [s.node.id, { title: nodeLabel(s.node), memo: s.answer!.memo!.trim() }]),
  );
  return {
    input,
    conditions: { answers, intake: input.intake, flags: new Set(state.result.flags.map((f) => f.id)) },
    resources: new Set(state.result.resources.map((r) => r.resource)),
    agencies: new Set(state.result.referrals.map((r) => r.agency)),
    memos,
  };
}

/** Each tool starts on its own page, under the program's header. */
export async function renderTools(
  ctx: CommandContext,
  opened: { program: LoadedProgram; catalog: LoadedCatalog },
  tools: Tool[],
  filled: Filled | undefined,
  o: DrawOptions,
): Promise<Rendered> {
  const lp = opened.program;
  const { today } = sheetClock(ctx, o.deterministic);
  const label = filled?.input.intake.label;
  const subject = subjectWord(lp);
  const setup = await documentSetup(ctx, o, {
    frame: programFrame(lp, undefined, label ? sheetMsg.frame.caseLabel(label, subject) : undefined),
    marginLeftMm: 25,
    title: tools.length === 1 ? sheetMsg.meta.sheetTitle(tools[0]!.title, lp.program.title) : sheetMsg.meta.toolsTitle(lp.program.title),
    subject: lp.program.title,
    keywords: sheetMsg.meta.keywords(lp.program.id, lp.program.version, lp.hash),
  });
  return renderDocument(setup, (flow) => {
    tools.forEach((tool, i) => {
      if (i > 0) flow.newPage();
      const tc: ToolContext = { flow, template: { id: 'tools', kind: 'sheet', title: tool.title, sections: [] }, values: {}, today, lp, catalog: opened.catalog, subject, ...(filled ? { filled } : {}) };
      toolHead(tc, tool);
      if (tool.kind === 'checklist') checklistTool(tc, tool);
      else if (tool.kind === 'grid') gridTool(tc, tool);
      else if (tool.kind === 'resources') resourcesTool(tc, tool);
      else if (tool.kind === 'agencies') agenciesTool(tc, tool);
      else outlineTool(tc, tool);
    });
  });
}

/**
 * A program that names its own sheet template (VI plans a project, not a child's case) says
 * through it what its records are about (`labels: { case: 事業名 }`): its tools use the same word.
 */
function subjectWord(lp: LoadedProgram): string {
  const id = lp.program.template;
  return (id && openTemplate(id, path.dirname(lp.path)).template.labels?.case) || toolMsg.caseLabel;
}

/** Title, description, and the lines to fill in (ケース・記入日・記入者). */
function toolHead(tc: ToolContext, tool: Tool): void {
  const { flow } = tc;
  flow.row({
    cells: [{ width: flow.width, padX: 0, atoms: [small(toolMsg.kinds[tool.kind] ?? ''), nl, text(tool.title, { face: 'bold', size: SIZE.title }), ...(tool.description ? [nl, text(tool.description)] : [])] }],
  });
  flow.gap(4);
  if (tool.kind === 'flowchart') return;
  const input = tc.filled?.input;
  const w = flow.width;
  const cell = (s: string, width: number, fill = false) => ({ width, atoms: s ? [text(s, fill ? { size: SIZE.small + 1 } : {})] : [], ...(fill ? { fill: COLOR.fill } : {}), padY: 4 });
  flow.row({
    border: 'grid',
    cells: [
      cell(tc.subject, w * 0.1, true),
      cell(input?.intake.label ?? '', w * 0.2),
      cell(toolMsg.filledOn, w * 0.1, true),
      cell(input ? formatEraDate(tc.today) : blankEraDate(tc.today), w * 0.28),
      cell(toolMsg.filledBy, w * 0.1, true),
      cell(input?.intake.caseworker ?? '', w * 0.22),
    ],
  });
  flow.gap(6);
}
