import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/app/io.js';
import { enter, intake, miniPrograms, pick, tempHome, waitFor } from '../walk/drive.js';

// The passphrase prompts, in-process on a virtual terminal (@inquirer/testing): `start --encrypt`
// asks twice, readers ask once on a terminal when IKUSEI_PASSPHRASE is not set, three wrong tries
// end the command with nothing changed. What is typed never shows.

const PASS = 'ながいパスフレーズ';

function cli(argv: string[], home: string, env: Record<string, string> = {}) {
  screen.clear();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: { IKUSEI_HOME: home, NO_COLOR: '1', ...env },
    cwd: home,
    now: () => new Date('2026-11-22T10:00:00+09:00'),
  };
  return run([...argv, '--programs', miniPrograms], io).then((code) => ({ code, stdout, stderr }));
}

const sessionFile = (home: string) => {
  const dir = path.join(home, 'sessions');
  const [name] = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  return path.join(dir, name!);
};

/** An encrypted, unfinished walk: start --encrypt, the intake, one answer, Ctrl-C. */
async function encryptedWalk(home: string): Promise<string> {
  const walk = cli(['start', 'mini', '--encrypt'], home);
  await waitFor(/このセッションを暗号化するパスフレーズ（8 文字以上）/);
  enter('short');
  await waitFor(/8 文字以上にしてください。/);
  for (let i = 0; i < 5; i++) screen.keypress('backspace');
  enter(PASS);
  await waitFor(/確認のため、同じパスフレーズをもう一度入力してください/);
  enter('ちがうパスフレーズ');
  await waitFor(/このセッションを暗号化するパスフレーズ/);
  enter(PASS);
  await waitFor(/確認のため/);
  enter(PASS);
  await intake('R7-77', '16', '佐藤');
  await waitFor(/最近の出席状況/);
  pick('欠席');
  await waitFor(/欠席日数は何日/);
  screen.keypress({ name: 'c', ctrl: true });
  const r = await walk;
  expect(r.code).toBe(130);
  expect(r.stdout).toContain('2 回の入力が一致しませんでした。もう一度はじめから入力してください。');
  expect(r.stdout).toContain('このセッションは暗号化して保存します。');
  expect(r.stdout + r.stderr).not.toContain(PASS);
  expect(r.stdout).not.toContain('short');
  return sessionFile(home);
}

describe('passphrase prompts', () => {
  it('start --encrypt asks twice (8 characters at least, the same both times) and saves encrypted', async () => {
    const home = tempHome();
    const file = await encryptedWalk(home);
    const raw = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(raw).format).toBe('ikusei-session-encrypted');
    expect(raw).not.toContain('R7-77');
  }, 60_000);

  it('with IKUSEI_PASSPHRASE set, start says it encrypts and asks nothing', async () => {
    const home = tempHome();
    const walk = cli(['start', 'mini', '--encrypt'], home, { IKUSEI_PASSPHRASE: PASS });
    await intake('R7-78', '16', '佐藤');
    await waitFor(/最近の出席状況/);
    screen.keypress({ name: 'c', ctrl: true });
    const r = await walk;
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('このセッションは IKUSEI_PASSPHRASE のパスフレーズで暗号化して保存します。');
    expect(JSON.parse(fs.readFileSync(sessionFile(home), 'utf8')).format).toBe('ikusei-session-encrypted');
  }, 60_000);

  it('resume asks for the passphrase, says when it is wrong, and continues with the right one', async () => {
    const home = tempHome();
    await encryptedWalk(home);
    const resumed = cli(['resume'], home);
    await waitFor(/続けるセッションを選んでください/);
    expect(screen.getScreen()).toMatch(/\d{8}-\d{4}-[0-9a-f]{4}［暗号化］/);
    expect(screen.getScreen()).not.toContain('R7-77');
    enter();
    await waitFor(/パスフレーズ（暗号化されたセッションを開きます）/);
    expect(screen.getScreen()).toContain('（入力した文字は表示されません）');
    enter('まちがい');
    await waitFor(/パスフレーズが違います。もう一度入力してください（あと 2 回）/);
    enter(PASS);
    await waitFor(/欠席日数は何日/);
    enter('12');
    await waitFor(/読んだら Enter で次へ/);
    screen.keypress({ name: 'c', ctrl: true });
    const r = await resumed;
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('「R7-77」の「テスト用ミニプログラム」を続けます。');
    expect(r.stdout + r.stderr).not.toContain(PASS);
    expect(JSON.parse(fs.readFileSync(sessionFile(home), 'utf8')).format).toBe('ikusei-session-encrypted');
  }, 60_000);

  it('three wrong tries: exit 3, the file byte-identical, nothing else written', async () => {
    const home = tempHome();
    const file = await encryptedWalk(home);
    const before = fs.readFileSync(file);
    const names = fs.readdirSync(path.dirname(file));
    const resumed = cli(['resume', path.basename(file, '.json')], home);
    for (const prompt of [/パスフレーズ（暗号化されたセッションを開きます）/, /（あと 2 回）/, /（あと 1 回）/]) {
      await waitFor(prompt);
      enter('まちがい');
    }
    const r = await resumed;
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[PASSPHRASE_GAVE_UP]');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(names);
  }, 60_000);

  it('render on a terminal asks before reading; Ctrl-C at the question is an interruption (130)', async () => {
    const home = tempHome();
    const file = await encryptedWalk(home);
    const id = path.basename(file, '.json');
    let rendering = cli(['render', id, '-o', 'sheet.pdf'], home);
    await waitFor(/パスフレーズ（暗号化されたセッションを開きます）/);
    enter(PASS);
    let r = await rendering;
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(home, 'sheet.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    rendering = cli(['render', id, '-o', 'other.pdf'], home);
    await waitFor(/パスフレーズ/);
    screen.keypress({ name: 'c', ctrl: true });
    r = await rendering;
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('ikusei: 中断しました。 [INTERRUPTED]\n');
    expect(fs.existsSync(path.join(home, 'other.pdf'))).toBe(false);
  }, 60_000);
});
