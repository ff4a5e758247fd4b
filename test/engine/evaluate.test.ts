import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { choicesOf, evaluate, nodeAfter, nodeBefore, withAnswer } from '../../src/core/engine/index.js';
import type { EngineInput, EngineState } from '../../src/core/engine/types.js';
import { loadProgramFile } from '../../src/io/program/load.js';
import type { Program } from '../../src/core/model/types.js';
import { fixtures } from '../helpers/cli.js';

let program: Program;
beforeAll(() => {
  const loaded = loadProgramFile(path.join(fixtures, 'programs/mini.yaml'));
  expect(loaded.diagnostics).toEqual([]);
  program = loaded.program!.program;
});

const asking = (s: EngineState) => (s.status === 'asking' ? s.current.id : `${s.status}`);
const ids = (s: EngineState) => ({
  actions: s.result.actions.map((a) => a.id),
  referrals: s.result.referrals.map((r) => r.agency),
  resources: s.result.resources.map((r) => r.resource),
  checklist: s.result.checklist.map((c) => c.id),
  flags: s.result.flags.map((f) => f.id),
  unknowns: s.result.unknowns.map((u) => u.question),
});

/** The full answers of a 16-year-old whose absences trigger the dropout route. */
const risky: EngineInput = {
  intake: { age: 16 },
  answers: {
    q_attend: 'declining',
    q_days: 12,
    i_risk: 'seen',
    q_baito: 'yes',
    q_hours: 20,
    q_worries: ['money'],
    q_date: '2026-12-01',
    q_note: '卒業したい',
  },
};

