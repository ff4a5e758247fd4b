import { evaluate } from '../core/engine/evaluate.js';
import type { EngineState } from '../core/engine/types.js';
import type { LoadedProgram } from '../core/model/loaded.js';
import type { Catalog, Scenario, ScenarioSelection } from '../core/model/types.js';

export type ExpectKey = keyof ScenarioSelection | 'unknown';
export const EXPECT_LISTS: ExpectKey[] = ['actions', 'referrals', 'resources', 'checklist', 'flags', 'unknown'];
const SELECTION_KEYS: (keyof ScenarioSelection)[] = ['actions', 'referrals', 'resources', 'checklist', 'flags'];

/** What differs from the expectation. `key` is a list (actions), or includes.X / excludes.X / windows.ID / outcome. */
export interface Mismatch {
  key: string;
  expected: string[];
  actual: string[];
  missing: string[];
  unexpected: string[];
}

export interface ScenarioResult {
  scenario: Scenario;
  index: number;
  state: EngineState;
  mismatches: Mismatch[];
  passed: boolean;
}

/** The ids a walk produced, per expectation list. */
export function actualLists(state: EngineState): Record<ExpectKey, string[]> {
  const r = state.result;
  return {
    actions: r.actions.map((a) => a.id),
    referrals: r.referrals.map((a) => a.agency),
    resources: r.resources.map((a) => a.resource),
    checklist: r.checklist.map((a) => a.id),
    flags: r.flags.map((a) => a.id),
    unknown: r.unknowns.map((a) => a.question),
  };
}

/**
 * Walks a scenario's answers (info screens passed) on its interview date and compares with what it
 * expects: exact lists, must-include and must-exclude ids, and where windows stand that day.
 */
export function runScenario(lp: LoadedProgram, scenario: Scenario, index: number, catalog?: Catalog): ScenarioResult {
  const state = evaluate(
    lp.program,
    { answers: scenario.answers, ...(scenario.intake ? { intake: scenario.intake } : {}), ...(scenario.date ? { date: scenario.date } : {}) },
    { skipInfo: true, ...(catalog ? { catalog } : {}) },
  );
  const mismatches: Mismatch[] = [];
  const { expect } = scenario;
  if (expect.outcome !== undefined) {
    const actual = state.status === 'done' ? [state.outcome.id] : [];
    if (actual[0] !== expect.outcome) mismatches.push(diff('outcome', [expect.outcome], actual));
  }
  const actual = actualLists(state);
  for (const key of EXPECT_LISTS) {
    const expected = expect[key];
    if (expected === undefined) continue;
    const d = diff(key, expected, actual[key]);
    if (d.missing.length || d.unexpected.length) mismatches.push(d);
  }
  for (const key of SELECTION_KEYS) {
    const must = expect.includes?.[key] ?? [];
    const missing = must.filter((x) => !actual[key].includes(x));
    if (missing.length) mismatches.push({ key: `includes.${key}`, expected: must, actual: actual[key], missing, unexpected: [] });
    const never = expect.excludes?.[key] ?? [];
    const unexpected = never.filter((x) => actual[key].includes(x));
    if (unexpected.length) mismatches.push({ key: `excludes.${key}`, expected: never, actual: actual[key], missing: [], unexpected });
  }
  const windows = windowStates(state);
  for (const [id, want] of Object.entries(expect.windows ?? {})) {
    const got = windows.get(id);
    if (got !== want) mismatches.push({ key: `windows.${id}`, expected: [want], actual: got ? [got] : [], missing: [want], unexpected: got ? [got] : [] });
  }
  return { scenario, index, state, mismatches, passed: mismatches.length === 0 };
}

/** Every window the result mentions (due dates and resources), by id → state. */
function windowStates(state: EngineState): Map<string, string> {
  const out = new Map<string, string>();
  const r = state.result;
  for (const item of [...r.actions, ...r.referrals, ...r.resources]) if (item.due?.window) out.set(item.due.window.id, item.due.window.state);
  for (const res of r.resources) for (const w of res.windows) out.set(w.id, w.state);
  return out;
}

function diff(key: string, expected: string[], actual: string[]): Mismatch {
  return {
    key,
    expected,
    actual,
    missing: expected.filter((x) => !actual.includes(x)),
    unexpected: actual.filter((x) => !expected.includes(x)),
  };
}
