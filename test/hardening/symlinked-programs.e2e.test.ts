import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { miniPrograms } from '../crash/terminal.js';
import { plain, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/temp.js';

// Issue 14, item 11: a programs folder whose program files are symlinks (an office that keeps
// one shared copy) lists, runs and lints them like plain files; a symlink to something that is
// not a regular file is still no program; and lint of a folder without programs is an error.

const root = tempDir('ikusei-links-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const shared = path.join(root, 'shared');
const linked = path.join(root, 'linked');
fs.cpSync(miniPrograms, shared, { recursive: true });
fs.mkdirSync(linked);
fs.symlinkSync(path.join(shared, 'mini.yaml'), path.join(linked, 'mini.yaml'));
fs.symlinkSync(path.join(shared, 'catalogs'), path.join(linked, 'catalogs'));
fs.symlinkSync('/dev/null', path.join(linked, 'null.yaml'));
fs.symlinkSync(path.join(root, 'missing.yaml'), path.join(linked, 'dangling.yaml'));
const empty = path.join(root, 'empty');
fs.mkdirSync(empty);

describe('symlinked program files', () => {
  it('are listed, linted and run like plain files', { timeout: 60_000 }, async () => {
    const listed = await runBin(['list', '--json', '--programs', linked]);
    expect(listed.exitCode, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).map((p: { id: string }) => p.id)).toEqual(['mini']);
    const lint = await runBin(['lint', linked]);
    expect(lint.exitCode, lint.stderr + lint.stdout).toBe(0);
    expect(plain(lint.stdout + lint.stderr)).toMatch(/1 ファイルを検査しました|2 ファイルを検査しました/);
    fs.writeFileSync(path.join(root, 'a.yaml'), 'program: mini\nintake: { age: 16 }\nanswers: { q_attend: ok, q_baito: "no", q_worries: [], q_date: unknown, q_note: x }\n');
    const run = await runBin(['run', 'mini', '--answers', path.join(root, 'a.yaml'), '--json', '--programs', linked]);
    expect(run.exitCode, run.stderr).toBe(0);
  });

  it('lint of a folder with no programs is an error, not a pass', { timeout: 60_000 }, async () => {
    const r = await runBin(['lint', empty]);
    expect(r.exitCode).toBe(2);
    expect(plain(r.stderr)).toContain('[NO_PROGRAMS]');
  });
});
