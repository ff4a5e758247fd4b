import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// A case file passed where a program, catalog or template is expected (arguments swapped, a session
// given to show) used to be printed in the error's code frame: label, caseworker, memo. Case files
// are recognised by content and refused without an excerpt; excerpts are for trainer files only,
// and never for a file that a case file names (`template: /any/path`).

const SECRET = /HIMITSU|秘密|山田/;
const FRAME = /^\s*>?\s*\d+ \|/m;
const programs = path.join(fixtures, 'programs');

const ANSWERS = `program: mini
intake: { label: 秘密-HIMITSU, caseworker: 山田 }
answers:
  q_attend: declining
  q_days: 12
  q_baito: true
  q_hours: 20
  q_worries: [money]
  q_date: unknown
  q_note: HIMITSU の話
memos:
  q_date: 秘密のメモ
`;
const FLAT = 'q_attend: declining\nq_note: HIMITSU 秘密の話\nq_days: 12\n';

function place() {
  const dir = tempDir('ikusei-swap-');
  fs.writeFileSync(path.join(dir, 'a1.yaml'), ANSWERS);
  fs.writeFileSync(path.join(dir, 'flat.yaml'), FLAT);
  fs.writeFileSync(path.join(dir, 'notes.txt'), '秘密 HIMITSU 1行目\n山田さんの話: HIMITSU\n');
  fs.writeFileSync(path.join(dir, 'form.yaml'), `template: ${path.join(dir, 'notes.txt')}\nq_attend: declining\n`);
  fs.writeFileSync(path.join(dir, 'form-case.yaml'), `template: ${path.join(dir, 'a1.yaml')}\nq_attend: declining\n`);
  return { dir, home: path.join(dir, 'home') };
}

async function ikusei(args: string[], p: { dir: string; home: string }, env: Record<string, string | undefined> = {}) {
  const r = await runBin([...args, '--programs', programs], { cwd: p.dir, env: { IKUSEI_HOME: p.home, ...env } });
  return { code: r.exitCode, out: plain(`${r.stdout}\n${r.stderr}`) };
}

function expectRefusedQuietly(r: { code: number | undefined; out: string }) {
  expect(r.code, r.out).not.toBe(0);
  expect(r.code, r.out).not.toBe(70);
  expect(r.out).not.toMatch(SECRET);
  expect(r.out).not.toMatch(FRAME);
}

describe('a case file where a program, catalog or template is expected', () => {
  const COMMANDS: [string, string[]][] = [
    ['run with the arguments swapped', ['run', 'a1.yaml', '--answers', 'mini']],
    ['show', ['show', 'a1.yaml']],
    ['graph', ['graph', 'a1.yaml']],
    ['diff', ['diff', 'a1.yaml', path.join(programs, 'mini.yaml')]],
    ['lint', ['lint', 'a1.yaml']],
    ['render --program', ['render', 'a1.yaml', '--program', './a1.yaml', '-o', 'x.pdf']],
    ['render --template', ['render', 'a1.yaml', '--template', './a1.yaml', '-o', 'x.pdf']],
    ['a flat answers file as a program', ['show', './flat.yaml']],
    ['a flat answers file to lint', ['lint', 'flat.yaml']],
  ];
  it.each(COMMANDS)('%s: refused, no line of it printed', { timeout: 60_000 }, async (_name, args) => {
    const r = await ikusei(args, place());
    expectRefusedQuietly(r);
  });

  it('says what the file is, for the swapped arguments', { timeout: 60_000 }, async () => {
    const r = await ikusei(['show', 'a1.yaml'], place());
    expect(r.out).toContain('回答ファイル');
    expect(r.out).toMatch(/a1\.yaml/);
  });

  it('a session file, plain or encrypted, given to show: refused, nothing of it printed', { timeout: 60_000 }, async () => {
    for (const env of [{}, { IKUSEI_PASSPHRASE: 'correct horse battery' }]) {
      const p = place();
      const saved = await ikusei(['run', 'mini', '--answers', 'a1.yaml', '--save'], p, env);
      expect(saved.code, saved.out).toBe(0);
      const file = fs.readdirSync(path.join(p.home, 'sessions')).find((f) => f.endsWith('.json'))!;
      const r = await ikusei(['show', path.join(p.home, 'sessions', file)], p, env);
      expectRefusedQuietly(r);
      expect(r.out).toContain('セッション');
    }
  });
});

describe('a file named by a case file', () => {
  it('template: /any/path prints nothing of that file', { timeout: 60_000 }, async () => {
    const r = await ikusei(['render', 'form.yaml', '-o', 'x.pdf'], place());
    expectRefusedQuietly(r);
  });

  it('template: naming another case file prints nothing of it', { timeout: 60_000 }, async () => {
    const r = await ikusei(['render', 'form-case.yaml', '-o', 'x.pdf'], place());
    expectRefusedQuietly(r);
  });

  it('template: naming a trainer file shows no excerpt of it either', { timeout: 60_000 }, async () => {
    const p = place();
    fs.writeFileSync(path.join(p.dir, 'form-program.yaml'), `template: ${path.join(programs, 'mini.yaml')}\nq_attend: declining\n`);
    const r = await ikusei(['render', 'form-program.yaml', '-o', 'x.pdf'], p);
    expect(r.code, r.out).toBe(1);
    expect(r.out).not.toMatch(FRAME);
  });
});
