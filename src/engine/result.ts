import { conditionRefs, holds, type ConditionContext } from '../model/conditions.js';
import { displayAnswer } from '../model/answers.js';
import type { ProgramGraph } from '../model/graph.js';
import { engine as msg } from '../messages/engine.js';
import { flagIdOf, isQuestion, type AnswerValue, type Condition, type Effects, type QuestionNode } from '../model/types.js';
import type { ActionItem, Because, ChecklistItem, FlagItem, ReferralItem, ResourceItem, Result, UnknownItem } from './types.js';

export function labelOf(node: QuestionNode): string {
  return node.title ?? node.text.split('\n')[0]!.trim();
}

export function because(node: QuestionNode, value: AnswerValue): Because {
  return { question: node.id, label: labelOf(node), value, display: displayAnswer(node, value) };
}

/**
 * Collects what effects add, merging repeats (the same action reached twice is one action with
 * both reasons) and recording for every item the answers that produced it.
 */
export class ResultBuilder {
  private readonly actions = new Map<string, ActionItem>();
  private readonly referrals = new Map<string, ReferralItem>();
  private readonly resources = new Map<string, ResourceItem>();
  private readonly checklist = new Map<string, ChecklistItem>();
  private readonly flags = new Map<string, FlagItem>();
  private readonly unknowns: UnknownItem[] = [];

  constructor(
    private readonly graph: ProgramGraph,
    private readonly ctx: ConditionContext & { flags: Set<string> },
  ) {}

  apply(effects: Effects | undefined, base: Because[]): void {
    if (!effects) return;
    // An item's own condition is its most specific reason, so its answers come first.
    const when = (c: Condition | undefined) => (c === undefined ? base : holds(c, this.ctx) ? merge(this.conditionBecause(c), base) : undefined);
    for (const a of effects.actions ?? []) {
      const b = when(a.when);
      if (b) upsert(this.actions, a.id, () => ({ id: a.id, text: a.text, ...opt('who', a.who), ...opt('due', a.due), ...opt('why', a.why), because: [] }), b);
    }
    for (const r of effects.referrals ?? []) {
      const b = when(r.when);
      if (!b) continue;
      const item = upsert(this.referrals, r.agency, () => ({ agency: r.agency, reasons: [], shares: [], because: [] }), b);
      if (!item.reasons.includes(r.reason)) item.reasons.push(r.reason);
      if (r.share && !item.shares.includes(r.share)) item.shares.push(r.share);
    }
    for (const r of effects.resources ?? []) {
      const b = when(r.when);
      if (!b) continue;
      const item = upsert(this.resources, r.resource, () => ({ resource: r.resource, notes: [], because: [] }), b);
      if (r.note && !item.notes.includes(r.note)) item.notes.push(r.note);
    }
    for (const c of effects.checklist ?? []) {
      const b = when(c.when);
      if (b) upsert(this.checklist, c.id, () => ({ id: c.id, text: c.text, because: [] }), b);
    }
    for (const f of effects.flags ?? []) {
      const b = when(typeof f === 'string' ? undefined : f.when);
      if (!b) continue;
      const id = flagIdOf(f);
      upsert(this.flags, id, () => ({ id, because: [] }), b);
      this.ctx.flags.add(id);
    }
  }

  unknown(node: QuestionNode, memo: string | undefined): void {
    this.unknowns.push({ question: node.id, label: labelOf(node), text: node.text, ...opt('memo', memo) });
  }

  /** The answers (and intake) a condition read, as reasons. */
  conditionBecause(c: Condition): Because[] {
    const refs = conditionRefs(c);
    const out: Because[] = [];
    if (refs.intake && this.ctx.intake.age !== undefined) {
      out.push({ question: 'intake.age', label: msg.ageLabel, value: this.ctx.intake.age, display: msg.age(this.ctx.intake.age) });
    }
    for (const id of refs.answers) {
      const node = this.graph.byId.get(id);
      const value = this.ctx.answers.get(id);
      if (node && isQuestion(node) && value !== undefined) out.push(because(node, value));
    }
    return out;
  }

  result(): Result {
    return {
      actions: [...this.actions.values()],
      referrals: [...this.referrals.values()],
      resources: [...this.resources.values()],
      checklist: [...this.checklist.values()],
      flags: [...this.flags.values()],
      unknowns: [...this.unknowns],
    };
  }
}

// The questions already named by each item: an item reached many times (the same referral from
// every fifth question of a long program) gains reasons in constant time each.
const named = new WeakMap<{ because: Because[] }, Set<string>>();

function upsert<T extends { because: Because[] }>(map: Map<string, T>, key: string, create: () => T, reasons: Because[]): T {
  let item = map.get(key);
  if (!item) map.set(key, (item = create()));
  let seen = named.get(item);
  if (!seen) named.set(item, (seen = new Set(item.because.map((b) => b.question))));
  for (const r of reasons) if (!seen.has(r.question)) (seen.add(r.question), item.because.push(r));
  return item;
}

/** a, then the reasons of b about questions a does not mention yet. Linear: long walks merge often. */
export function merge(a: Because[], b: Because[]): Because[] {
  if (b.length === 0) return a;
  const seen = new Set(a.map((x) => x.question));
  const out = [...a];
  for (const x of b) if (!seen.has(x.question)) (seen.add(x.question), out.push(x));
  return out;
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
