import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { tempHome, tempPrograms, waitForOutput as waitFor } from './helpers.js';

// Issue 15, item 2: editors that save by writing a temporary file and renaming it over the
// original (vim, emacs, JetBrains, `sed -i`) must not stop `lint --watch`; nor may in-place
// saves after such a save be missed.

type Save = (file: string, text: string) => void;

/** vim / JetBrains: a temporary file in the same folder, renamed over the original. */
const renameOver: Save = (file, text) => {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp~`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
};
/** A plain editor: the same file truncated and written. */
const inPlace: Save = (file, text) => fs.writeFileSync(file, text);
/** GNU sed -i: its own temporary file and rename. */
const sedInPlace = (file: string, from: string, to: string) => execFileSync('sed', ['-i', `s/${from}/${to}/`, file]);

describe('ikusei lint --watch across editor save styles (built binary)', () => {
  it('re-lints after every save, renamed-over or in place, several times in a row', async () => {
    const { dir, file } = tempPrograms();
    const good = fs.readFileSync(file, 'utf8');
    const bad = good.replace('next: q_hours', 'next: q_hour');
    expect(bad).not.toBe(good);
    const child = runBin(['lint', '--watch', '--programs', dir], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const waiting = /保存を待っています/;
    await waitFor(() => out, waiting, 1, 'the first report');

    // Each save flips the program between broken and clean, so each report must differ from the last.
    const saves: { how: string; save: () => void; broken: boolean }[] = [
      { how: 'rename over', save: () => renameOver(file, bad), broken: true },
      { how: 'in place', save: () => inPlace(file, good), broken: false },
      { how: 'rename over', save: () => renameOver(file, bad), broken: true },
      { how: 'rename over', save: () => renameOver(file, good), broken: false },
      { how: 'sed -i', save: () => sedInPlace(file, 'next: q_hours', 'next: q_hour'), broken: true },
      { how: 'in place', save: () => inPlace(file, good), broken: false },
      { how: 'sed -i', save: () => sedInPlace(file, 'next: q_hours', 'next: q_hour'), broken: true },
      { how: 'in place', save: () => inPlace(file, good), broken: false },
    ];
    const sections = () => plain(out).split(/変更を検知しました/);
    for (const [i, s] of saves.entries()) {
      const seen = sections().length;
      s.save();
      // A report that began after this save, finished, and shows the saved state.
      await waitFor(
        () => (sections().length > seen ? sections().at(-1)! : ''),
        s.broken ? /行き先「q_hour」というノードはありません[\s\S]*エラー 1 件[\s\S]*保存を待っています/ : /エラー 0 件[\s\S]*保存を待っています/,
        1,
        `the report after save ${i + 1} (${s.how}), ${s.broken ? 'broken' : 'clean'}`,
      );
    }
    expect(sections().length).toBeGreaterThan(saves.length);

    child.kill('SIGINT');
    const r = await child;
    expect(r.exitCode).toBe(130);
    expect(r.stderr).toBe('');
  }, 120_000);

  it('follows a catalog saved by renaming over it', async () => {
    const { dir } = tempPrograms();
    const catalog = path.join(dir, 'catalogs/catalog.yaml');
    const good = fs.readFileSync(catalog, 'utf8');
    const child = runBin(['lint', '--watch', '--programs', dir], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const last = () => plain(out).split(/変更を検知しました/).at(-1) ?? '';
    await waitFor(() => out, /保存を待っています/, 1, 'the first report');
    for (let i = 0; i < 3; i++) {
      renameOver(catalog, good.replace('id: gakkou', 'id: gakko'));
      await waitFor(last, /関係機関「gakkou」はカタログにありません[\s\S]*保存を待っています/, 1, `broken catalog, round ${i + 1}`);
      renameOver(catalog, good);
      await waitFor(last, /エラー 0 件[\s\S]*保存を待っています/, 1, `clean catalog, round ${i + 1}`);
    }
    child.kill('SIGINT');
    expect((await child).exitCode).toBe(130);
  }, 120_000);
});