describe('walking forward', () => {
  it('starts at the first node with a progress estimate', () => {
    const s = evaluate(program, { answers: {} });
    expect(asking(s)).toBe('q_attend');
    expect(s.progress.current).toBe(1);
    expect(s.progress.estimate).toBeGreaterThan(4);
    expect(s.path).toEqual([]);
  });

  it('follows the chosen option and stops at the next unanswered question', () => {
    const s = evaluate(program, { answers: { q_attend: 'declining' } });
    expect(asking(s)).toBe('q_days');
    expect(s.progress.current).toBe(2);
    expect(s.path.map((p) => p.node.id)).toEqual(['q_attend']);
    expect(s.path[0]!.display).toBe('欠席や遅刻が増えている');
  });

  it('routes on an answer combined with the intake age', () => {
    expect(asking(evaluate(program, { intake: { age: 16 }, answers: { q_attend: 'declining', q_days: 12 } }))).toBe('i_risk');
    expect(asking(evaluate(program, { intake: { age: 14 }, answers: { q_attend: 'declining', q_days: 12 } }))).toBe('q_baito');
    expect(asking(evaluate(program, { intake: { age: 16 }, answers: { q_attend: 'declining', q_days: 9 } }))).toBe('q_baito');
  });

  it('waits at an info screen until it is seen, unless told to pass info screens', () => {
    const answers = { q_attend: 'declining', q_days: 12 };
    expect(asking(evaluate(program, { intake: { age: 16 }, answers }))).toBe('i_risk');
    expect(asking(evaluate(program, { intake: { age: 16 }, answers }, { skipInfo: true }))).toBe('q_baito');
    expect(asking(evaluate(program, { intake: { age: 16 }, answers: { ...answers, i_risk: 'seen' } }))).toBe('q_baito');
  });

  it('reaches an outcome with every result item and where it came from', () => {
    const s = evaluate(program, risky);
    expect(s.status).toBe('done');
    expect(s.status === 'done' && s.outcome.id).toBe('o_risk');
    expect(ids(s)).toEqual({
      actions: ['a_meeting'],
      referrals: ['gakkou', 'saposute'],
      resources: ['shuugaku-shienkin'],
      checklist: ['c_money'],
      flags: ['dropout_risk'],
      unknowns: [],
    });
    const gakkou = s.result.referrals.find((r) => r.agency === 'gakkou')!;
    expect(gakkou.reasons).toEqual(['出席状況を一緒に確かめるため']);
    expect(gakkou.because).toEqual([{ question: 'q_attend', label: '出席状況', value: 'declining', display: '欠席や遅刻が増えている' }]);
    // An info screen's effects are explained by the choice that led to it (the route's answers),
    // not by every answer on the way (q_attend also led there, but its other option does too).
    const meeting = s.result.actions.find((a) => a.id === 'a_meeting')!;
    expect(meeting.because.map((b) => [b.question, b.display])).toEqual([
      ['q_days', '12日'],
      ['intake.age', '16歳'],
    ]);
    // A conditional effect names the answer its condition read first, then the way there: the
    // route on a flag cites the answers that raised the flag.
    const saposute = s.result.referrals.find((r) => r.agency === 'saposute')!;
    expect(saposute.because.map((b) => b.question)).toEqual(['q_baito', 'q_days', 'intake.age']);
    expect(s.progress).toEqual({ current: 7, estimate: 7 });
  });

  it("cites no answer for an outcome's effects when every choice on the way could still reach it", () => {
    // q_attend and q_baito were answered, but each of their other answers also leads to o_ok:
    // neither is why the caseworker is told to visit.
    const s = evaluate(program, { answers: { q_attend: 'ok', q_baito: 'yes', q_hours: 10, q_worries: ['none'], q_date: 'unknown', q_note: 'なし' } });
    const visit = s.result.actions.find((a) => a.id === 'a_visit')!;
    expect(visit.because).toEqual([]);
  });

  it('cites only the option of a multi-select that produced the item', () => {
    const s = evaluate(program, { ...risky, answers: { ...risky.answers, q_worries: ['health', 'money'] } });
    const money = s.result.checklist.find((c) => c.id === 'c_money')!;
    expect(money.because).toEqual([{ question: 'q_worries', label: '心配ごと', value: ['money'], display: 'お金' }]);
  });

  it('shows dates in 元号 and numbers with their unit', () => {
    const s = evaluate(program, risky);
    const display = Object.fromEntries(s.path.filter((p) => p.display).map((p) => [p.node.id, p.display]));
    expect(display.q_date).toBe('令和8年12月1日');
    expect(display.q_hours).toBe('20時間');
    expect(display.q_worries).toBe('お金');
  });

  it('raises a conditional flag only when its condition holds, naming the answer it read', () => {
    const long = evaluate(program, { ...risky, answers: { ...risky.answers, q_hours: 30 } });
    // Its own condition first, then the choice that led to the question holding it.
    expect(long.result.flags.find((f) => f.id === 'long_hours')?.because.map((b) => [b.question, b.display])).toEqual([
      ['q_hours', '30時間'],
      ['q_baito', 'はい'],
    ]);
    expect(ids(evaluate(program, risky)).flags).toEqual(['dropout_risk']);
  });

  it('leaves out a conditional effect whose condition does not hold', () => {
    const s = evaluate(program, { ...risky, answers: { ...risky.answers, q_baito: 'no' } });
    expect(ids(s).referrals).toEqual(['gakkou']);
    expect(ids(s).resources).toEqual([]);
  });
});

describe('unknown and invalid answers', () => {
  it('puts 「わからない・未確認」 on the 要確認 list with its memo and goes on by the node next', () => {
    const s = evaluate(program, { answers: { q_attend: { value: 'unknown', memo: '学校に確認する' } } });
    expect(asking(s)).toBe('q_baito');
    expect(s.result.unknowns).toEqual([{ question: 'q_attend', label: '出席状況', text: '最近の出席状況はどうですか？', memo: '学校に確認する' }]);
    expect(s.path[0]!.display).toBe('わからない・未確認');
  });

  it('treats an answer that does not fit as unanswered, without repeating it', () => {
    const s = evaluate(program, { answers: { q_attend: 'declining', q_days: 999 } });
    expect(asking(s)).toBe('q_days');
    expect(s.ignored).toEqual([{ question: 'q_days', reason: 'invalid', problem: '200日 以下で答えてください。' }]);
    expect(s.ignored[0]!.problem).not.toContain('999');
  });

  it('refuses an exclusive choice together with others', () => {
    const base = { q_attend: 'ok', q_baito: 'no' };
    const s = evaluate(program, { answers: { ...base, q_worries: ['none', 'money'] } });
    expect(asking(s)).toBe('q_worries');
    expect(s.ignored[0]?.problem).toMatch(/とくにない/);
  });

  it('refuses unknown where the program does not allow it', () => {
    const s = evaluate(program, { answers: { q_attend: 'ok', q_baito: 'unknown' } });
    expect(asking(s)).toBe('q_baito');
    expect(s.ignored[0]?.reason).toBe('invalid');
  });
});

