import type { SessionFile } from '../../core/case/types.js';
import type { EngineInput, EngineState } from '../../core/engine/types.js';
import { nodeLabel } from '../../core/model/labels.js';
import { isQuestion, type ProgramNode } from '../../core/model/types.js';
import { isoDateInJapan } from '../../core/model/calendar.js';

export interface ReviewEntry {
  question: string;
  label: string;
  text: string;
  answer: string;
  memo?: string;
}

/**
 * The answers on the current path, in the order they were asked. Answers off the path (left over
 * from a changed earlier answer) are not shown: they do not count, and come back only if the
 * caseworker changes the earlier answer back.
 */
export function reviewEntries(state: EngineState): ReviewEntry[] {
  return state.path.flatMap((step) =>
    isQuestion(step.node) && step.answer
      ? [{ question: step.node.id, label: nodeLabel(step.node), text: step.node.text.trim(), answer: step.display ?? '', ...(step.answer.memo ? { memo: step.answer.memo } : {}) }]
      : [],
  );
}

/** Nodes a caseworker has seen, in order, plus the one being asked: where 戻る and resume can go. */
export function shownNodes(state: EngineState): ProgramNode[] {
  const nodes = state.path.map((s) => s.node).filter((n) => n.type !== 'outcome');
  return state.status === 'asking' ? [...nodes, state.current] : nodes;
}

/** The 1-based number of a question among the questions on the path (for 「質問 3 / 約 8」). */
export function questionNumber(state: EngineState, id: string): number {
  let n = 0;
  for (const node of shownNodes(state)) {
    if (isQuestion(node)) n++;
    if (node.id === id) return Math.max(n, 1);
  }
  return state.progress.current;
}

/** What the engine sees of a session: the child's age and the answers. */
/** What the engine reads of a session: intake, answers and the interview date (see case/interview.ts). */
export function engineInput(session: SessionFile): EngineInput {
  const date = session.date ?? isoDateInJapan(new Date(session.createdAt));
  return { intake: session.intake.age !== undefined ? { age: session.intake.age } : {}, answers: session.answers, date };
}
