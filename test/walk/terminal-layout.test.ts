import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { DOWN, ENTER, miniPrograms, SPACE, Terminal } from '../crash/terminal.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15 items 6–8 in a real terminal: text wrapped by the terminal where it cut (lines starting
// with 。), ヘルプ・メモ・戻る drawn as check boxes and echoed as answers, and a review list taller
// than the terminal with no sign that more answers are below.

const session = (home: string): SessionFile => {
  const dir = path.join(home, 'sessions');
  return JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.json'))!), 'utf8')) as SessionFile;
};

/** The mini program with an option label that contains 、 (as real programs' labels do). */
function programsWithComma(): string {
  const dir = tempDir('ikusei-programs-');
  fs.cpSync(miniPrograms, dir, { recursive: true });
  const file = path.join(dir, 'mini.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('label: お金', 'label: お金、借金'));
  return dir;
}

/** Types the intake and the first four answers of the mini program. */
async function upToWorries(t: Terminal): Promise<void> {
  await t.waitForNext(/イニシャル/);
  t.type(`TA-1${ENTER}16${ENTER}佐藤${ENTER}`);
  await t.waitForNext(/最近の出席状況/);
  t.type(`${DOWN}${ENTER}12${ENTER}`);
  await t.waitForNext(/読んだら Enter/);
  t.type(`${ENTER}${ENTER}20${ENTER}`);
  await t.waitForNext(/心配ごとは/);
}

describe('the walk in a narrow terminal', () => {
  it('wraps prompts, help and results to 40 columns with 禁則, and keeps actions out of a multiple choice', async () => {
    const home = tempDir('ikusei-pty-');
    const t = new Terminal(['start', 'mini'], { home, programs: programsWithComma(), size: { cols: 40, rows: 40 } });
    await upToWorries(t);
    expect(t.output).not.toMatch(/[◯◉] .*(ヘルプ|メモ|戻る)/); // actions are no check boxes
    // Tick 「お金、借金」, open the menu with ?, write a memo, come back to the ticks, add 体調.
    t.type(`${SPACE}?`);
    await t.waitForNext(/どうしますか/);
    t.type(`${DOWN}${DOWN}${ENTER}`);
    await t.waitForNext(/短いメモ/);
    t.type(`学費が心配${ENTER}`);
    await t.waitForNext(/心配ごとは/);
    t.type(`${DOWN}${SPACE}${ENTER}`);
    await t.waitForNext(/次に学校と話す日/);
    t.type(`?${ENTER}`);
    await t.waitForNext(/どうしますか/);
    t.type(`${DOWN}${ENTER}`); // ？ ヘルプを読む
    await t.waitForNext(/次に学校と話す日/);
    t.type(`2026-12-20${ENTER}`);
    await t.waitForNext(/本人の希望/);
    t.type(`卒業したいと言っている。アルバイトは続けたい、とのこと。${ENTER}`);
    await t.waitForNext(/確定するか/);
    t.type(ENTER);
    await t.waitForNext(/PDF をいま作りますか/);
    t.type(`${DOWN}${ENTER}`);
    expect((await t.exited).exitCode).toBe(0);

    const s = session(home);
    expect(s.answers.q_worries).toMatchObject({ value: ['money', 'health'], memo: '学費が心配' });
    // The options echoed apart with ／ (a label has 、 in it); the menu is echoed as a menu.
    expect(t.output).toMatch(/✔ 本人や家族の心配ごとは？\s+お金、借金／体調\n/);
    expect(t.output).toContain('（メニュー）');
    const screen = await t.screenLines();
    expect(screen.map((l) => l.text).join('\n')).toContain('回答の確認');
    for (const line of screen) {
      expect(line.wrapped, `cut by the terminal: ${line.text}`).toBe(false);
      expect(line.text, 'a line starts with punctuation').not.toMatch(/^\s*[。、」）]/);
    }
  }, 120_000);

  it('pages the review to the terminal, says how many answers there are and that more are below', async () => {
    const home = tempDir('ikusei-pty-');
    const t = new Terminal(['start', 'mini'], { home, size: { cols: 80, rows: 12 } });
    await upToWorries(t);
    t.type(`${SPACE}${ENTER}2026-12-20${ENTER}`);
    await t.waitForNext(/本人の希望/);
    t.type(`卒業したい${ENTER}`);
    const review = await t.waitForNext(/直す回答を選んでください（回答 7 件）[\s\S]*↑↓/);
    const below = /↓ ほか (\d+) 件/.exec(review);
    expect(below, review).not.toBeNull();
    expect(Number(below![1])).toBeGreaterThan(0);
    // Every answer is reachable: past the intake line down to the seventh, whose place is shown, and open it.
    t.type(DOWN.repeat(8));
    await t.waitForNext(/回答 7 \/ 7/);
    t.type(ENTER);
    await t.waitForNext(/本人の希望を書いてください/);
    t.kill();
    await t.exited;
  }, 120_000);
});
