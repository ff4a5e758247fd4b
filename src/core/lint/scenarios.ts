import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { suggest } from '../text/suggest.js';
import { answerProblem } from '../model/answers.js';
import type { LoadedProgram } from '../model/loaded.js';
import { isQuestion, type Catalog } from '../model/types.js';
import type { PathSegment } from '../yaml/source.js';
import { definedItemIds } from './references.js';

/** Scenarios must speak of things that exist; whether they pass is `ikusei test`'s question. */
export function lintScenarios(lp: LoadedProgram, catalog: Catalog | undefined): Diagnostic[] {
  const { program, graph } = lp;
  const out: Diagnostic[] = [];
  const err = (path: PathSegment[], code: Diagnostic['code'], message: string, target: 'key' | 'value' = 'value') =>
    out.push(lp.source.atPath(path, code, message, { target }));
  const questions = program.nodes.filter(isQuestion).map((n) => n.id);
  const defined = definedItemIds(lp);
  const names = new Set<string>();
  program.tests?.forEach((scenario, s) => {
    const base: PathSegment[] = ['tests', s];
    if (names.has(scenario.name)) err([...base, 'name'], 'DUPLICATE_ID', msg.duplicateScenario(scenario.name));
    names.add(scenario.name);
    for (const [id, value] of Object.entries(scenario.answers)) {
      const node = graph.byId.get(id);
      if (!node || !isQuestion(node)) {
        err([...base, 'answers', id], 'SCENARIO_UNKNOWN_QUESTION', msg.scenario.unknownQuestion(id, suggest(id, questions)), 'key');
        continue;
      }
      const problem = answerProblem(node, value);
      if (problem) err([...base, 'answers', id], 'SCENARIO_BAD_VALUE', msg.scenario.badValue(id, problem));
    }
    const expect = scenario.expect;
    const at = (key: string, i?: number): PathSegment[] => [...base, 'expect', key, ...(i === undefined ? [] : [i])];
    if (expect.outcome !== undefined && graph.byId.get(expect.outcome)?.type !== 'outcome') {
      const node = graph.byId.get(expect.outcome);
      const outcomes = program.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
      err(at('outcome'), 'SCENARIO_BAD_EXPECT', node ? msg.scenario.notOutcome(expect.outcome) : msg.unknownNode(expect.outcome, suggest(expect.outcome, outcomes)));
    }
    expect.actions?.forEach((id, i) => defined.actions.has(id) || err(at('actions', i), 'SCENARIO_BAD_EXPECT', msg.scenario.unknownAction(id)));
    expect.checklist?.forEach((id, i) => defined.checklist.has(id) || err(at('checklist', i), 'SCENARIO_BAD_EXPECT', msg.scenario.unknownCheck(id)));
    expect.referrals?.forEach((id, i) => catalog && !catalog.agencies.has(id) && err(at('referrals', i), 'UNKNOWN_AGENCY', msg.unknownAgency(id, suggest(id, catalog.agencies.keys()))));
    expect.resources?.forEach((id, i) => catalog && !catalog.resources.has(id) && err(at('resources', i), 'UNKNOWN_RESOURCE', msg.unknownResource(id, suggest(id, catalog.resources.keys()))));
    const flags = (program.flags ?? []).map((f) => f.id);
    expect.flags?.forEach((id, i) => flags.includes(id) || err(at('flags', i), 'UNKNOWN_FLAG', msg.unknownFlag(id, suggest(id, flags))));
    expect.unknown?.forEach((id, i) => questions.includes(id) || err(at('unknown', i), 'SCENARIO_UNKNOWN_QUESTION', msg.scenario.unknownQuestion(id, suggest(id, questions))));
  });
  return out;
}
