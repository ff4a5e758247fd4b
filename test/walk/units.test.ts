import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { markSeen, setAnswer, setMemo } from '../../src/io/session/audit.js';
import { listSessions, loadSession, saveSession } from '../../src/io/session/store.js';
import { looksLikeFullName, parseAgeInput, parseDateInput, parseNumberInput } from '../../src/walk/model/parse.js';
import { programsFor, stagesForAge } from '../../src/walk/model/triage.js';
import { tempDir } from '../helpers/temp.js';

// The pure parts of the walk, table by table.

describe('typed answers', () => {
  it.each([
    ['12', undefined, 12],
    ['１２', undefined, 12],
    ['12日', '日', 12],
    ['１２ 日', '日', 12],
    ['1,200', undefined, 1200],
    ['2.5', undefined, 2.5],
    ['-3', undefined, -3],
    ['abc', undefined, Number.NaN],
    ['12時間', '日', Number.NaN],
    ['', undefined, Number.NaN],
  ])('number %j (unit %j) → %j', (input, unit, expected) => {
    expect(parseNumberInput(input, unit)).toBe(expected);
  });

  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    ['２０２６／１２／１', '2026-12-01'],
    ['2026.12.1', '2026-12-01'],
    ['2026年12月1日', '2026-12-01'],
    ['20261201', '2026-12-01'],
    ['令和8年12月1日', '2026-12-01'],
    ['R8.12.1', '2026-12-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成22年4月15日', '2010-04-15'],
    ['H22/4/15', '2010-04-15'],
    ['2026-02-30', '2026-02-30'], // left for isIsoDate to refuse
    ['あした', 'あした'],
  ])('date %j → %j', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });
});

describe('the intake age', () => {
  const today = new Date(2026, 10, 22);
  it.each([
    ['16', { kind: 'age', age: 16 }],
    ['１６歳', { kind: 'age', age: 16 }],
    ['', { kind: 'empty' }],
    ['2010-04-15', { kind: 'birth', birth_date: '2010-04-15', age: 16 }],
    ['2010-11-22', { kind: 'birth', birth_date: '2010-11-22', age: 16 }], // birthday today
    ['2010-11-23', { kind: 'birth', birth_date: '2010-11-23', age: 15 }], // birthday tomorrow
    ['平成22年4月15日', { kind: 'birth', birth_date: '2010-04-15', age: 16 }],
    ['2027-01-01', { kind: 'bad', reason: 'future' }],
    ['45', { kind: 'bad', reason: 'range' }],
    ['1990-01-01', { kind: 'bad', reason: 'range' }],
    ['十六', { kind: 'bad', reason: 'format' }],
  ])('%j', (input, expected) => {
    expect(parseAgeInput(input, today)).toEqual(expected);
  });
});

describe('case labels that look like a full name', () => {
  it.each(['山田 太郎', '山田　太郎', '山田太郎', 'やまだ たろう', 'ヤマダタロウ', 'Taro Yamada'])('%s is warned about', (label) => {
    expect(looksLikeFullName(label)).toBe(true);
  });
  it.each(['R7-012', 'K.T.', 'KT', 'ＫＴ', '2024-0153', '長男', '長男ケース', 'A'])('%s passes', (label) => {
    expect(looksLikeFullName(label)).toBe(false);
  });
});

describe('triage', () => {
  it.each([
    [3, ['preschool']],
    [9, ['elementary']],
    [12, ['elementary', 'junior']],
    [15, ['junior', 'high', 'leaver']],
    [17, ['high', 'leaver']],
    [20, ['leaver']],
    [undefined, []],
  ] as const)('age %s suggests %j', (age, stages) => {
    expect(stagesForAge(age)).toEqual(stages);
  });

  it('fits programs by stage, I only up to 18', () => {
    expect(programsFor('junior', 14)).toEqual(['II', 'I']);
    expect(programsFor('high', 17)).toEqual(['III', 'I']);
    expect(programsFor('leaver', 16)).toEqual(['IV', 'I']);
    expect(programsFor('leaver', 19)).toEqual(['IV']);
    expect(programsFor('caseworker')).toEqual(['V', 'VI']);
    expect(programsFor('preschool', 4)).toEqual(['I']);
  });
});

