import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// Machine output is printed to terminals too: a memo or label with escape sequences or bidi
// overrides must come out escaped in JSON, never raw (valid JSON either way).
describe('--json output is terminal-safe', () => {
  it('run --json escapes control characters and bidi overrides from the case file', async () => {
    const dir = tempDir('ikusei-json-');
    fs.writeFileSync(
      path.join(dir, 'a.yaml'),
      `program: mini\nintake: { label: "X\\e]0;PWNED\\a\\u202e", age: 16 }\nanswers: { q_attend: ok, q_baito: "no", q_worries: [none], q_date: unknown, q_note: "m\\e[1A\\e[2K" }\nmemos: { q_date: "a\\u009bb" }\n`,
    );
    const r = await runCli(['--programs', path.join(fixtures, 'programs'), 'run', 'mini', '--answers', 'a.yaml', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const data = JSON.parse(r.stdout);
    expect(data.answers.find((a: { question: string }) => a.question === 'q_note').value).toBe('m\u001b[1A\u001b[2K');
  });
});
