import type { CaseInput } from '../core/case/types.js';
import { evaluate } from '../core/engine/index.js';
import type { ActionItem, Because, ChecklistItem, EngineState, ReferralItem, ResourceItem, UnknownItem } from '../core/engine/types.js';
import { engine as engineMsg } from '../messages/engine.js';
import { common } from '../messages/common.js';
import type { LoadedCatalog, LoadedProgram } from '../core/model/loaded.js';
import { isQuestion, type Agency, type Resource } from '../core/model/types.js';
import { nodeLabel } from '../core/model/labels.js';
import { caseEngineInput } from '../core/case/interview.js';
import { monthsAt } from '../core/model/calendar.js';

/** Everything a support sheet shows, computed from the program and the case; no layout here. */
export interface SheetData {
  program: { id: string; number: string; title: string; subtitle?: string; version: string; hash: string; shortHash: string; revised: string; basis?: string };
  /** `date` is the day the sheet is made (作成日); `interviewDate` the day of the interview (聞き取り日). */
  case: { label?: string; age?: number; caseworker?: string; birth_date?: string; date: string; interviewDate: string };
  status: EngineState['status'];
  outcome?: { id: string; title: string; text: string };
  answers: { id: string; label: string; display: string; memo?: string }[];
  actions: ActionItem[];
  referrals: { item: ReferralItem; agency?: Agency }[];
  resources: { item: ResourceItem; resource?: Resource }[];
  checklist: ChecklistItem[];
  unknowns: UnknownItem[];
  flags: { id: string; label: string; description?: string; because: Because[] }[];
  review?: { date: string; interval?: string; why?: string; because: Because[] };
  /** Set when a session was recorded against different program content. */
  programChanged?: { recorded: string; current: string };
  /** Answers that no longer fit the program (it changed since the session): not used. */
  ignored: number;
  /** The engine state, for tools printed from a case (checklist items with `when`). */
  state: EngineState;
}

export const shortHash = (hash: string) => hash.slice(0, 8);

/**
 * Evaluates the case with the program (info screens passed, as in every non-interactive run) on
 * its interview date, and gathers what the sheet prints. `today` is the sheet's date (YYYY-MM-DD).
 */
export function buildSheetData(lp: LoadedProgram, catalog: LoadedCatalog, input: CaseInput, today: string, interviewDate: string): SheetData {
  const program = lp.program;
  const state = evaluate(program, caseEngineInput(input, interviewDate), { skipInfo: true, catalog: catalog.catalog });
  const answers: SheetData['answers'] = [];
  for (const step of state.path) {
    if (!isQuestion(step.node) || !step.answer) continue;
    answers.push({
      id: step.node.id,
      label: nodeLabel(step.node),
      display: step.display ?? String(step.answer.value),
      ...(step.answer.memo ? { memo: step.answer.memo } : {}),
    });
  }
  const outcome = state.status === 'done' ? state.outcome : undefined;
  const review = state.result.review;
  const flagDefs = new Map((program.flags ?? []).map((f) => [f.id, f]));
  const { intake } = input;
  return {
    program: {
      id: program.id,
      number: program.number ?? common.draftNumber,
      title: program.title,
      ...(program.subtitle ? { subtitle: program.subtitle } : {}),
      version: program.version,
      hash: lp.hash,
      shortHash: shortHash(lp.hash),
      revised: program.revised,
      ...(program.basis ? { basis: program.basis } : {}),
    },
    case: {
      ...(intake.label ? { label: intake.label } : {}),
      ...(intake.age !== undefined ? { age: intake.age } : {}),
      ...(intake.caseworker ? { caseworker: intake.caseworker } : {}),
      ...(intake.birth_date ? { birth_date: intake.birth_date } : {}),
      date: today,
      interviewDate,
    },
    status: state.status,
    ...(outcome ? { outcome: { id: outcome.id, title: outcome.title, text: outcome.text } } : {}),
    answers,
    actions: state.result.actions,
    referrals: state.result.referrals.map((item) => ({ item, ...opt('agency', catalog.catalog.agencies.get(item.agency)) })),
    resources: state.result.resources.map((item) => ({ item, ...opt('resource', catalog.catalog.resources.get(item.resource)) })),
    checklist: state.result.checklist,
    unknowns: state.result.unknowns,
    flags: state.result.flags.map((f) => ({ id: f.id, label: flagDefs.get(f.id)?.label ?? f.id, ...opt('description', flagDefs.get(f.id)?.description), because: f.because })),
    ...(review?.date ? { review: { date: review.date, interval: review.interval, ...opt('why', review.why), because: review.because } } : {}),
    ...(input.programHash && input.programHash !== lp.hash ? { programChanged: { recorded: shortHash(input.programHash), current: shortHash(lp.hash) } } : {}),
    ignored: state.ignored.filter((i) => i.reason !== 'off-path').length,
    state,
  };
}

/** Values a `fields` section of a sheet template can print (see template/keys.ts). */
export function sheetValues(d: SheetData): Record<string, unknown> {
  return {
    case: { ...d.case, interview_date: d.case.interviewDate, age: ageText(d.case) },
    program: { title: d.program.title, number: d.program.number, version: d.program.version, hash: d.program.shortHash, revised: d.program.revised, basis: d.program.basis },
    outcome: { title: d.outcome?.title },
    review: { date: d.review?.date },
  };
}

/** 「16歳」; an infant with a known birth date in months (「5か月」), which is what matters at that age. */
function ageText(c: SheetData['case']): string | undefined {
  if (c.birth_date && (c.age === undefined || c.age < 1)) {
    const months = monthsAt(c.birth_date, c.interviewDate);
    if (months >= 0 && months < 12) return engineMsg.months(months);
  }
  return c.age !== undefined ? engineMsg.age(c.age) : undefined;
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