describe('going back and changing answers is a replay', () => {
  it('keeps later answers that still apply after a change', () => {
    const before = evaluate(program, risky);
    const changed = withAnswer(risky, 'q_days', { value: 3 });
    const after = evaluate(program, changed);
    expect(after.status).toBe('done');
    expect(after.status === 'done' && after.outcome.id).toBe('o_ok');
    // q_baito … q_note were not asked again: their answers carried over.
    expect(after.path.filter((p) => p.answer).map((p) => p.node.id)).toEqual(['q_attend', 'q_days', 'q_baito', 'q_hours', 'q_worries', 'q_date', 'q_note']);
    expect(ids(after).flags).toEqual([]);
    expect(ids(after).actions).toEqual(['a_visit']);
    expect(ids(before).actions).toEqual(['a_meeting']);
    // The info screen is off the new path but its acknowledgement is not lost.
    expect(after.ignored).toEqual([]);
  });

  it('keeps answers that fall off the path, and uses them again when the path returns', () => {
    const off = evaluate(program, withAnswer(risky, 'q_attend', { value: 'ok' }));
    expect(off.ignored).toEqual([{ question: 'q_days', reason: 'off-path' }]);
    expect(ids(off).referrals).toEqual([]);
    const back = evaluate(program, withAnswer(withAnswer(risky, 'q_attend', { value: 'ok' }), 'q_attend', { value: 'declining' }));
    expect(back).toEqual(evaluate(program, risky));
  });

  it('drops exactly what a changed answer caused', () => {
    const s = evaluate(program, withAnswer(risky, 'q_baito', { value: 'no' }));
    expect(s.path.map((p) => p.node.id)).not.toContain('q_hours');
    expect(s.ignored).toEqual([{ question: 'q_hours', reason: 'off-path' }]);
    expect(ids(s).resources).toEqual([]);
  });

  it('knows the node before and after a question on the current path', () => {
    const s = evaluate(program, { intake: { age: 16 }, answers: { q_attend: 'declining', q_days: 12, i_risk: 'seen' } });
    expect(nodeBefore(s, 'q_baito')?.id).toBe('i_risk');
    expect(nodeBefore(s, 'i_risk')?.id).toBe('q_days');
    expect(nodeBefore(s, 'q_attend')).toBeUndefined();
    expect(nodeAfter(s, 'q_days')?.id).toBe('i_risk');
    expect(nodeAfter(s, 'i_risk')?.id).toBe('q_baito');
  });

  it('is deterministic', () => {
    expect(evaluate(program, risky)).toEqual(evaluate(program, structuredClone(risky)));
  });
});

describe('choices', () => {
  it('adds 「わからない・未確認」 last where allowed, and はい/いいえ for yes/no', () => {
    const byId = new Map(program.nodes.map((n) => [n.id, n]));
    const attend = byId.get('q_attend')!;
    const baito = byId.get('q_baito')!;
    if (attend.type === 'outcome' || attend.type === 'info' || baito.type === 'outcome' || baito.type === 'info') throw new Error('fixture');
    expect(choicesOf(attend).map((c) => c.label)).toEqual(['休まず通っている', '欠席や遅刻が増えている', 'わからない・未確認']);
    expect(choicesOf(baito).map((c) => [c.value, c.label])).toEqual([
      ['yes', 'はい'],
      ['no', 'いいえ'],
    ]);
  });
});

describe('broken programs do not hang the engine', () => {
  const base = (nodes: Program['nodes']): Program => ({ ...structuredClone(program), nodes, tests: [] });

  it('stops at a next that names no node', () => {
    const p = base([{ id: 'a', type: 'info', text: 'x', next: 'missing' }]);
    const s = evaluate(p, { answers: { a: 'seen' } });
    expect(s.status === 'stuck' && s.stuck).toEqual({ node: 'missing', reason: 'missing-node' });
  });

  it('stops at a loop instead of walking forever', () => {
    const p = base([
      { id: 'a', type: 'info', text: 'x', next: 'b' },
      { id: 'b', type: 'info', text: 'y', next: 'a' },
    ]);
    const s = evaluate(p, { answers: {} }, { skipInfo: true });
    expect(s.status === 'stuck' && s.stuck).toEqual({ node: 'a', reason: 'loop' });
  });
});
