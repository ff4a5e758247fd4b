import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

describe('--deterministic', () => {
  it('gives byte-identical PDFs from the same input, whatever the clock says', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const render = (out: string, now: Date) =>
      runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', out, '--deterministic'], { cwd: t.dir, env: t.env, now });
    expect((await render('one.pdf', new Date('2026-11-22T10:00:00+09:00'))).code).toBe(0);
    expect((await render('two.pdf', new Date('2027-03-01T18:30:00+09:00'))).code).toBe(0);
    const one = fs.readFileSync(t.file('one.pdf'));
    expect(one.equals(fs.readFileSync(t.file('two.pdf')))).toBe(true);
    expect(one.toString('latin1')).toContain('(D:20191231150000Z)'); // 2020-01-01 00:00 in Japan
  });

  it('without it, the creation date is the clock', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env, now: new Date('2026-11-22T01:02:03Z') });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(t.file('a.pdf')).toString('latin1')).toContain('(D:20261122010203Z)');
  });
});
