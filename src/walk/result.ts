import type { ChalkInstance } from 'chalk';
import type { Because, EngineState, Result } from '../engine/types.js';
import { walkMsg } from '../messages/walk.js';
import { formatEraDate } from '../model/answers.js';
import type { Catalog, OutcomeNode, Program } from '../model/types.js';
import { localIsoDate } from './parse.js';
import { terminalSafeDeep } from '../util/terminal-safe.js';

const m = walkMsg.result;

export type DoneState = Extract<EngineState, { status: 'done' }>;

/** When to look at the case again: the outcome's review_months, else the program's. */
export function reviewDate(outcome: OutcomeNode, program: Program, now: Date): { months: number; date: string } | undefined {
  const months = outcome.review_months ?? program.review_months;
  if (!months) return undefined;
  const d = new Date(now.getFullYear(), now.getMonth() + months, now.getDate());
  return { months, date: localIsoDate(d) };
}

function becauseText(list: Because[]): string {
  return list.map((b) => m.pair(b.label, b.display)).join(m.joiner);
}

/**
 * The result as the caseworker reads it in the terminal: the outcome and what to do next first,
 * then each group with, under every item, the answers that led to it.
 */
export function formatResult(state: DoneState, program: Program, catalog: Catalog, c: ChalkInstance, now: Date): string {
  // Answers, memos and the texts built from them go to a terminal: shown escaped (see terminal-safe.ts).
  const r: Result = terminalSafeDeep(state.result);
  const out: string[] = [];
  // Empty groups say so rather than vanish: "no referral" is information too.
  const heading = (s: string, n: number) => {
    out.push('', `${c.bold(`■ ${s}`)}  ${c.dim(m.count(n))}`);
    if (n === 0) out.push(c.dim(`  ${m.nothing}`));
  };
  const reason = (list: Because[]) => {
    if (list.length) out.push(c.dim(`     ${m.because}: ${becauseText(list)}`));
  };

  out.push(c.bold.green(`━━ ${m.heading(state.outcome.title)} ━━`));
  out.push(state.outcome.text.trim());
  const review = reviewDate(state.outcome, program, now);
  if (review) out.push(c.cyan(m.review(review.months, formatEraDate(review.date))));

  heading(m.actions, r.actions.length);
  r.actions.forEach((a, i) => {
    const extra = [a.who && `${m.who}: ${a.who}`, a.due && `${m.due}: ${a.due}`].filter(Boolean).join('／');
    out.push(`  ${i + 1}. ${a.text}${extra ? c.dim(`（${extra}）`) : ''}`);
    if (a.why) out.push(c.dim(`     ${m.why}: ${a.why}`));
    reason(a.because);
  });
  heading(m.referrals, r.referrals.length);
  for (const x of r.referrals) {
    const name = catalog.agencies.get(x.agency)?.name ?? m.unknownAgency(x.agency);
    out.push(`  ・${c.bold(name)} — ${x.reasons.join(m.joiner)}`);
    if (x.shares.length) out.push(c.dim(`     ${m.share}: ${x.shares.join(m.joiner)}`));
    reason(x.because);
  }
  heading(m.resources, r.resources.length);
  for (const x of r.resources) {
    const res = catalog.resources.get(x.resource);
    out.push(`  ・${c.bold(res?.name ?? m.unknownResource(x.resource))}${res ? c.dim(`［${res.category}］`) : ''}${x.notes.length ? ` — ${x.notes.join(m.joiner)}` : ''}`);
    reason(x.because);
  }
  heading(m.checklist, r.checklist.length);
  for (const x of r.checklist) {
    out.push(`  □ ${x.text}`);
    reason(x.because);
  }
  if (r.flags.length) {
    heading(m.flags, r.flags.length);
    for (const f of r.flags) {
      out.push(`  ！${c.yellow(program.flags?.find((d) => d.id === f.id)?.label ?? f.id)}`);
      reason(f.because);
    }
  }
  heading(m.unknowns, r.unknowns.length);
  for (const u of r.unknowns) {
    out.push(`  ？${u.label}`);
    if (u.memo) out.push(c.dim(`     ${m.memo}: ${u.memo}`));
  }
  return out.join('\n');
}

/** The same result as data, for `run --json`. */
export function resultJson(state: EngineState, program: Program, hash: string, now: Date) {
  const base = {
    program: { id: program.id, number: program.number, title: program.title, version: program.version, hash },
    status: state.status,
    answers: state.path.filter((s) => s.answer).map((s) => ({ question: s.node.id, value: s.answer!.value, display: s.display, ...(s.answer!.memo ? { memo: s.answer!.memo } : {}) })),
    ignored: state.ignored,
  };
  if (state.status !== 'done') return { ...base, missing: state.status === 'asking' ? [state.current.id] : [] };
  const review = reviewDate(state.outcome, program, now);
  return {
    ...base,
    outcome: { id: state.outcome.id, title: state.outcome.title, text: state.outcome.text, ...(review ? { review: { months: review.months, date: review.date } } : {}) },
    result: state.result,
  };
}
