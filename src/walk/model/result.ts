import type { ChalkInstance } from 'chalk';
import type { Because, DueInfo, EngineState, Result } from '../../core/engine/types.js';
import { dedupeBecause, dueText, itemRef, ownerText } from '../../core/engine/wording.js';
import { engine as engineMsg } from '../../messages/engine.js';
import { walkMsg } from '../../messages/walk.js';
import { formatEraDate } from '../../core/model/answers.js';
import type { Catalog, Program } from '../../core/model/types.js';
import { terminalSafeDeep } from '../../core/text/terminal-safe.js';

const m = walkMsg.result;
const msgPlan = engineMsg.plan;

export type DoneState = Extract<EngineState, { status: 'done' }>;

function becauseText(list: Because[]): string {
  return list.map((b) => m.pair(b.label, b.display)).join(m.joiner);
}

/**
 * The result as the caseworker reads it in the terminal: the outcome, the review date and what to
 * do next first, then each group with, under every item, who acts by when and the answers that led
 * to it (a reason identical to an earlier item's in the group points to it instead).
 */
export function formatResult(state: DoneState, program: Program, catalog: Catalog, c: ChalkInstance, caseworker?: string): string {
  // Memos and typed answers are case data from a file: nothing in them may reach the terminal raw.
  const r: Result = terminalSafeDeep(state.result);
  const out: string[] = [];
  // Empty groups say so rather than vanish: "no referral" is information too.
  const heading = (s: string, n: number) => {
    out.push('', `${c.bold(`■ ${s}`)}  ${c.dim(m.count(n))}`);
    if (n === 0) out.push(c.dim(`  ${m.nothing}`));
  };
  const reasons = <T extends { because: Because[] }>(items: T[], name: (i: number) => string) => {
    const blocks = dedupeBecause(items);
    return (i: number) => {
      const b = blocks[i]!;
      if ('sameAs' in b) out.push(c.dim(`     ${m.because}: ${m.sameAs(name(b.sameAs))}`));
      else if (b.full.length) out.push(c.dim(`     ${m.because}: ${becauseText(b.full)}`));
    };
  };
  const owner = (x: { who?: string; due?: DueInfo; reference?: boolean }) => {
    if (x.reference) return out.push(c.dim(`     ${msgPlan.reference}`));
    if (x.due || x.who) out.push(c.cyan(`     ${m.owner}: ${ownerText(x.who, caseworker)}${x.due ? `／${m.due}: ${dueText(x.due)}` : ''}`));
  };

  out.push(c.bold.green(`━━ ${m.heading(state.outcome.title)} ━━`));
  out.push(state.outcome.text.trim());
  if (r.date) out.push(c.dim(m.interviewDate(formatEraDate(r.date))));
  if (r.review) {
    out.push(c.cyan(r.review.date ? m.review(r.review.interval, formatEraDate(r.review.date)) : m.reviewNoDate(r.review.interval)));
    if (r.review.why) out.push(c.cyan(m.reviewWhy(r.review.why)));
  }

  heading(m.actions, r.actions.length);
  const actionReason = reasons(r.actions, (i) => m.itemNo(i + 1));
  r.actions.forEach((a, i) => {
    out.push(`  ${i + 1}. ${a.text}`);
    out.push(c.cyan(`     ${m.owner}: ${ownerText(a.who, caseworker)}${a.due ? `／${m.due}: ${dueText(a.due)}` : ''}`));
    if (a.why) out.push(c.dim(`     ${m.why}: ${a.why}`));
    actionReason(i);
  });
  heading(m.referrals, r.referrals.length);
  const agencyName = (id: string) => catalog.agencies.get(id)?.name ?? m.unknownAgency(id);
  const referralReason = reasons(r.referrals, (i) => itemRef(agencyName(r.referrals[i]!.agency)));
  r.referrals.forEach((x, i) => {
    out.push(`  ・${c.bold(agencyName(x.agency))} — ${x.reasons.join(m.listJoiner)}`);
    owner(x);
    if (x.shares.length) out.push(c.dim(`     ${m.share}: ${x.shares.join(m.listJoiner)}`));
    referralReason(i);
  });
  heading(m.resources, r.resources.length);
  const resourceName = (id: string) => catalog.resources.get(id)?.name ?? m.unknownResource(id);
  const resourceReason = reasons(r.resources, (i) => itemRef(resourceName(r.resources[i]!.resource)));
  r.resources.forEach((x, i) => {
    const res = catalog.resources.get(x.resource);
    out.push(`  ・${c.bold(resourceName(x.resource))}${res ? c.dim(`［${res.category}］`) : ''}${x.notes.length ? ` — ${x.notes.join(m.listJoiner)}` : ''}`);
    owner(x);
    resourceReason(i);
  });
  heading(m.checklist, r.checklist.length);
  const checkReason = reasons(r.checklist, (i) => itemRef(r.checklist[i]!.text));
  r.checklist.forEach((x, i) => {
    out.push(`  □ ${x.text}`);
    checkReason(i);
  });
  if (r.flags.length) {
    heading(m.flags, r.flags.length);
    const flagLabel = (id: string) => program.flags?.find((d) => d.id === id)?.label ?? id;
    const flagReason = reasons(r.flags, (i) => itemRef(flagLabel(r.flags[i]!.id)));
    r.flags.forEach((f, i) => {
      out.push(`  ！${c.yellow(flagLabel(f.id))}`);
      flagReason(i);
    });
  }
  heading(m.unknowns, r.unknowns.length);
  for (const u of r.unknowns) {
    out.push(`  ？${u.label}`);
    if (u.memo) out.push(c.dim(`     ${m.memo}: ${u.memo}`));
  }
  return out.join('\n');
}

/** The same result as data, for `run --json`: every due date also as `dueDate` (ISO). */
export function resultJson(state: EngineState, program: Program, hash: string) {
  const base = {
    program: { id: program.id, number: program.number, title: program.title, version: program.version, hash },
    ...(state.result.date ? { date: state.result.date } : {}),
    status: state.status,
    answers: state.path.filter((s) => s.answer).map((s) => ({ question: s.node.id, value: s.answer!.value, display: s.display, ...(s.answer!.memo ? { memo: s.answer!.memo } : {}) })),
    ignored: state.ignored,
  };
  if (state.status !== 'done') return { ...base, missing: state.status === 'asking' ? [state.current.id] : [] };
  const { review, ...rest } = state.result;
  const dated = <T extends { due?: DueInfo }>(x: T) => (x.due?.date ? { ...x, dueDate: x.due.date } : x);
  return {
    ...base,
    outcome: { id: state.outcome.id, title: state.outcome.title, text: state.outcome.text, ...(review ? { review } : {}) },
    result: { ...rest, actions: rest.actions.map(dated), referrals: rest.referrals.map(dated), resources: rest.resources.map(dated) },
  };
}
