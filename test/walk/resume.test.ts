import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPrograms, enter, intake, miniPrograms, onlySession, pick, startCli, tempHome, waitFor } from './drive.js';

// Interruptions and resuming, in-process: Ctrl-C and signals save and exit 130 with the resume
// command; resume continues where the walk stopped; a changed program is replayed.

async function walkToDays(home: string, programs = miniPrograms) {
  const walk = startCli(['start', 'mini', '--programs', programs], home);
  await intake();
  await waitFor(/最近の出席状況/);
  pick('欠席');
  await waitFor(/欠席日数は何日/);
  return walk;
}

describe('interrupting a walk', () => {
  it('Ctrl-C saves, prints one line with the resume command, and exits 130', async () => {
    const home = tempHome();
    const walk = await walkToDays(home);
    screen.keypress({ name: 'c', ctrl: true });
    const { code, stderr } = await walk.done;
    expect(code).toBe(130);
    const s = onlySession(home);
    expect(stderr.trim()).toBe(`ikusei: 中断しました。ここまでの回答は保存されています。続けるには: ikusei resume ${s.id} --programs ${miniPrograms}`);
    expect(s.status).toBe('in-progress');
    expect(s.answers.q_attend!.value).toBe('declining');
    expect(s.cursor).toBe('q_days');
  }, 60_000);

  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    it(`${signal} during a prompt saves and exits 130`, async () => {
      const home = tempHome();
      const walk = await walkToDays(home);
      walk.signal(signal);
      const { code, stderr } = await walk.done;
      expect(code).toBe(130);
      expect(stderr).toContain('ikusei resume ');
      expect(onlySession(home).answers.q_attend!.value).toBe('declining');
    }, 60_000);
  }

  it('an interruption during the intake saves nothing and still exits 130', async () => {
    const home = tempHome();
    const walk = startCli(['start', 'mini', '--programs', miniPrograms], home);
    await waitFor(/ケース番号かイニシャル/);
    walk.signal('SIGTERM');
    const { code, stderr } = await walk.done;
    expect(code).toBe(130);
    expect(stderr.trim()).toBe('ikusei: 中断しました。');
    expect(fs.existsSync(path.join(home, 'sessions'))).toBe(false);
  }, 60_000);
});

describe('resume', () => {
  it('continues at the question where the walk stopped and keeps every answer', async () => {
    const home = tempHome();
    let walk = await walkToDays(home);
    enter('12');
    await waitFor(/読んだら Enter/);
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;
    const id = onlySession(home).id;

    walk = startCli(['resume', id.slice(0, 13), '--programs', miniPrograms], home);
    await waitFor(/読んだら Enter/);
    enter();
    await waitFor(/アルバイトをしていますか/);
    screen.keypress({ name: 'c', ctrl: true });
    const { code, stdout } = await walk.done;
    expect(code).toBe(130);
    expect(stdout).toContain('「R7-1」の「テスト用ミニプログラム」を続けます。');
    const s = onlySession(home);
    expect(s.answers.q_attend!.value).toBe('declining');
    expect(s.answers.q_days!.value).toBe(12);
    expect(s.answers.i_risk!.value).toBe('seen');
    expect(s.audit.map((a) => a.event)).toContain('resume');
  }, 60_000);

  it('without an id offers the saved sessions, most recent first', async () => {
    const home = tempHome();
    let walk = await walkToDays(home);
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;
    walk = startCli(['resume', '--programs', miniPrograms], home);
    const list = await waitFor(/続けるセッションを選んでください/);
    expect(list).toContain('R7-1　III テスト用ミニプログラム　質問 2 / 約 7');
    enter();
    await waitFor(/欠席日数は何日/);
    screen.keypress({ name: 'c', ctrl: true });
    expect((await walk.done).code).toBe(130);
  }, 60_000);

  it('of a program that changed says so and asks again only the answer that no longer fits', async () => {
    const home = tempHome();
    const programs = copyPrograms();
    let walk = await walkToDays(home, programs);
    enter('12');
    await waitFor(/読んだら Enter/);
    enter();
    await waitFor(/アルバイトをしていますか/);
    pick('いいえ');
    await waitFor(/心配ごとは/);
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;

    // The program now allows at most 10 days: the saved 12 no longer fits.
    const file = path.join(programs, 'mini.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('version: 令和5年10月版', 'version: 令和8年4月版').replace('    max: 200', '    max: 10').replace('q_days: 12,', 'q_days: 10,'));

    walk = startCli(['resume', onlySession(home).id, '--programs', programs], home);
    await waitFor(/欠席日数は何日/);
    enter('9');
    // Everything after it that still fits is kept: the walk goes on to the first unanswered question.
    await waitFor(/心配ごとは/);
    screen.keypress({ name: 'c', ctrl: true });
    const { code, stdout } = await walk.done;
    expect(code).toBe(130);
    expect(stdout).toContain('プログラムが変わりました（令和5年10月版 → 令和8年4月版）');
    expect(stdout).toContain('プログラムが変わったため、この質問にはもう一度答えてください。');
    const s = onlySession(home);
    expect(s.program.version).toBe('令和8年4月版');
    expect(s.answers.q_days!.value).toBe(9);
    expect(s.answers.q_baito!.value).toBe('no');
    expect(s.audit.find((a) => a.event === 'change')).toMatchObject({ question: 'q_days', from: 12, to: 9 });
    expect(s.audit.map((a) => a.event)).toContain('program-changed');
  }, 60_000);

  it('of a completed session opens the review', async () => {
    const home = tempHome();
    const fixture = path.join(home, 'a.yaml');
    fs.writeFileSync(fixture, 'q_attend: ok\nq_baito: "no"\nq_worries: [none]\nq_date: unknown\nq_note: なし\n');
    const { runCli } = await import('../helpers/cli.js');
    const saved = await runCli(['run', 'mini', '--answers', fixture, '--save', '--programs', miniPrograms], { env: { IKUSEI_HOME: home }, cwd: home });
    expect(saved.code).toBe(0);
    const walk = startCli(['resume', onlySession(home).id, '--programs', miniPrograms], home);
    const review = await waitFor(/確定するか、直す回答/);
    expect(review).toContain('2. アルバイト: いいえ');
    screen.keypress({ name: 'c', ctrl: true });
    const { code, stdout } = await walk.done;
    expect(code).toBe(130);
    expect(stdout).toContain('確定済みです');
  }, 60_000);
});
