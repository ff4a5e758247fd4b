import { engine as msg } from '../../messages/engine.js';
import { UNKNOWN, type AnswerValue, type ProgramNode, type QuestionNode } from '../model/types.js';
import type { AnswerRecord, EngineInput, EngineState } from './types.js';

/** Pure helpers for a front end (prompts, scripts) that walks with the engine. */

export interface Choice {
  value: AnswerValue;
  label: string;
  help?: string;
}

/** The choices of a choice question, with 「わからない・未確認」 last where the program allows it. */
export function choicesOf(node: QuestionNode): Choice[] {
  const choices: Choice[] =
    node.type === 'single' || node.type === 'multi'
      ? node.options.map((o) => ({ value: o.value, label: o.label, ...(o.help ? { help: o.help } : {}) }))
      : node.type === 'yesno'
        ? [
            { value: 'yes', label: node.yes?.label ?? msg.yes },
            { value: 'no', label: node.no?.label ?? msg.no },
          ]
        : [];
  if (node.unknown) choices.push({ value: UNKNOWN, label: msg.unknown });
  return choices;
}

/** A new input with one answer set; every other answer is kept, whether on the path or not. */
export function withAnswer(input: EngineInput, id: string, record: AnswerRecord): EngineInput {
  return { ...input, answers: { ...input.answers, [id]: record } };
}

/** The node shown before `id` on the current path (what 戻る goes back to), if any. */
export function nodeBefore(state: EngineState, id: string): ProgramNode | undefined {
  const nodes = shownNodes(state);
  const i = nodes.findIndex((n) => n.id === id);
  return i > 0 ? nodes[i - 1] : undefined;
}

/** The node shown after `id` on the current path: the next answered one, or the one being asked. */
export function nodeAfter(state: EngineState, id: string): ProgramNode | undefined {
  const nodes = shownNodes(state);
  const i = nodes.findIndex((n) => n.id === id);
  return i >= 0 ? nodes[i + 1] : undefined;
}

/** Questions and info screens in walking order, ending with the current one while asking. */
function shownNodes(state: EngineState): ProgramNode[] {
  const nodes = state.path.map((s) => s.node).filter((n) => n.type !== 'outcome');
  return state.status === 'asking' ? [...nodes, state.current] : nodes;
}
