import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// A program name is text, never a pattern: `show '('` used to build a RegExp from it and exit 70.

const NAMES = ['(', 'III)', '*', '[', '\\', '+', 'I|II', '.*', '?', 'III$'];

describe('program names that look like regular expressions', () => {
  it.each(NAMES)('show %j: the usual "not found" message with the names that exist, exit 2', async (name) => {
    const r = await runCli(['show', name]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[PROGRAM_NOT_FOUND]');
    expect(r.stderr).toContain('使えるプログラム: ');
    expect(r.stderr).not.toContain('内部エラー');
  });

  it('run \'*\' --answers …: not found, exit 2', async () => {
    const dir = tempDir('ikusei-names-');
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'q_attend: declining\n');
    const r = await runCli(['run', '*', '--answers', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[PROGRAM_NOT_FOUND]');
  });

  it('numbers still work: III and 3 open the same program', async () => {
    const [roman, arabic] = await Promise.all([runCli(['show', 'III']), runCli(['show', '3'])]);
    expect(roman.code).toBe(0);
    expect(arabic.stdout).toBe(roman.stdout);
  });
});
