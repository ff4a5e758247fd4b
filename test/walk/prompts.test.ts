import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { backspace, enter, intake, miniPrograms, onlySession, pick, startCli, tempHome, waitFor } from './drive.js';

// The walk in-process, its prompts on @inquirer/testing's virtual screen: 戻る, わからない, メモ,
// ヘルプ, validation and the review. Each test names the behaviour that must fail it when broken.

const start = (home: string) => startCli(['start', 'mini', '--programs', miniPrograms], home);

/** After the review is confirmed the PDF may be offered (once the sheet renderer exists): decline. */
async function declinePdfIfOffered(done: Promise<unknown>): Promise<void> {
  const offered = await Promise.race([done.then(() => false), waitFor(/PDF をいま作りますか/).then(() => true)]);
  if (offered) pick('いいえ');
}

describe('a full walk', () => {
  it('goes back, keeps a memo, validates numbers and dates, and changes an answer in the review', async () => {
    const home = tempHome();
    const walk = start(home);
    await intake();

    await waitFor(/最近の出席状況/);
    pick('欠席');

    await waitFor(/欠席日数は何日/);
    enter('abc');
    // Full-width digits are accepted (３００ below), so the message does not ask for 半角数字.
    expect(await waitFor(/数字で答えてください/)).toContain('数字で答えてください（全角の数字も使えます）');
    backspace(3);
    enter('３００');
    expect(await waitFor(/200日 以下/)).toContain('200日 以下で答えてください');
    backspace(3);
    enter('12');

    await waitFor(/読んだら Enter/);
    expect(screen.getScreen()).toContain('次へ進む');
    enter();

    await waitFor(/アルバイトをしていますか/);
    pick('はい');

    // 戻る from a number question goes through its menu.
    await waitFor(/週に何時間/);
    enter('?');
    await waitFor(/どうしますか/);
    pick('← 戻る');

    // Back on the previous question, with its answer pre-selected; write a memo there.
    const again = await waitFor(/アルバイトをしていますか/);
    expect(again.split('\n').find((l) => l.startsWith('❯'))).toContain('はい');
    pick('✎');
    await waitFor(/短いメモ/);
    enter('コンビニ 週3回');
    await waitFor(/アルバイトをしていますか/);
    enter();

    await waitFor(/週に何時間/);
    enter('20');

    // Multiple choice: nothing ticked is refused, an exclusive option with another is refused.
    await waitFor(/心配ごとは/);
    enter();
    expect(await waitFor(/スペースキーで選んで/)).toContain('スペースキーで選んでから');
    screen.keypress('1');
    screen.keypress('3');
    enter();
    expect(await waitFor(/一緒には選べません/)).toContain('「とくにない」は他の選択肢と一緒には選べません');
    screen.keypress('3');
    enter();

    await waitFor(/次に学校と話す日/);
    enter('2026-02-30');
    expect(await waitFor(/実在する日/)).toContain('実在する日を答えてください');
    backspace(10);
    enter('令和8年12月1日');

    // ヘルプ through the menu, then the answer.
    await waitFor(/本人の希望/);
    enter('?');
    await waitFor(/どうしますか/);
    pick('？');
    await waitFor(/本人の希望/);
    enter('卒業したい');

    // The review lists every answer; change the first one. Later answers that still apply stay.
    let review = await waitFor(/確定するか、直す回答/);
    expect(review).toContain('1. 出席状況: 欠席や遅刻が増えている');
    expect(review).toContain('3. アルバイト: はい（メモあり）');
    expect(review).toContain('6. 次の面談日: 令和8年12月1日');
    pick('1.');
    await waitFor(/最近の出席状況/);
    pick('休');
    review = await waitFor(/確定するか、直す回答/);
    expect(review).toContain('1. 出席状況: 休まず通っている');
    expect(review).not.toContain('欠席日数');
    expect(review).toContain('2. アルバイト: はい（メモあり）');
    expect(review).toContain('4. 心配ごと: お金');
    pick('✔');
    await declinePdfIfOffered(walk.done);

    const { code, stdout } = await walk.done;
    expect(code).toBe(0);
    expect(stdout).toContain('【ヘルプ】本人の希望');
    expect(stdout).toContain('本人の言葉で書きます。');
    expect(stdout).toContain('結果: 見守り');
    expect(stdout).toMatch(/■ チェックリスト\s+1 件\n\s+□ 費用の見通しを一緒に立てる\n\s+根拠: 心配ごと「お金」/);
    expect(stdout).toContain('■ 連携先  0 件\n  なし');

    const s = onlySession(home);
    expect(s.status).toBe('completed');
    expect(s.intake).toEqual({ label: 'R7-1', age: 16, caseworker: '佐藤' });
    expect(s.answers.q_attend!.value).toBe('ok');
    expect(s.answers.q_baito).toMatchObject({ value: 'yes', memo: 'コンビニ 週3回' });
    expect(s.answers.q_days!.value).toBe(12); // off the path now, but kept for a change back
    expect(s.answers.q_worries!.value).toEqual(['money']);
    expect(s.answers.q_date!.value).toBe('2026-12-01');
    expect(s.answers.q_hours!.value).toBe(20);
    const events = s.audit.map((a) => `${a.event}${a.question ? ':' + a.question : ''}`);
    expect(events).toContain('back:q_hours');
    expect(events).toContain('memo:q_baito');
    expect(s.audit.find((a) => a.event === 'change')).toMatchObject({ question: 'q_attend', from: 'declining', to: 'ok' });
    expect(events.at(-1)).toBe('complete');
    expect(s.review?.next).toBe('2027-02-22');
    expect(stdout).toContain(`セッション ID: ${s.id}`);
    expect(stdout).toContain(`ikusei render ${s.id} -o 支援シート.pdf`);
  }, 60_000);

  it('answers わからない・未確認 from a list and from an input menu; both go to 要確認', async () => {
    const home = tempHome();
    const walk = start(home);
    await intake('K.T.', '15');
    await waitFor(/最近の出席状況/);
    pick('わから');
    await waitFor(/アルバイトをしていますか/);
    pick('いいえ');
    await waitFor(/心配ごとは/);
    screen.keypress('3');
    enter();
    await waitFor(/次に学校と話す日/);
    enter('?');
    await waitFor(/どうしますか/);
    pick('わから');
    await waitFor(/本人の希望/);
    enter('とくになし');
    await waitFor(/確定するか、直す回答/);
    expect(screen.getScreen()).toContain('1. 出席状況: わからない・未確認');
    pick('✔');
    await declinePdfIfOffered(walk.done);
    const { code, stdout } = await walk.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/■ 要確認（わからない・未確認の項目）\s+2 件\n\s+？出席状況\n\s+？次の面談日/);
    const s = onlySession(home);
    expect(s.answers.q_attend!.value).toBe('unknown');
    expect(s.answers.q_date!.value).toBe('unknown');
  }, 60_000);
});