function blankSession(id = '20261122-1000-abcd'): SessionFile {
  return {
    format: 'ikusei-session',
    version: 1,
    id,
    program: { id: 'mini', version: 'v', hash: 'a'.repeat(64) },
    intake: { label: 'R7-1' },
    status: 'in-progress',
    createdAt: '2026-11-22T01:00:00.000Z',
    updatedAt: '2026-11-22T01:00:00.000Z',
    answers: {},
    audit: [{ at: '2026-11-22T01:00:00.000Z', event: 'start' }],
  };
}

describe('the audit trail', () => {
  const t = (m: number) => new Date(Date.UTC(2026, 10, 22, 1, m));

  it('logs a first answer without its value, a change with both values, and a memo', () => {
    const s = blankSession();
    expect(setAnswer(s, 'q_a', 'ok', undefined, t(1))).toBe(true);
    expect(setAnswer(s, 'q_a', 'ok', undefined, t(2))).toBe(false); // same answer again: nothing to log
    expect(setAnswer(s, 'q_a', 'declining', undefined, t(3))).toBe(true);
    expect(setMemo(s, 'q_a', '学校から連絡', t(4))).toBe(true);
    expect(setMemo(s, 'q_missing', 'x', t(5))).toBe(false);
    expect(s.audit.slice(1)).toEqual([
      { at: t(1).toISOString(), event: 'answer', question: 'q_a' },
      { at: t(3).toISOString(), event: 'change', question: 'q_a', from: 'ok', to: 'declining' },
      { at: t(4).toISOString(), event: 'memo', question: 'q_a' },
    ]);
    // The answer keeps the time it was given; a memo does not change that time.
    expect(s.answers.q_a).toEqual({ value: 'declining', memo: '学校から連絡', at: t(3).toISOString() });
    expect(s.updatedAt).toBe(t(4).toISOString());
  });

  it('compares list answers by content', () => {
    const s = blankSession();
    setAnswer(s, 'q_m', ['a', 'b'], undefined, t(1));
    expect(setAnswer(s, 'q_m', ['a', 'b'], undefined, t(2))).toBe(false);
    expect(setAnswer(s, 'q_m', ['a'], undefined, t(3))).toBe(true);
  });

  it('marks an info screen seen once', () => {
    const s = blankSession();
    expect(markSeen(s, 'i_x', t(1))).toBe(true);
    expect(markSeen(s, 'i_x', t(2))).toBe(false);
    expect(s.answers.i_x).toEqual({ value: 'seen', at: t(1).toISOString() });
  });
});

describe('the session store', () => {
  it('writes 0600 files in a 0700 folder, lists the newest first and loads by id prefix', () => {
    const home = path.join(tempDir('ikusei-store-'), 'home');
    const older = blankSession('20261122-0900-0001');
    const newer = { ...blankSession('20261122-0800-0002'), updatedAt: '2026-11-22T05:00:00.000Z' };
    saveSession(home, older, { passphrase: undefined });
    const file = saveSession(home, newer, { passphrase: undefined });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    fs.writeFileSync(path.join(home, 'sessions', 'junk.json'), '[]');
    const { sessions, broken } = listSessions(home);
    expect(sessions.map((s) => s.session.id)).toEqual(['20261122-0800-0002', '20261122-0900-0001']);
    expect(broken).toBe(1);
    expect(loadSession(home, '20261122-09', home).session.id).toBe('20261122-0900-0001');
  });

  it('tightens an existing sessions folder that is too open', () => {
    const home = tempDir('ikusei-store-');
    fs.mkdirSync(path.join(home, 'sessions'), { mode: 0o755 });
    fs.chmodSync(path.join(home, 'sessions'), 0o755);
    saveSession(home, blankSession(), { passphrase: undefined });
    expect(fs.statSync(path.join(home, 'sessions')).mode & 0o777).toBe(0o700);
  });
});
