import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runBin } from '../helpers/bin.js';
import { edit, tempPrograms, TRAINER_FIXTURES } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15, item 4: a trainer's copy of a program outside programs/ is checked against the
// catalogs of the programs folder (--programs, or the bundled one), never NO_CATALOG.

interface Json {
  errors: number;
  files: string[];
  diagnostics: { code: string; message: string }[];
}

/** A folder with only a program in it (no catalogs/ beside it), as a trainer's working copy. */
function copyAlone(from: string, name: string, edits: [string | RegExp, string][] = []): string {
  const dir = tempDir('ikusei-copy-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(from, 'utf8'), edits));
  return file;
}

const codes = (j: Json) => j.diagnostics.map((d) => d.code);

describe('ikusei lint of a program outside programs/ (built binary)', () => {
  it('a copy of a shipped program lints against the bundled catalogs: no NO_CATALOG, no unknown ids', async () => {
    const file = copyAlone(path.join(repoRoot, 'programs/koukousei.yaml'), 'kenshu.yaml', [[/^id: koukousei$/m, 'id: kenshu']]);
    const r = await runBin(['lint', file, '--format', 'json'], { cwd: path.dirname(file) });
    const j = JSON.parse(String(r.stdout)) as Json;
    expect(codes(j)).not.toContain('NO_CATALOG');
    expect(codes(j).filter((c) => c.startsWith('UNKNOWN_'))).toEqual([]);
    expect(j.files.some((f) => f.endsWith(path.join('programs', 'catalogs', 'resources.yaml')))).toBe(true);
    // test and show open it the same way
    const t = await runBin(['test', file], { cwd: path.dirname(file) });
    expect(String(t.stdout) + String(t.stderr)).not.toMatch(/カタログ（.*）が見つかりません/);
  }, 60_000);

  it('--programs names the folder whose catalogs the copy is checked against', async () => {
    const { dir } = tempPrograms();
    // An agency only the trainer's folder has: found with --programs, unknown without.
    const catalog = path.join(dir, 'catalogs/catalog.yaml');
    fs.writeFileSync(
      catalog,
      edit(fs.readFileSync(catalog, 'utf8'), [
        [/^agencies:\n/m, 'agencies:\n  - id: kenshu-madoguchi\n    name: 研修用の窓口\n    offers: 研修で使う窓口です。\n    when_to_refer: 研修のとき。\n    sources:\n      - title: テスト用の出典\n        document: テスト用\n        kind: primary\n        checked: 2026-11-01\n'],
      ]),
    );
    const file = copyAlone(path.join(TRAINER_FIXTURES, 'mini.yaml'), 'mini.yaml', [['agency: gakkou', 'agency: kenshu-madoguchi']]);

    const withFolder = JSON.parse(String((await runBin(['lint', '--programs', dir, file, '--format', 'json'], { cwd: path.dirname(file) })).stdout)) as Json;
    expect(codes(withFolder)).not.toContain('NO_CATALOG');
    expect(codes(withFolder)).not.toContain('UNKNOWN_AGENCY');
    expect(withFolder.errors).toBe(0);

    const bundled = JSON.parse(String((await runBin(['lint', file, '--format', 'json'], { cwd: path.dirname(file) })).stdout)) as Json;
    expect(codes(bundled)).not.toContain('NO_CATALOG');
    expect(bundled.diagnostics.find((d) => d.code === 'UNKNOWN_AGENCY')?.message).toContain('kenshu-madoguchi');

    // test opens it the same way: the scenarios run (one now fails, as its referral was renamed)
    const t = String((await runBin(['test', '--programs', dir, file], { cwd: path.dirname(file) })).stdout);
    expect(t).not.toContain('UNKNOWN_AGENCY');
    expect(t).toContain('成功 1 件、失敗 1 件');
  }, 60_000);

  it('a folder with its own catalogs/ keeps them', async () => {
    const { dir, file } = tempPrograms([['agency: gakkou', 'agency: kenshu-madoguchi']]);
    const j = JSON.parse(String((await runBin(['lint', file, '--format', 'json'], { cwd: dir })).stdout)) as Json;
    expect(j.diagnostics.find((d) => d.code === 'UNKNOWN_AGENCY')?.message).toContain('kenshu-madoguchi');
    expect(j.files).toContain(path.join('catalogs', 'catalog.yaml'));
  }, 60_000);
});
