import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { DOWN, ENTER, Terminal } from '../crash/terminal.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15 item 9: keys typed ahead were lost (「TA-1⏎16⏎」 typed quickly left the age empty),
// because each prompt read its own copy of the terminal and the first one swallowed the rest.

function onlySession(home: string): SessionFile {
  const dir = path.join(home, 'sessions');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  return JSON.parse(fs.readFileSync(path.join(dir, files[0]!), 'utf8')) as SessionFile;
}

describe('keys typed ahead', () => {
  it('reach the prompts that follow: the intake and two answers typed in one write', async () => {
    const home = tempDir('ikusei-pty-');
    const t = new Terminal(['start', 'mini'], { home, size: { cols: 80, rows: 40 } });
    await t.waitForNext(/ケース番号かイニシャル/);
    // One write: label, age, caseworker, 「欠席や遅刻が増えている」 (one down) and 12 days.
    t.type(`TA-1${ENTER}16${ENTER}佐藤${ENTER}${DOWN}${ENTER}12${ENTER}`);
    await t.waitForNext(/読んだら Enter で次へ/);
    t.type('\u0003');
    expect((await t.exited).exitCode).toBe(130);
    const s = onlySession(home);
    expect(s.intake).toEqual({ label: 'TA-1', age: 16, caseworker: '佐藤' });
    expect(s.answers.q_attend?.value).toBe('declining');
    expect(s.answers.q_days?.value).toBe(12);
  }, 90_000);

  it('after a refused answer go on to the same prompt', async () => {
    const home = tempDir('ikusei-pty-');
    const t = new Terminal(['start', 'mini'], { home, size: { cols: 80, rows: 40 } });
    await t.waitForNext(/ケース番号かイニシャル/);
    // An empty label is refused; the keys after it are the label, then the age.
    t.type(`${ENTER}R7-9${ENTER}15${ENTER}`);
    await t.waitForNext(/担当ケースワーカー/);
    t.type(`佐藤${ENTER}`);
    await t.waitForNext(/最近の出席状況/);
    t.type('\u0003');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output).toContain('ケース番号かイニシャルを入力してください。');
    expect(onlySession(home).intake).toEqual({ label: 'R7-9', age: 15, caseworker: '佐藤' });
  }, 90_000);
});
