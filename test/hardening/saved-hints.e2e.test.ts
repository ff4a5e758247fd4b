import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniPrograms } from '../crash/terminal.js';
import { plain, runBin } from '../helpers/bin.js';
import { ANSWERS, bin, place, savedId } from '../privacy/helpers.js';

// Issue 14, item 20: the commands printed after `run --save` work as printed, also with a
// programs folder of one's own (--programs kept); and a truncated encrypted session is reported
// as a broken session file, not as a broken answers file.

const PASS = { IKUSEI_PASSPHRASE: 'ひみつの合言葉 2026' };

describe('after run --save', () => {
  it('the render and resume hints keep --programs, and the render hint works as printed', { timeout: 60_000 }, async () => {
    const p = place('ikusei-hints-');
    p.write('a.yaml', ANSWERS);
    const done = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save']); // bin adds --programs <fixtures>
    expect(done.exitCode).toBe(0);
    const render = /PDF にするには: (ikusei render .+)$/m.exec(plain(done.stderr))?.[1];
    expect(render).toContain(`--programs ${miniPrograms}`);
    const args = render!.replace(/^ikusei /, '').split(' ');
    const r = await runBin(args, { cwd: p.dir, env: { HOME: p.dir, IKUSEI_HOME: p.home } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(fs.existsSync(p.file('支援シート.pdf'))).toBe(true);

    p.write('b.yaml', 'program: mini\nintake: { age: 16 }\nanswers: { q_attend: ok }\n');
    const partial = await bin(p, ['run', 'mini', '--answers', 'b.yaml', '--save']);
    expect(partial.exitCode).toBe(1);
    expect(plain(partial.stderr)).toMatch(new RegExp(`ikusei resume \\S+ --programs ${miniPrograms} で続きを答えられます`));
  });

  it('a truncated encrypted session is a broken session file', { timeout: 60_000 }, async () => {
    const p = place('ikusei-hints-');
    p.write('a.yaml', ANSWERS);
    const id = savedId((await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { env: PASS })).stderr);
    const file = path.join(p.sessions, `${id}.json`);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    for (const args of [['render', id, '-o', 'x.pdf'], ['run', 'mini', '--answers', file]]) {
      const r = await bin(p, args, { env: PASS });
      expect(r.exitCode, args.join(' ')).toBe(1);
      const err = plain(r.stderr);
      expect(err).toContain('[SESSION_INVALID]');
      expect(err).not.toContain('回答ファイル');
    }
  });
});
