import { conditionRefs, holds, type ConditionContext } from '../model/conditions.js';
import { displayAnswer } from '../model/answers.js';
import { nodeLabel } from '../model/labels.js';
import type { ProgramGraph } from '../model/graph.js';
import { engine as msg } from '../../messages/engine.js';
import { flagIdOf, isQuestion, type AnswerValue, type Catalog, type Condition, type DueSpec, type Effects, type QuestionNode } from '../model/types.js';
import { resolveDue, windowStatus, type ScheduleContext } from './schedule.js';
import type { ActionItem, Because, ChecklistItem, FlagItem, ReferralItem, ResourceItem, Result, UnknownItem } from './types.js';

export function because(node: QuestionNode, value: AnswerValue): Because {
  return { question: node.id, label: nodeLabel(node), value, display: displayAnswer(node, value) };
}

/**
 * Collects what effects add, merging repeats (the same action reached twice is one action with
 * both reasons) and recording for every item the answers that produced it (the 根拠 rule in
 * programs/README.md: the item's own condition first, then the answer that put it on the path).
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
    private readonly schedule: ScheduleContext,
    private readonly catalog: Catalog | undefined,
  ) {}

  apply(effects: Effects | undefined, base: Because[]): void {
    if (!effects) return;
    const when = (c: Condition | undefined) => (c === undefined ? base : holds(c, this.ctx) ? merge(this.conditionBecause(c), base) : undefined);
    for (const a of effects.actions ?? []) {
      const b = when(a.when);
      if (b) upsert(this.actions, a.id, () => ({ id: a.id, text: a.text, ...opt('who', a.who), ...this.due(a.due), ...opt('why', a.why), because: [] }), b);
    }
    for (const r of effects.referrals ?? []) {
      const b = when(r.when);
      if (!b) continue;
      const item = upsert(this.referrals, r.agency, () => ({ agency: r.agency, reasons: [], shares: [], because: [] }), b);
      if (!item.reasons.includes(r.reason)) item.reasons.push(r.reason);
      if (r.share && !item.shares.includes(r.share)) item.shares.push(r.share);
      this.own(item, r);
    }
    for (const r of effects.resources ?? []) {
      const b = when(r.when);
      if (!b) continue;
      const item = upsert(this.resources, r.resource, () => ({ resource: r.resource, notes: [], windows: this.windowsOf(r.resource), because: [] }), b);
      if (r.note && !item.notes.includes(r.note)) item.notes.push(r.note);
      this.own(item, r);
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

  /**
   * Owner and date of a referral or resource reached from several places: a place that asks
   * someone to act wins over one that lists it for reference, and the earliest date wins.
   */
  private own(item: ReferralItem | ResourceItem, r: { who?: string; due?: DueSpec; reference?: true }): void {
    if (r.due !== undefined) {
      const due = resolveDue(r.due, this.schedule);
      if (!item.due || earlier(due.date, item.due.date)) {
        item.due = due;
        item.who = r.who;
      }
    } else if (!item.due && item.who === undefined) {
      item.who = r.who;
    }
    // Reference only when every place that lists it says so.
    item.reference = !item.due && (item.reference ?? true) && r.reference === true;
  }

  private due(spec: DueSpec | undefined) {
    return spec === undefined ? {} : { due: resolveDue(spec, this.schedule) };
  }

  private windowsOf(resource: string) {
    const defs = this.catalog?.resources.get(resource)?.windows ?? [];
    const date = this.schedule.date;
    return date ? defs.map((w) => windowStatus(w, date)) : [];
  }

  unknown(node: QuestionNode, memo: string | undefined): void {
    this.unknowns.push({ question: node.id, label: nodeLabel(node), text: node.text, ...opt('memo', memo) });
  }

  /**
   * The answers (and intake, and raised flags) that make a holding condition true, as reasons.
   * For a multi-select, only the options the condition looked for; under `any`, only the parts
   * that hold; a flag cites the answers that raised it.
   */
  conditionBecause(c: Condition): Because[] {
    if (c.all) return c.all.reduce<Because[]>((acc, x) => merge(acc, this.conditionBecause(x)), []);
    if (c.any) return c.any.filter((x) => holds(x, this.ctx)).reduce<Because[]>((acc, x) => merge(acc, this.conditionBecause(x)), []);
    if (c.not) return this.refsBecause(c.not);
    if (c.flag !== undefined) return this.flags.get(c.flag)?.because ?? [];
    if (c.intake) return this.intakeBecause();
    if (c.answer === undefined) return [];
    const node = this.graph.byId.get(c.answer);
    const value = this.ctx.answers.get(c.answer);
    if (!node || !isQuestion(node) || value === undefined) return [];
    if (c.includes !== undefined && Array.isArray(value)) return [because(node, [String(c.includes)])];
    return [because(node, value)];
  }

  /** Every answer a condition reads (for `not`, where nothing in particular made it true). */
  private refsBecause(c: Condition): Because[] {
    const refs = conditionRefs(c);
    const out: Because[] = refs.intake ? this.intakeBecause() : [];
    for (const id of refs.answers) {
      const node = this.graph.byId.get(id);
      const value = this.ctx.answers.get(id);
      if (node && isQuestion(node) && value !== undefined) out.push(because(node, value));
    }
    return out;
  }

  private intakeBecause(): Because[] {
    const age = this.ctx.intake.age;
    return age === undefined ? [] : [{ question: 'intake.age', label: msg.ageLabel, value: age, display: msg.age(age) }];
  }

  result(): Result {
    return {
      ...(this.schedule.date ? { date: this.schedule.date } : {}),
      actions: [...this.actions.values()],
      referrals: [...this.referrals.values()],
      resources: [...this.resources.values()],
      checklist: [...this.checklist.values()],
      flags: [...this.flags.values()],
      unknowns: [...this.unknowns],
    };
  }
}

function earlier(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && (b === undefined || a < b);
}

// Where each question sits in an item's reasons: an item reached many times (the same referral
// from every fifth question of a long program) gains reasons in constant time each.
const named = new WeakMap<{ because: Because[] }, Map<string, number>>();

function upsert<T extends { because: Because[] }>(map: Map<string, T>, key: string, create: () => T, reasons: Because[]): T {
  let item = map.get(key);
  if (!item) map.set(key, (item = create()));
  let at = named.get(item);
  if (!at) named.set(item, (at = new Map(item.because.map((b, i) => [b.question, i]))));
  for (const r of reasons) addReason(item.because, at, r);
  return item;
}

/**
 * Adds a reason unless its question is already given. Two options of one multi-select become one
 * reason naming both (「心配ごと「お金、体調」」), never the question twice. Reasons are shared
 * between items, so a combined one is a new object.
 */
function addReason(list: Because[], at: Map<string, number>, r: Because): void {
  const i = at.get(r.question);
  if (i === undefined) {
    at.set(r.question, list.length);
    list.push(r);
    return;
  }
  const old = list[i]!;
  const had = old.value;
  if (!Array.isArray(had) || !Array.isArray(r.value)) return;
  const added = r.value.filter((v) => !had.includes(v));
  if (added.length === 0) return;
  const fresh = r.display.split(msg.listSeparator).filter((d) => !old.display.split(msg.listSeparator).includes(d));
  list[i] = { ...old, value: [...had, ...added], display: [old.display, ...fresh].join(msg.listSeparator) };
}

/** a, then the reasons of b about questions a does not give yet. Linear: long walks merge often. */
export function merge(a: Because[], b: Because[]): Because[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  const at = new Map(out.map((x, i) => [x.question, i]));
  for (const x of b) addReason(out, at, x);
  return out;
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
