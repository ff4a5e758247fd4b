import fc from 'fast-check';
import { evaluate } from '../../src/core/engine/evaluate.js';
import type { AnswerRecord, EngineInput, EngineState } from '../../src/core/engine/types.js';
import { choicesOf, nodeAfter, nodeBefore, withAnswer } from '../../src/core/engine/walk.js';
import { isQuestion, UNKNOWN, type AnswerValue, type Program, type ProgramNode, type QuestionNode } from '../../src/core/model/types.js';

// A model of what a caseworker does in `ikusei start` (src/walk/controller.ts), as data that
// fast-check can generate and shrink: answer what is on screen, go back (戻る), jump to an earlier
// answer from the review and change it, type something the question does not accept.

export type Move =
  | { kind: 'answer'; pick: number; text: string; unknown: boolean; memo: string | null }
  | { kind: 'back' }
  | { kind: 'review'; pick: number }
  | { kind: 'invalid'; pick: number };

export const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 30 }), unknown: fc.boolean(), memo: fc.option(fc.string({ maxLength: 10 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('back' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('review' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('invalid' as const), pick: fc.nat() }) },
);

/** Long enough to reach an outcome of the real programs (20–30 questions deep) after detours. */
export const walkArb = fc.record({ age: fc.option(fc.integer({ min: 0, max: 30 })), moves: fc.array(moveArb, { minLength: 5, maxLength: 150, size: 'max' }) });

/** A value the question accepts, chosen by `pick` (the prompts only let such values through). */
export function validAnswer(node: QuestionNode, m: Extract<Move, { kind: 'answer' }>): AnswerValue {
  if (node.unknown && m.unknown && m.pick % 4 === 0) return UNKNOWN;
  switch (node.type) {
    case 'single':
    case 'yesno': {
      const values = choicesOf(node).map((c) => c.value);
      return values[m.pick % values.length]!;
    }
    case 'multi': {
      const chosen = node.options.filter((_o, i) => (m.pick >> i) & 1);
      const exclusive = chosen.find((o) => o.exclusive);
      return exclusive ? [exclusive.value] : chosen.map((o) => o.value);
    }
    case 'number': {
      const min = node.min ?? 0;
      const max = node.max ?? min + 1000;
      const n = min + (m.pick % (Math.floor(max - min) + 1));
      return node.integer === false && n < max ? n + 0.5 : n;
    }
    case 'date':
      return new Date(Date.UTC(2000, 0, 1) + (m.pick % 15000) * 86_400_000).toISOString().slice(0, 10);
    case 'text': {
      const text = m.text.trim() === '' ? '回答' : m.text;
      return node.max_length !== undefined ? [...text].slice(0, node.max_length).join('') : text;
    }
  }
}

/** A value the question does not accept (an answers file can hold one; the engine must not use it). */
export function invalidAnswer(node: QuestionNode, pick: number): AnswerValue {
  const bad: Record<QuestionNode['type'], AnswerValue[]> = {
    single: ['no-such-option', ['ok']],
    yesno: ['maybe', 1],
    multi: [['no-such-option'], 'money'],
    number: [-1e9, 'twelve', Number.MAX_SAFE_INTEGER],
    date: ['2026-02-30', '令和8年', 20261122],
    text: ['   ', 42, 'x'.repeat(100_000)],
  };
  const values = bad[node.type].filter((v) => node.type !== 'number' || typeof v !== 'number' || v < (node.min ?? -Infinity) || v > (node.max ?? Infinity));
  return values[pick % values.length]!;
}

export interface Walked {
  input: EngineInput;
  /** The state after the last move, as the walk saw it. */
  state: EngineState;
  /** Every state the walk passed through. */
  states: EngineState[];
}

/** Plays the moves: the engine decides, the walk only keeps which node is on screen. */
export function playWalk(program: Program, age: number | null, moves: readonly Move[]): Walked {
  let input: EngineInput = { intake: age === null ? {} : { age }, answers: {} };
  let focus: string | undefined;
  let state = evaluate(program, input);
  const states = [state];
  const shown = (s: EngineState): ProgramNode[] => {
    const nodes = s.path.map((step) => step.node).filter((n) => n.type !== 'outcome');
    return s.status === 'asking' ? [...nodes, s.current] : nodes;
  };
  // After an answer, go on to the next node already seen (walking forward after 戻る), else to what the engine asks.
  const after = (s: EngineState, id: string) => {
    const next = nodeAfter(s, id);
    return next && !(s.status === 'asking' && s.current.id === next.id) ? next.id : undefined;
  };
  const set = (id: string, record: AnswerRecord) => {
    input = withAnswer(input, id, record);
    state = evaluate(program, input);
    states.push(state);
  };

  for (const m of moves) {
    const node = (focus && shown(state).find((n) => n.id === focus)) || (state.status === 'asking' ? state.current : undefined);
    if (m.kind === 'review') {
      const answered = state.path.filter((s) => s.answer && isQuestion(s.node));
      if (answered.length) focus = answered[m.pick % answered.length]!.node.id;
      continue;
    }
    if (!node) continue;
    if (m.kind === 'back') {
      focus = nodeBefore(state, node.id)?.id ?? node.id;
    } else if (node.type === 'info') {
      set(node.id, { value: 'seen' });
      focus = after(state, node.id);
    } else if (isQuestion(node)) {
      if (m.kind === 'invalid') {
        set(node.id, { value: invalidAnswer(node, m.pick) });
        focus = node.id;
      } else {
        set(node.id, { value: validAnswer(node, m), ...(m.memo ? { memo: m.memo } : {}) });
        focus = after(state, node.id);
      }
    }
  }
  return { input, state, states };
}

/**
 * A fresh walk that answers, in order, exactly what the final path needs, taking each answer from
 * the final answers: what someone entering the finished case in one go would do.
 */
export function replayPath(program: Program, input: EngineInput): EngineState {
  const answers: Record<string, AnswerRecord | AnswerValue> = {};
  for (let guard = 0; guard <= program.nodes.length; guard++) {
    const state = evaluate(program, { intake: input.intake ?? {}, answers });
    if (state.status !== 'asking') return state;
    const id = state.current.id;
    if (id in answers || !(id in input.answers)) return state;
    answers[id] = input.answers[id]!;
  }
  throw new Error('replay did not end');
}
