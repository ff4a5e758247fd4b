import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTER, Terminal } from '../crash/terminal.js';
import { ANSWERS, bin, mode, place, savedId } from './helpers.js';

// Files with case data are readable by their owner only: sessions, the config (it remembers the
// caseworker's name), PDFs, and the temporary files of saves while they exist. Checked on the
// built binary, also under a careless umask (000) and over folders and files made too open.

describe('file and folder modes', () => {
  it('a walk creates the data folder and sessions folder 0700, the session and config.json 0600', { timeout: 60_000 }, async () => {
    const p = place();
    const t = new Terminal(['start', 'mini'], { home: p.home, cwd: p.dir });
    await t.waitFor(/ケース番号かイニシャル/);
    t.type('R7-5' + ENTER);
    await t.waitFor(/年齢または生年月日/);
    t.type('16' + ENTER);
    await t.waitFor(/担当ケースワーカー/);
    t.type('佐藤' + ENTER);
    await t.waitFor(/最近の出席状況はどうですか/);
    t.kill('SIGTERM');
    expect((await t.exited).exitCode).toBe(130);
    expect(mode(p.home)).toBe(0o700);
    expect(mode(p.sessions)).toBe(0o700);
    const [session] = fs.readdirSync(p.sessions);
    expect(mode(path.join(p.sessions, session!))).toBe(0o600);
    expect(mode(path.join(p.home, 'config.json'))).toBe(0o600);
  });

  it('with umask 000: sessions 0600 in 0700 folders, PDFs 0600, a batch folder 0700', { timeout: 120_000 }, async () => {
    const p = place();
    p.write('a.yaml', ANSWERS);
    p.write('in/a.yaml', ANSWERS);
    p.write('in/b.yaml', ANSWERS.replace('R7-9', 'R7-10'));
    const saved = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { umask: '000' });
    expect(saved.exitCode, saved.stderr).toBe(0);
    const id = savedId(saved.stderr);
    expect(mode(p.home)).toBe(0o700);
    expect(mode(p.sessions)).toBe(0o700);
    expect(mode(path.join(p.sessions, `${id}.json`))).toBe(0o600);

    expect((await bin(p, ['render', id, '-o', 'sheet.pdf'], { umask: '000' })).exitCode).toBe(0);
    expect(mode(p.file('sheet.pdf'))).toBe(0o600);
    expect((await bin(p, ['batch', 'in', '-o', 'out/sheets', '--jobs', '2'], { umask: '000' })).exitCode).toBe(0);
    expect(mode(p.file('out/sheets'))).toBe(0o700);
    for (const f of fs.readdirSync(p.file('out/sheets'))) expect(mode(p.file(`out/sheets/${f}`)), f).toBe(0o600);
  });

  it('tightens a sessions folder and a session file made too open', { timeout: 60_000 }, async () => {
    const p = place();
    p.write('a.yaml', ANSWERS);
    const id = savedId((await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'])).stderr);
    const file = path.join(p.sessions, `${id}.json`);
    fs.chmodSync(p.sessions, 0o755);
    fs.chmodSync(file, 0o644);
    // Resuming saves the session again (the resume is recorded): both go back to private.
    const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir });
    await t.waitFor(/確定するか、直す回答を選んでください/);
    t.kill('SIGTERM');
    expect((await t.exited).exitCode).toBe(130);
    expect(mode(p.sessions)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
  });

  it('temporary files are 0600 while they exist (a session save and a PDF caught half-written)', { timeout: 60_000 }, async () => {
    const p = place();
    p.write('a.yaml', ANSWERS);
    fs.mkdirSync(p.sessions, { recursive: true, mode: 0o700 });
    fs.mkdirSync(p.file('out'));
    const caught: number[] = [];
    const watch = async (run: ReturnType<typeof bin>, dir: string) => {
      while (run.exitCode === null) {
        const temp = fs.readdirSync(dir).find((f) => f.endsWith('.tmp'));
        if (temp) {
          try {
            caught.push(mode(path.join(dir, temp)));
          } catch {
            continue; // renamed meanwhile: try the next one
          }
          break;
        }
        await new Promise((r) => setImmediate(r));
      }
      return run;
    };
    const slow = { IKUSEI_SLOW_WRITE_MS: '5' };
    const saved = await watch(bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { faults: true, umask: '000', env: { ...slow, IKUSEI_FAULT_DIR: p.sessions } }), p.sessions);
    expect(saved.exitCode).toBe(0);
    const rendered = await watch(bin(p, ['render', 'a.yaml', '-o', 'out/sheet.pdf'], { faults: true, umask: '000', env: { ...slow, IKUSEI_FAULT_DIR: p.file('out') } }), p.file('out'));
    expect(rendered.exitCode).toBe(0);
    expect(caught).toEqual([0o600, 0o600]);
    expect(fs.readdirSync(p.file('out'))).toEqual(['sheet.pdf']);
  });
});
