import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { enter, pick, startCli, tempHome, waitFor } from './drive.js';

// Issue 15 item 11, with the shipped programs: a 19-year-old was offered IV without a word on
// why I was gone, program I's first question ignored the intake age, and an infant's age was
// shown in years (0歳) where caseworkers count months. The interview day is 2026-11-22 (drive.ts).

const activeLine = () => screen.getScreen().split('\n').find((l) => l.startsWith('❯')) ?? '';

async function intake(age: string): Promise<void> {
  await waitFor(/ケース番号かイニシャル/);
  enter('R7-1');
  await waitFor(/年齢または生年月日/);
  enter(age);
  await waitFor(/担当ケースワーカー/);
  enter('佐藤');
}

describe('the chooser and program I take the intake age into account', () => {
  it('says a 19-year-old is past program I when the triage leaves it out', async () => {
    const walk = startCli(['start'], tempHome());
    await intake('19');
    await waitFor(/プログラムを選んでください/);
    pick('迷ったら');
    await waitFor(/どの段階ですか/);
    expect(activeLine()).toContain('中学卒業後');
    enter();
    const fits = await waitFor(/おすすめのプログラム/);
    expect(fits).not.toMatch(/^\s*❯?\s*I\s/m);
    screen.keypress({ name: 'c', ctrl: true });
    const { stdout } = await walk.done;
    expect(stdout).toContain('受付の年齢は 19歳で、18歳を過ぎています。プログラム I（0〜18歳）はおすすめに入りません。');
  }, 60_000);

  it('shows an infant in months and pre-selects program I\'s stage from the age', async () => {
    const walk = startCli(['start'], tempHome());
    await intake('2026-06-10');
    await waitFor(/プログラムを選んでください/);
    pick('迷ったら');
    expect(await waitFor(/どの段階ですか/)).toContain('（受付で入力した年齢: 5か月）');
    expect(activeLine()).toContain('乳幼児');
    enter();
    await waitFor(/おすすめのプログラム/);
    expect(activeLine()).toContain('子どもの育ち支援');
    enter();
    await waitFor(/読んだら Enter/);
    enter();
    await waitFor(/いまどの段階ですか/);
    expect(activeLine()).toContain('乳児（0歳）');
    screen.keypress({ name: 'c', ctrl: true });
    const { stdout } = await walk.done;
    expect(stdout).toContain('→ 5か月（令和8年11月22日現在）');
    expect(stdout).toContain('受付の年齢（5か月）から「乳児（0歳）」を選んであります。');
  }, 60_000);

  it('pre-selects 高校生年齢 for a 16-year-old', async () => {
    const walk = startCli(['start', 'I'], tempHome());
    await intake('16');
    await waitFor(/読んだら Enter/);
    enter();
    await waitFor(/いまどの段階ですか/);
    expect(activeLine()).toContain('高校生年齢');
    screen.keypress({ name: 'c', ctrl: true });
    await walk.done;
  }, 60_000);
});
