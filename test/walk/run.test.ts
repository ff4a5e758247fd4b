import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The built binary without a terminal: `run`, `sessions`, and `start`/`resume` refusing to prompt.

const programs = ['--programs', path.join(fixtures, 'programs')];

function workdir(files: Record<string, string> = {}) {
  const dir = tempDir('ikusei-run-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { dir, home: path.join(dir, 'home') };
}

const FULL = `intake: { label: R7-9, age: 16 }
answers:
  q_attend: declining
  q_days: 12
  q_baito: true
  q_hours: 20
  q_worries: [money]
  q_date: unknown
  q_note: 卒業したい
memos:
  q_date: 学校に確認中
`;
const PARTIAL = 'q_attend: declining\nq_days: 12\nq_baito: "yes"\n';
const INVALID = 'q_attend: sometimes\nq_days: -3\nq_nothing: 1\n';

async function ikusei(args: string[], w: { dir: string; home: string }) {
  const r = await runBin([...args, ...programs], { cwd: w.dir, env: { IKUSEI_HOME: w.home } });
  expect(r.stderr).not.toMatch(/^\s+at /m); // never a stack trace
  return { ...r, stdout: plain(String(r.stdout)), stderr: plain(String(r.stderr)) };
}

describe('ikusei run', { timeout: 30_000 }, () => {
  it('prints the grouped result with the reasons, exit 0', async () => {
    const w = workdir({ 'a.yaml': FULL });
    const r = await ikusei(['run', 'mini', '--answers', 'a.yaml', '--date', '2026-11-22'], w);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('━━ 結果: 中退防止の支援 ━━');
    expect(r.stdout).toContain('聞き取り日: 令和8年11月22日');
    expect(r.stdout).toContain('次回見直し: 令和8年12月22日ごろ（1か月後）');
    expect(r.stdout).toMatch(/■ やること（支援方針）\s+1 件\n\s+1\. 学校とケース会議を開く\n\s+担当: 担当CW／時期: 2週間以内\n\s+根拠: 欠席日数「12日」、子どもの年齢「16歳」/);
    // Listed for reference only; its reason is its own condition, then the route to the outcome.
    expect(r.stdout).toMatch(/・地域若者サポートステーション — 万一に備えて相談先を知らせる\n\s+参考（いま連絡・手続きをする必要はありません）\n\s+根拠: アルバイト「はい」、欠席日数「12日」、子どもの年齢「16歳」/);
    expect(r.stdout).toMatch(/・学校 — 出席状況を一緒に確かめるため\n\s+担当: 担当CW／時期: 令和8年12月6日まで（2週間以内）/);
    expect(r.stdout).toMatch(/■ 要確認（わからない・未確認の項目）\s+1 件\n\s+？次の面談日\n\s+メモ: 学校に確認中/);
    // Nothing of the case is saved without --save (the program cache holds program content only).
    expect(fs.existsSync(path.join(w.home, 'sessions'))).toBe(false);
    expect(fs.readdirSync(w.home).filter((f) => f !== 'cache')).toEqual([]);
  });

  it('prints the result as JSON with --json', async () => {
    const w = workdir({ 'a.yaml': FULL });
    const r = await ikusei(['run', 'III', '--answers', 'a.yaml', '--json', '--date', '2027-01-31'], w);
    expect(r.exitCode).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.status).toBe('done');
    expect(data.date).toBe('2027-01-31');
    // Due dates as ISO dates; a month after 1月31日 is the last day of February.
    expect(data.result.referrals.find((x: { agency: string }) => x.agency === 'gakkou')).toMatchObject({ dueDate: '2027-02-14', due: { text: '2週間以内' } });
    expect(data.outcome.review).toMatchObject({ date: '2027-02-28', interval: '1か月後' });
    expect(data.program).toMatchObject({ id: 'mini', number: 'III', version: '令和5年10月版' });
    expect(data.program.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(data.outcome).toMatchObject({ id: 'o_risk', title: '中退防止の支援', review: { interval: '1か月後', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(data.result.actions.map((a: { id: string }) => a.id)).toEqual(['a_meeting']);
    expect(data.result.referrals.map((a: { agency: string }) => a.agency)).toEqual(['gakkou', 'saposute']);
    expect(data.result.unknowns).toEqual([expect.objectContaining({ question: 'q_date', memo: '学校に確認中' })]);
    expect(data.answers[0]).toEqual({ question: 'q_attend', value: 'declining', display: '欠席や遅刻が増えている' });
  });

  it('names the missing question and exits 1 when the answers stop short of an outcome', async () => {
    const w = workdir({ 'b.yaml': PARTIAL });
    const r = await ikusei(['run', 'mini', '--answers', 'b.yaml'], w);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/q_hours.*\[ANSWERS_MISSING\]/);
    const json = await ikusei(['run', 'mini', '--answers', 'b.yaml', '--json'], w);
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'asking', missing: ['q_hours'] });
  });

  it('reports every answer that does not fit, by question id and place, without repeating the values', async () => {
    const w = workdir({ 'c.yaml': INVALID });
    const r = await ikusei(['run', 'mini', '--answers', 'c.yaml'], w);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('c.yaml:1:1: エラー: 質問「q_attend」の回答が合いません');
    expect(r.stderr).toContain('c.yaml:2:1: エラー: 質問「q_days」の回答が合いません: 0日 以上で答えてください。');
    expect(r.stderr).toContain('c.yaml:3:1: エラー: この質問（項目名）はこのプログラムにありません。');
    expect(r.stderr).not.toContain('sometimes'); // case data never appears in messages
    expect(r.stdout).toBe('');
  });

  it('refuses answers written for another program', async () => {
    const w = workdir({ 'd.yaml': 'program: koukousei\nanswers: { q_attend: ok }\n' });
    const r = await ikusei(['run', 'mini', '--answers', 'd.yaml'], w);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('[CASE_WRONG_PROGRAM]');
  });

  it('is a usage error without --answers (exit 2) and an environment error for a missing file (exit 3)', async () => {
    const w = workdir();
    expect((await ikusei(['run', 'mini'], w)).exitCode).toBe(2);
    const r = await ikusei(['run', 'mini', '--answers', 'nope.yaml'], w);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/nope\.yaml.*\[FILE_NOT_FOUND\]/);
  });

  it('with --save keeps the result as a completed session in private files', async () => {
    const w = workdir({ 'a.yaml': FULL });
    const r = await ikusei(['run', 'mini', '--answers', 'a.yaml', '--save'], w);
    expect(r.exitCode).toBe(0);
    const id = /セッション (\S+) に保存しました/.exec(r.stderr)?.[1];
    expect(id).toBeDefined();
    const sessions = path.join(w.home, 'sessions');
    const file = path.join(sessions, `${id}.json`);
    expect(fs.statSync(sessions).mode & 0o777).toBe(0o700);
    expect(fs.statSync(w.home).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(s).toMatchObject({ format: 'ikusei-session', version: 1, status: 'completed', intake: { label: 'R7-9', age: 16 } });
    expect(s.answers.q_baito.value).toBe('yes');
    expect(s.answers.q_date).toMatchObject({ value: 'unknown', memo: '学校に確認中' });
    expect(s.answers.i_risk.value).toBe('seen'); // passed info screens are not shown again on resume
    expect(fs.readdirSync(sessions).filter((f) => f.startsWith('.'))).toEqual([]); // no temp files left

    // The saved session is a valid case file for run itself.
    const again = await ikusei(['run', 'mini', '--answers', file], w);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('結果: 中退防止の支援');
  });

  it('with --save and missing answers keeps an in-progress session that resume can finish', async () => {
    const w = workdir({ 'b.yaml': PARTIAL });
    const r = await ikusei(['run', 'mini', '--answers', 'b.yaml', '--save'], w);
    expect(r.exitCode).toBe(1);
    const id = /ikusei resume (\S+)(?: --programs \S+)? で続きを/.exec(r.stderr)?.[1];
    const s = JSON.parse(fs.readFileSync(path.join(w.home, 'sessions', `${id}.json`), 'utf8'));
    expect(s).toMatchObject({ status: 'in-progress', cursor: 'q_hours' });
  });
});

describe('ikusei sessions', { timeout: 30_000 }, () => {
  it('says there are none', async () => {
    const r = await ikusei(['sessions'], workdir());
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('保存されているセッションはありません');
  });

  it('lists label, program, progress and last change, most recent first; --json too', async () => {
    const w = workdir({ 'a.yaml': FULL, 'b.yaml': PARTIAL });
    await ikusei(['run', 'mini', '--answers', 'a.yaml', '--save'], w);
    await new Promise((r) => setTimeout(r, 20));
    await ikusei(['run', 'mini', '--answers', 'b.yaml', '--save'], w);
    const r = await ikusei(['sessions'], w);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ラベル\s+プログラム\s+進み具合\s+最終更新$/);
    expect(lines[1]).toMatch(/^\d{8}-\d{4}-[0-9a-f]{4}\s+（ラベルなし）\s+III テスト用ミニプログラム\s+質問 4 \/ 約 7\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[2]).toMatch(/R7-9\s+III テスト用ミニプログラム\s+確定済み/);
    expect(r.stderr).toContain('保存先: ');

    const json = JSON.parse((await ikusei(['sessions', '--json'], w)).stdout);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ label: null, status: 'in-progress', progress: { current: 4, estimate: 7, answered: 3, status: 'asking' } });
    expect(json[1]).toMatchObject({ label: 'R7-9', status: 'completed', program: { id: 'mini' } });
  });

  it('counts unreadable session files without showing their content', async () => {
    const w = workdir({ 'a.yaml': FULL });
    await ikusei(['run', 'mini', '--answers', 'a.yaml', '--save'], w);
    fs.writeFileSync(path.join(w.home, 'sessions', 'broken.json'), '{"label": "山田', { mode: 0o600 });
    const r = await ikusei(['sessions'], w);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('R7-9');
    expect(r.stderr).toContain('読み込めないセッションファイルが 1 件あります');
    expect(r.stderr).not.toContain('山田');
  });
});

describe('without a terminal', { timeout: 30_000 }, () => {
  it.each([['start', 'mini'], ['start'], ['resume']])('ikusei %s refuses with exit 2 and points to run --answers', async (...args) => {
    const r = await ikusei(args.filter(Boolean) as string[], workdir());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('[USAGE_NEED_TTY]');
    expect(r.stderr).toContain('ikusei run <プログラム> --answers <ファイル>');
  });

  it('sessions and run do not load inquirer', async () => {
    const w = workdir({ 'a.yaml': FULL });
    const log = path.join(w.dir, 'imports.txt');
    for (const args of [['sessions'], ['run', 'mini', '--answers', 'a.yaml']]) {
      const r = await runBin([...args, ...programs], {
        node: ['--import', path.join(fixtures, 'trace-imports.mjs')],
        cwd: w.dir,
        env: { IKUSEI_TRACE_IMPORTS: log, IKUSEI_HOME: w.home },
      });
      expect(r.exitCode).toBe(0);
    }
    expect(fs.readFileSync(log, 'utf8')).not.toContain('@inquirer');
  });
});