describe('the intake', () => {
  it('warns when the case label looks like a full name and asks again when the caseworker says no', async () => {
    const home = tempHome();
    const walk = start(home);
    await waitFor(/ケース番号かイニシャル/);
    enter('山田 太郎');
    await waitFor(/このまま使いますか/);
    pick('いいえ');
    await waitFor(/ケース番号かイニシャル/);
    enter('R7-2');
    await waitFor(/年齢または生年月日/);
    enter('2010-04-15');
    await waitFor(/担当ケースワーカー/);
    enter('佐藤');
    await waitFor(/最近の出席状況/);
    screen.keypress({ name: 'c', ctrl: true });
    const { code, stdout } = await walk.done;
    expect(code).toBe(130);
    expect(stdout).toContain('氏名のように見えます');
    expect(stdout).toContain('→ 16歳（令和8年11月22日現在）');
    const s = onlySession(home);
    expect(s.intake).toEqual({ label: 'R7-2', age: 16, birth_date: '2010-04-15', caseworker: '佐藤' });
  }, 60_000);

  it('remembers the caseworker for the next walk', async () => {
    const home = tempHome();
    let walk = start(home);
    await intake('A', '16', '鈴木');
    await waitFor(/最近の出席状況/);
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;
    walk = start(home);
    await waitFor(/ケース番号かイニシャル/);
    enter('B');
    await waitFor(/年齢または生年月日/);
    enter('16');
    expect(await waitFor(/担当ケースワーカー/)).toContain('(鈴木)');
    enter();
    await waitFor(/最近の出席状況/);
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;
    const labels = (await import('./drive.js')).sessions(home).map((s) => [s.intake.label, s.intake.caseworker]);
    expect(labels.sort()).toEqual([
      ['A', '鈴木'],
      ['B', '鈴木'],
    ]);
  }, 60_000);
});

describe('the chooser', () => {
  it('lists the six programs and finds the fitting one by school stage', async () => {
    const home = tempHome();
    const walk = startCli(['start', '--programs', miniPrograms], home);
    await intake('R7-3', '16');
    const list = await waitFor(/プログラムを選んでください/);
    for (const n of ['I ', 'II ', 'III ', 'IV ', 'V ', 'VI ']) expect(list).toMatch(new RegExp(`^[-❯ ] ${n}`, 'm'));
    expect(list).toContain('III テスト用ミニプログラム — すべてのノード種別を含む小さな木');
    expect(list).toContain('I   子どもの育ち支援 （このフォルダにはありません）');
    pick('迷ったら');
    const stage = await waitFor(/どの段階ですか/);
    // 16 years old: 高校生 is pre-selected.
    expect(stage.split('\n').find((l) => l.startsWith('❯'))).toContain('高校生');
    enter();
    const fits = await waitFor(/おすすめのプログラム/);
    expect(fits).toContain('III テスト用ミニプログラム');
    expect(fits).toContain('高校生の在学の継続と卒業後の進路の支援');
    pick('III');
    await waitFor(/最近の出席状況/);
    screen.keypress({ name: 'c', ctrl: true });
    const { code } = await walk.done;
    expect(code).toBe(130);
    expect(onlySession(home).program.id).toBe('mini');
  }, 60_000);
});
