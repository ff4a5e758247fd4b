import { evaluate } from '../engine/evaluate.js';
import type { EngineState } from '../engine/types.js';
import type { LoadedProgram } from '../model/load.js';
import type { Scenario, ScenarioExpect } from '../model/types.js';

export type ExpectKey = Exclude<keyof ScenarioExpect, 'outcome'>;
export const EXPECT_LISTS: ExpectKey[] = ['actions', 'referrals', 'resources', 'checklist', 'flags', 'unknown'];

export interface Mismatch {
  key: keyof ScenarioExpect;
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

/** Walks a scenario's answers (info screens passed) and compares with what it expects. */
export function runScenario(lp: LoadedProgram, scenario: Scenario, index: number): ScenarioResult {
  const state = evaluate(lp.program, { answers: scenario.answers, ...(scenario.intake ? { intake: scenario.intake } : {}) }, { skipInfo: true });
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
  return { scenario, index, state, mismatches, passed: mismatches.length === 0 };
}

function diff(key: keyof ScenarioExpect, expected: string[], actual: string[]): Mismatch {
  return {
    key,
    expected,
    actual,
    missing: expected.filter((x) => !actual.includes(x)),
    unexpected: actual.filter((x) => !expected.includes(x)),
  };
}
