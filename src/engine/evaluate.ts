import { answerProblem } from '../model/answers.js';
import { conditionRefs, holds, type ConditionContext } from '../model/conditions.js';
import { ProgramGraph } from '../model/graph.js';
import { isQuestion, UNKNOWN, type AnswerValue, type InfoNode, type Program, type QuestionNode } from '../model/types.js';
import { remainingQuestions } from './progress.js';
import { because, merge, ResultBuilder } from './result.js';
import type { AnswerRecord, Because, EngineInput, EngineOptions, EngineState, IgnoredAnswer, Step } from './types.js';

const graphs = new WeakMap<Program, ProgramGraph>();

export function graphOf(program: Program): ProgramGraph {
  let g = graphs.get(program);
  if (!g) graphs.set(program, (g = new ProgramGraph(program)));
  return g;
}

/**
 * The heart of ikusei: walks the tree from the start using the answers given, and returns where
 * the walk stands and everything it has produced. Pure and deterministic. Going back or changing
 * an answer is simply calling it again: answers still on the new path are used, the others are
 * kept by the caller and listed as ignored, so switching back restores them.
 */
export function evaluate(program: Program, input: EngineInput, options: EngineOptions = {}): EngineState {
  const graph = graphOf(program);
  const answers = normalise(input.answers);
  const answered = new Map<string, AnswerValue>();
  const ctx: ConditionContext & { flags: Set<string> } = { answers: answered, intake: input.intake ?? {}, flags: new Set() };
  const builder = new ResultBuilder(graph, ctx);
  const path: Step[] = [];
  const ignored: IgnoredAnswer[] = [];
  const visited = new Set<string>();
  // Answers that chose a branch so far: they explain the effects of info screens and outcomes.
  // Kept as a growing list with an index, copied only where an info screen or outcome uses it.
  const decisions: Because[] = [];
  const decided = new Set<string>();

  const finish = <S extends object>(state: S) => {
    for (const id of answers.keys()) {
      const node = graph.byId.get(id);
      if (!node) ignored.push({ question: id, reason: 'not-a-question' });
      else if (isQuestion(node) && !visited.has(id)) ignored.push({ question: id, reason: 'off-path' });
    }
    const done = path.filter((s) => s.answer).length;
    const current = 'current' in state && isQuestion(state.current as QuestionNode) ? done + 1 : done;
    const ahead = 'current' in state ? (remainingQuestions(graph).get((state.current as QuestionNode).id) ?? 0) : 0;
    return { ...state, path, result: builder.result(), ignored, progress: { current, estimate: Math.max(current, Math.round(done + ahead)) } };
  };

  let id = graph.start;
  for (;;) {
    const node = graph.byId.get(id);
    if (!node) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'missing-node' as const } });
    if (visited.has(id)) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'loop' as const } });
    visited.add(id);

    if (node.type === 'outcome') {
      builder.apply(node.effects, [...decisions]);
      path.push({ node });
      return finish({ status: 'done' as const, outcome: node });
    }

    let own: Because | undefined;
    if (node.type === 'info') {
      if (!options.skipInfo && !answers.has(id)) return finish({ status: 'asking' as const, current: node });
      builder.apply(node.effects, [...decisions]);
      path.push({ node });
    } else {
      const record = answers.get(id);
      const problem = record && answerProblem(node, record.value);
      if (!record || problem) {
        if (problem) ignored.push({ question: id, reason: 'invalid', problem });
        return finish({ status: 'asking' as const, current: node });
      }
      answered.set(id, record.value);
      own = because(node, record.value);
      path.push({ node, answer: record, display: own.display });
      if (record.value === UNKNOWN) builder.unknown(node, record.memo);
      builder.apply(node.effects, [own]);
      for (const effects of chosenEffects(node, record.value)) builder.apply(effects, [own]);
    }

    const next = nextOf(node, own, ctx, builder);
    if (!next) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'no-next' as const } });
    for (const b of next.decisive ?? []) if (!decided.has(b.question)) (decided.add(b.question), decisions.push(b));
    id = next.to;
  }
}

function normalise(answers: EngineInput['answers']): Map<string, AnswerRecord> {
  const out = new Map<string, AnswerRecord>();
  for (const [id, a] of Object.entries(answers)) {
    out.set(id, a !== null && typeof a === 'object' && !Array.isArray(a) ? a : { value: a as AnswerValue });
  }
  return out;
}

function chosenEffects(node: QuestionNode, value: AnswerValue) {
  if (node.type === 'single') return [node.options.find((o) => o.value === value)?.effects];
  if (node.type === 'multi' && Array.isArray(value)) return node.options.filter((o) => value.includes(o.value)).map((o) => o.effects);
  if (node.type === 'yesno') return [value === 'yes' ? node.yes?.effects : value === 'no' ? node.no?.effects : undefined];
  return [];
}

/**
 * Where to go after a node: the first route whose condition holds, then the chosen option's or
 * branch's next (or unknown_next), then the node's next. `decisive` is set when the answer chose
 * the way: those answers explain the effects of the nodes that follow.
 */
function nextOf(
  node: QuestionNode | InfoNode,
  own: Because | undefined,
  ctx: ConditionContext,
  builder: ResultBuilder,
): { to: string; decisive?: Because[] } | undefined {
  for (const rule of node.route ?? []) {
    if (holds(rule.when, ctx)) {
      const refs = conditionRefs(rule.when);
      return { to: rule.next, decisive: merge(own && refs.answers.has(own.question) ? [own] : [], builder.conditionBecause(rule.when)) };
    }
  }
  if (own) {
    const value = own.value;
    let chosen: string | undefined;
    if (value === UNKNOWN) chosen = isQuestion(node) ? node.unknown_next : undefined;
    else if (node.type === 'single') chosen = node.options.find((o) => o.value === value)?.next;
    else if (node.type === 'yesno') chosen = value === 'yes' ? node.yes?.next : node.no?.next;
    if (chosen !== undefined) return { to: chosen, decisive: [own] };
  }
  return node.next !== undefined ? { to: node.next } : undefined;
}
