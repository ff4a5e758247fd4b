import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTER, Terminal } from '../crash/terminal.js';
import { plain } from '../helpers/bin.js';
import { ANSWERS, bin, place, savedId, type Place } from '../privacy/helpers.js';

// Issue 14, item 1: a session file is the session its name says, or it is not opened. Two files
// swapped in sessions/ (plain or encrypted) are refused by every reader with exit 1 and neither
// file changes; a copy kept elsewhere is readable but never overwrites the stored session.

const PASS = { IKUSEI_PASSPHRASE: 'ひみつの合言葉 2026' };

async function twoSessions(env: Record<string, string> = {}): Promise<{ p: Place; a: string; b: string }> {
  const p = place('ikusei-identity-');
  p.write('a.yaml', ANSWERS.replace('R7-9', 'CASE-A'));
  p.write('b.yaml', ANSWERS.replace('R7-9', 'CASE-B'));
  const a = savedId((await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { env })).stderr);
  const b = savedId((await bin(p, ['run', 'mini', '--answers', 'b.yaml', '--save'], { env })).stderr);
  return { p, a, b };
}

function swap(p: Place, a: string, b: string): { fa: string; fb: string; before: [string, string] } {
  const fa = path.join(p.sessions, `${a}.json`);
  const fb = path.join(p.sessions, `${b}.json`);
  const ta = fs.readFileSync(fa, 'utf8');
  const tb = fs.readFileSync(fb, 'utf8');
  fs.writeFileSync(fa, tb);
  fs.writeFileSync(fb, ta);
  return { fa, fb, before: [tb, ta] };
}

describe('session file name and id', () => {
  for (const [name, env] of [['plain', {}], ['encrypted', PASS]] as const) {
    it(`${name}: swapped files are refused by render, run and resume (exit 1), both files unchanged`, { timeout: 120_000 }, async () => {
      const { p, a, b } = await twoSessions(env);
      const { fa, fb, before } = swap(p, a, b);
      const render = await bin(p, ['render', a, '-o', 'a.pdf'], { env });
      expect(render.exitCode, render.stderr).toBe(1);
      expect(plain(render.stderr)).toContain('[SESSION_MISNAMED]');
      expect(fs.existsSync(p.file('a.pdf'))).toBe(false);
      const run = await bin(p, ['run', 'mini', '--answers', fa, '--json'], { env });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).not.toContain('CASE-B');

      const t = new Terminal(['resume', a], { home: p.home, cwd: p.dir, env });
      expect((await t.exited).exitCode).toBe(1);
      expect(t.output).toContain('[SESSION_MISNAMED]');
      expect(t.output).not.toContain('CASE-B');
      expect([fs.readFileSync(fa, 'utf8'), fs.readFileSync(fb, 'utf8')]).toEqual(before);

      // The list does not show them under ids that point at the other file.
      const listed = await bin(p, ['sessions', '--json'], { env });
      expect(JSON.parse(listed.stdout)).toEqual([]);
      expect(plain(listed.stderr)).toContain('読み込めないセッションファイルが 2 件');
    });
  }

  it('a copy elsewhere can be rendered, but resume of it never overwrites the stored session', { timeout: 60_000 }, async () => {
    const p = place('ikusei-identity-');
    p.write('a.yaml', 'program: mini\nintake: { label: CASE-A, age: 16 }\nanswers: { q_attend: declining, q_days: 12 }\n');
    const r = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save']);
    const id = /ikusei resume (\S+) /.exec(plain(r.stderr))![1]!;
    const stored = path.join(p.sessions, `${id}.json`);
    fs.copyFileSync(stored, p.file('copy.json'));
    const original = fs.readFileSync(stored, 'utf8');
    expect((await bin(p, ['render', 'copy.json', '-o', 'copy.pdf'])).exitCode).toBe(0);

    const t = new Terminal(['resume', './copy.json'], { home: p.home, cwd: p.dir });
    const code = (await t.exited).exitCode;
    expect(code, t.output).toBe(1);
    expect(t.output).toContain(`ikusei resume ${id}`);
    expect(fs.readFileSync(stored, 'utf8')).toBe(original);

    // With no stored session of that id, the copy is taken back into the sessions folder.
    fs.rmSync(stored);
    const back = new Terminal(['resume', './copy.json'], { home: p.home, cwd: p.dir });
    await back.waitFor(/アルバイトをしていますか/);
    back.type(ENTER);
    await back.waitFor(/週に何時間働いていますか/);
    back.kill('SIGTERM');
    expect((await back.exited).exitCode).toBe(130);
    expect(fs.existsSync(stored)).toBe(true);
  });
});
