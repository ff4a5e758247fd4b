import { plainCondition } from './describe.js';
import type { Edge, ProgramGraph } from './graph.js';
import { answerLabel } from './labels.js';
import type { ProgramNode } from './types.js';

/**
 * What a branch of the program says, for the printed outline of a flowchart tool (sheet) and the
 * drawn flowchart (`graph`): the condition of a route, the answer chosen, わからない, or for a
 * node's plain `next` that it is the way of the other answers. Each caller puts these in its own
 * frame (「［条件: …］」, 「…」, 「（それ以外）」); the words themselves are decided here only.
 */
export type EdgeWords =
  /** A route: its condition in plain words (question titles, option and flag labels). */
  | { kind: 'condition'; text: string }
  /** An option, or はい／いいえ: the label the caseworker chose. */
  | { kind: 'answer'; text: string }
  /** The way of 「わからない」. */
  | { kind: 'unknown' }
  /**
   * The node's `next` beside other ways: taken by `answers` (options or はい／いいえ without a
   * way of their own, and 「わからない」 when `unknown`) — none listed when the node has routes,
   * or is a kind of question whose every answer goes on by `next`.
   */
  | { kind: 'otherwise'; answers: string[]; unknown: boolean }
  /** The only way on: nothing to say. */
  | { kind: 'none' };

export interface EdgeWordsOptions {
  /** Shorten each quoted title or label in a condition to this many characters (flowchart arrows). */
  clip?: number;
  /** A condition on the question the arrow leaves need not name it (「…」を選んだ). */
  omitOwnQuestion?: boolean;
}

export function edgeWords(graph: ProgramGraph, edge: Edge, options: EdgeWordsOptions = {}): EdgeWords {
  const node = graph.byId.get(edge.from);
  if (!node || node.type === 'outcome') return { kind: 'none' };
  switch (edge.kind) {
    case 'route': {
      const names = { nodes: graph.byId, flags: graph.program.flags, ...(options.clip !== undefined ? { clip: options.clip } : {}), ...(options.omitOwnQuestion ? { self: node.id } : {}) };
      return { kind: 'condition', text: plainCondition(node.route![Number(edge.label)]!.when, names) };
    }
    case 'option':
      // The edge's label is the option's value (see nodeEdges).
      return { kind: 'answer', text: answerLabel(node, edge.label ?? '') };
    case 'yes':
    case 'no':
      return { kind: 'answer', text: answerLabel(node, edge.kind) };
    case 'unknown':
      return { kind: 'unknown' };
    case 'next':
      // Only a real branch needs words.
      if (!(graph.out.get(node.id) ?? []).some((e) => e.kind !== 'next')) return { kind: 'none' };
      // With routes, the node's next is what is left when none holds: no answer can be named.
      return node.route?.length ? { kind: 'otherwise', answers: [], unknown: false } : { kind: 'otherwise', ...fallThrough(node) };
  }
}

/** The choices that have no `next` of their own and so take the node's `next`. */
function fallThrough(node: ProgramNode): { answers: string[]; unknown: boolean } {
  // Every answer of a multi, number, date or text question goes on by `next` (when no route
  // holds and わからない has no way of its own): naming them would say no more than 「それ以外」.
  if (node.type === 'single') return { answers: node.options.filter((o) => !o.next).map((o) => o.label), unknown: Boolean(node.unknown) && !node.unknown_next };
  if (node.type === 'yesno') {
    const answers = (['yes', 'no'] as const).filter((b) => !node[b]?.next).map((b) => answerLabel(node, b));
    return { answers, unknown: Boolean(node.unknown) && !node.unknown_next };
  }
  return { answers: [], unknown: false };
}
