import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSession } from '../../src/io/session/store.js';
import { backspace, enter, intake, miniPrograms, onlySession, pick, startCli, tempHome, waitFor } from './drive.js';

// Issue 12 item 10: a wrong age meant starting over although the age drives results. From the
// review the caseworker corrects the intake; results are recomputed and the trail records which
// field changed, never its values.

/** The mini walk of a 16-year-old with 12 days absent (the dropout route: age ≥ 15 and ≥ 10 days). */
async function toReview(): Promise<void> {
  await intake('R7-1', '16', '佐藤');
  await waitFor(/最近の出席状況/);
  pick('欠席');
  await waitFor(/欠席日数は何日/);
  enter('12');
  await waitFor(/読んだら Enter/);
  enter();
  await waitFor(/アルバイトをしていますか/);
  pick('いいえ');
  await waitFor(/心配ごとは/);
  screen.keypress('3');
  enter();
  await waitFor(/次に学校と話す日/);
  enter('2026-12-01');
  await waitFor(/本人の希望/);
  enter('卒業したい');
}

/** After the review is confirmed the PDF may be offered (once the sheet renderer exists): decline. */
async function finish(done: Promise<unknown>): Promise<void> {
  const offered = await Promise.race([done.then(() => false), waitFor(/PDF をいま作りますか/).then(() => true)]);
  if (offered) pick('いいえ');
  await done;
}

describe('correcting the intake from the review', () => {
  it('changes the age, recomputes the route and the result, and logs the field without values', async () => {
    const home = tempHome();
    const walk = startCli(['start', 'mini', '--programs', miniPrograms], home);
    await toReview();
    let review = await waitFor(/確定するか、直す回答/);
    expect(review).toContain('受付: R7-1 ／ 16歳 ／ 担当 佐藤');
    pick('受付');
    await waitFor(/受付のどれを直しますか/);
    expect(screen.getScreen().split('\n').find((l) => l.startsWith('❯'))).toContain('年齢または生年月日（16歳）');
    enter();
    await waitFor(/子どもの年齢または生年月日/);
    backspace(2);
    enter('12');
    review = await waitFor(/確定するか、直す回答/);
    expect(review).toContain('受付: R7-1 ／ 12歳 ／ 担当 佐藤');
    pick('✔');
    await finish(walk.done);
    const { stdout } = await walk.done;
    // Under 15 the absences no longer lead to the dropout route: the result is recomputed.
    expect(stdout).toContain('受付の「年齢」を直しました。結果を計算し直します。');
    expect(stdout).toContain('結果: 見守り');
    const s = onlySession(home);
    expect(s.intake).toEqual({ label: 'R7-1', age: 12, caseworker: '佐藤' });
    const edits = s.audit.filter((a) => a.event === 'intake');
    expect(edits).toHaveLength(1);
    expect(Object.keys(edits[0]!).sort()).toEqual(['at', 'event', 'field']);
    expect(edits[0]!.field).toBe('age');
  }, 60_000);

  it('changes the label: the old one is nowhere in the session file', async () => {
    const home = tempHome();
    const walk = startCli(['start', 'mini', '--programs', miniPrograms], home);
    await toReview();
    await waitFor(/確定するか、直す回答/);
    pick('受付');
    await waitFor(/受付のどれを直しますか/);
    pick('ケース番号');
    await waitFor(/ケース番号かイニシャル（例/);
    backspace(4);
    enter('Q9-55');
    expect(await waitFor(/確定するか、直す回答/)).toContain('受付: Q9-55 ／ 16歳 ／ 担当 佐藤');
    pick('✔');
    await finish(walk.done);
    const s = onlySession(home);
    expect(s.intake.label).toBe('Q9-55');
    expect(s.audit.filter((a) => a.event === 'intake')).toEqual([expect.objectContaining({ field: 'label' })]);
    const file = fs.readFileSync(path.join(home, 'sessions', `${s.id}.json`), 'utf8');
    expect(file).not.toContain('R7-1');
    // The session with its new audit event is still a valid session (schema) for resume and render.
    expect(loadSession(home, s.id, home).session.intake.label).toBe('Q9-55');
  }, 60_000);
});
