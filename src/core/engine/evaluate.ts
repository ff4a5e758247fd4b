import { answerProblem } from '../model/answers.js';
import { conditionRefs, holds, type ConditionContext } from '../model/conditions.js';
import { graphOf } from '../model/graph.js';
import { ageAt } from '../model/calendar.js';
import { isQuestion, UNKNOWN, type AnswerValue, type Effects, type InfoNode, type Program, type QuestionNode, type WindowDef } from '../model/types.js';
import { remainingQuestions } from './progress.js';
import { reviewOf } from './review.js';
import { because, merge, ResultBuilder } from './result.js';
import type { AnswerRecord, Because, EngineInput, EngineOptions, EngineState, IgnoredAnswer, Intake, Step, WalkStop } from './types.js';

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
  const ctx: ConditionContext & { flags: Set<string> } = { answers: answered, intake: intakeOn(input.intake, input.date), flags: new Set() };
  const windows = windowsOf(program, options);
  const builder = new ResultBuilder(graph, ctx, { ...(input.date ? { date: input.date } : {}), ...(program.visit_interval ? { visitInterval: program.visit_interval } : {}), windows }, options.catalog);
  const path: Step[] = [];
  const ignored: IgnoredAnswer[] = [];
  const visited = new Set<string>();
  // Every choice of way so far. The effects of a node that holds them whatever the answer (info
  // screens, outcomes, node-level effects) are explained by the nearest choice that could have
  // avoided that node: the branch that led there, not every answer on the way.
  const decisions: Decision[] = [];
  const entry = (target: string): Because[] => {
    for (let i = decisions.length - 1; i >= 0; i--) {
      const d = decisions[i]!;
      if (graph.successors(d.node).some((s) => s !== d.to && !graph.reaches(s, target))) return d.because;
    }
    return [];
  };

  const finish = (state: WalkStop): EngineState => {
    for (const id of answers.keys()) {
      const node = graph.byId.get(id);
      if (!node) ignored.push({ question: id, reason: 'not-a-question' });
      else if (isQuestion(node) && !visited.has(id)) ignored.push({ question: id, reason: 'off-path' });
    }
    const done = path.filter((s) => s.answer).length;
    const current = state.status === 'asking' && isQuestion(state.current) ? done + 1 : done;
    const ahead = state.status === 'asking' ? (remainingQuestions(graph).get(state.current.id) ?? 0) : 0;
    const result = builder.result();
    if (state.status === 'done') {
      const review = reviewOf(program, state.outcome, input.date, ctx, builder);
      if (review) result.review = review;
    }
    return { ...state, path, result, ignored, progress: { current, estimate: Math.max(current, Math.round(done + ahead)) } };
  };

  let id = graph.start;
  for (;;) {
    const node = graph.byId.get(id);
    if (!node) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'missing-node' as const } });
    if (visited.has(id)) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'loop' as const } });
    visited.add(id);

    if (node.type === 'outcome') {
      if (node.effects) builder.apply(node.effects, entry(id));
      path.push({ node });
      return finish({ status: 'done' as const, outcome: node });
    }

    let own: Because | undefined;
    if (node.type === 'info') {
      if (!options.skipInfo && !answers.has(id)) return finish({ status: 'asking' as const, current: node });
      if (node.effects) builder.apply(node.effects, entry(id));
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
      // Node-level effects hold whatever the answer: what brought the walk here explains them.
      if (node.effects) builder.apply(node.effects, entry(id));
      for (const [effects, reason] of chosenEffects(node, record.value)) builder.apply(effects, [reason]);
    }

    const next = nextOf(node, own, ctx, builder);
    if (!next) return finish({ status: 'stuck' as const, stuck: { node: id, reason: 'no-next' as const } });
    if (next.decisive?.length) decisions.push({ node: id, to: next.to, because: next.decisive });
    id = next.to;
  }
}

interface Decision {
  node: string;
  to: string;
  because: Because[];
}

function normalise(answers: EngineInput['answers']): Map<string, AnswerRecord> {
  const out = new Map<string, AnswerRecord>();
  for (const [id, a] of Object.entries(answers)) {
    out.set(id, a !== null && typeof a === 'object' && !Array.isArray(a) ? a : { value: a as AnswerValue });
  }
  return out;
}

/** The effects the answer chose, each with its reason: for a multi-select, only the option itself. */
function chosenEffects(node: QuestionNode, value: AnswerValue): [Effects | undefined, Because][] {
  if (node.type === 'single') return [[node.options.find((o) => o.value === value)?.effects, because(node, value)]];
  if (node.type === 'multi' && Array.isArray(value)) return node.options.filter((o) => value.includes(o.value)).map((o) => [o.effects, because(node, [o.value])]);
  if (node.type === 'yesno') return [[value === 'yes' ? node.yes?.effects : value === 'no' ? node.no?.effects : undefined, because(node, value)]];
  return [];
}

/** The intake as conditions see it: an age counted from the birth date on the interview date. */
function intakeOn(intake: Intake | undefined, date: string | undefined): Intake {
  if (!intake) return {};
  if (intake.age === undefined && intake.birth_date && date) return { ...intake, age: Math.max(0, ageAt(intake.birth_date, date)) };
  return intake;
}

/** Every window a program can name: its own, then the catalogs'. */
function windowsOf(program: Program, options: EngineOptions): Map<string, WindowDef> {
  const out = new Map<string, WindowDef>(options.catalog?.windows ?? []);
  for (const w of program.windows ?? []) out.set(w.id, w);
  return out;
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
