import { graphOf } from '../core/model/graph.js';
import type { EngineState } from '../core/engine/types.js';
import { choicesOf } from '../core/engine/walk.js';
import { holds, type ConditionContext } from '../core/model/conditions.js';
import type { Edge, ProgramGraph } from '../core/model/graph.js';
import { flagIdOf, isQuestion, UNKNOWN, type AnswerValue, type Effects, type Program, type ProgramNode } from '../core/model/types.js';
import type { ScenarioResult } from './scenarios.js';

/**
 * One answer a question offers: an option of a single or multi question, はい / いいえ, or
 * 「わからない」 where the question allows it. Number, date and text answers are not counted:
 * their values are endless, and their routes are counted as edges.
 */
export interface ChoiceRef {
  node: string;
  value: string;
  label: string;
}

export interface Ratio {
  covered: number;
  total: number;
}

export interface Coverage {
  nodes: Ratio & { uncovered: string[] };
  options: Ratio & { uncovered: ChoiceRef[] };
  edges: Ratio & { uncovered: Edge[] };
}

/** Every choice of every question, in file order. */
export function programChoices(program: Program): ChoiceRef[] {
  return program.nodes.filter(isQuestion).flatMap((node) => choicesOf(node).map((c) => ({ node: node.id, value: String(c.value), label: c.label })));
}

export const choiceKey = (node: string, value: string) => `${node}\u0000${value}`;
export const edgeKey = (e: Edge) => `${e.from}\u0000${e.kind}\u0000${e.label ?? ''}`;

/** Whole percent, rounded down so that 99.6% never shows as 100%; an empty set is complete. */
export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : Math.floor((r.covered * 100) / r.total);
}

/** Whether a ratio reaches `min` percent, compared exactly (not on the rounded figure). */
export function reaches(r: Ratio, min: number): boolean {
  return r.total === 0 || r.covered * 100 >= min * r.total;
}

/** What the scenarios' walks visited, chose and took, measured against the whole program. */
export function measureCoverage(program: Program, results: readonly ScenarioResult[]): Coverage {
  const graph = graphOf(program);
  const visited = new Set<string>();
  const chosen = new Set<string>();
  const taken = new Set<string>();
  for (const r of results) {
    for (const step of r.state.path) {
      visited.add(step.node.id);
      if (step.answer) for (const v of answerValues(step.answer.value)) chosen.add(choiceKey(step.node.id, v));
    }
    for (const e of takenEdges(graph, r.state, r.scenario.intake ?? {})) taken.add(edgeKey(e));
  }
  const nodeIds = [...graph.byId.keys()];
  const choices = programChoices(program);
  const edges = graph.edges.filter((e) => graph.byId.has(e.to));
  const uncoveredNodes = nodeIds.filter((id) => !visited.has(id));
  const uncoveredChoices = choices.filter((c) => !chosen.has(choiceKey(c.node, c.value)));
  const uncoveredEdges = edges.filter((e) => !taken.has(edgeKey(e)));
  return {
    nodes: { covered: nodeIds.length - uncoveredNodes.length, total: nodeIds.length, uncovered: uncoveredNodes },
    options: { covered: choices.length - uncoveredChoices.length, total: choices.length, uncovered: uncoveredChoices },
    edges: { covered: edges.length - uncoveredEdges.length, total: edges.length, uncovered: uncoveredEdges },
  };
}

function answerValues(value: AnswerValue): string[] {
  return Array.isArray(value) ? value : [String(value)];
}

/**
 * Which `next` the engine followed at each step of a walk. The engine does not record it, so the
 * walk is replayed with the same rule order (route, the answer's own next, the node's next);
 * several edges may lead to the same node, and only the one that decided counts as taken.
 */
export function takenEdges(graph: ProgramGraph, state: EngineState, intake: { age?: number }): Edge[] {
  const answers = new Map<string, AnswerValue>();
  const flags = new Set<string>();
  const ctx = { answers, intake, flags };
  const out: Edge[] = [];
  state.path.forEach((step, i) => {
    const node = step.node;
    const value = step.answer?.value;
    if (value !== undefined) answers.set(node.id, value);
    if (node.type !== 'outcome') raiseFlags(node, value, ctx);
    const to = state.path[i + 1]?.node.id ?? (state.status === 'asking' ? state.current.id : undefined);
    if (to === undefined || node.type === 'outcome') return;
    const edge = decidingEdge(graph.out.get(node.id) ?? [], node, value, ctx, to);
    if (edge) out.push(edge);
  });
  return out;
}

function decidingEdge(edges: Edge[], node: ProgramNode, value: AnswerValue | undefined, ctx: ConditionContext, to: string): Edge | undefined {
  const route = node.type !== 'outcome' ? (node.route ?? []) : [];
  const fired = route.findIndex((r) => holds(r.when, ctx));
  const kind = (): Edge['kind'] | undefined => {
    if (fired >= 0) return 'route';
    if (value === UNKNOWN) return edges.some((e) => e.kind === 'unknown') ? 'unknown' : 'next';
    if (node.type === 'single') return edges.some((e) => e.kind === 'option' && e.label === value) ? 'option' : 'next';
    if (node.type === 'yesno') return edges.some((e) => e.kind === value) ? (value as 'yes' | 'no') : 'next';
    return 'next';
  };
  const k = kind();
  const label = k === 'route' ? String(fired) : k === 'option' ? String(value) : k === 'yes' || k === 'no' ? k : undefined;
  const decided = edges.find((e) => e.kind === k && (label === undefined || e.label === label));
  // A replay that disagrees with the walk would be a bug here, not in the program: fall back to
  // the first edge that reaches the node the walk went to, so coverage never invents a move.
  return decided?.to === to ? decided : edges.find((e) => e.to === to);
}

/** Raises the flags a step's effects raise, in the engine's order (node, then the chosen answer's). */
function raiseFlags(node: ProgramNode, value: AnswerValue | undefined, ctx: ConditionContext & { flags: Set<string> }): void {
  const effects: (Effects | undefined)[] = [node.effects];
  if (value !== undefined && value !== UNKNOWN) {
    if (node.type === 'single') effects.push(node.options.find((o) => o.value === value)?.effects);
    if (node.type === 'multi' && Array.isArray(value)) effects.push(...node.options.filter((o) => value.includes(o.value)).map((o) => o.effects));
    if (node.type === 'yesno') effects.push(value === 'yes' ? node.yes?.effects : node.no?.effects);
  }
  for (const f of effects.flatMap((e) => e?.flags ?? [])) {
    if (typeof f === 'string' || !f.when || holds(f.when, ctx)) ctx.flags.add(flagIdOf(f));
  }
}
