import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/app/io.js';
import { pdfFolder } from '../../src/sheet/documents.js';
import { answerShortRoute, enter, intake, miniPrograms, onlySession, pick, waitFor } from '../walk/drive.js';
import { readPdf } from './helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15 item 14: the walk's PDF landed in the current folder (in a checkout, `git status` then
// showed a case PDF). By default it goes to a documents folder of the caseworker's own. Every
// test here has its own HOME and IKUSEI_HOME in a temp folder: never the real home.

function tempDirs() {
  const root = tempDir('ikusei-docs-');
  const dirs = { root, home: path.join(root, 'home'), ikusei: path.join(root, 'ikusei'), cwd: path.join(root, 'repo') };
  for (const d of [dirs.home, dirs.ikusei, dirs.cwd]) fs.mkdirSync(d);
  return dirs;
}

describe('pdfFolder', () => {
  it('is ikusei in ~/Documents by default', () => {
    const d = tempDirs();
    expect(pdfFolder({ HOME: d.home }, d.ikusei)).toBe(path.join(d.home, 'Documents', 'ikusei'));
  });

  it("follows the desktop's documents folder (XDG), from the environment or user-dirs.dirs", () => {
    const d = tempDirs();
    expect(pdfFolder({ HOME: d.home, XDG_DOCUMENTS_DIR: path.join(d.home, 'docs') }, d.ikusei)).toBe(path.join(d.home, 'docs', 'ikusei'));
    fs.mkdirSync(path.join(d.home, '.config'));
    fs.writeFileSync(path.join(d.home, '.config', 'user-dirs.dirs'), '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/デスクトップ"\nXDG_DOCUMENTS_DIR="$HOME/ドキュメント"\n');
    expect(pdfFolder({ HOME: d.home }, d.ikusei)).toBe(path.join(d.home, 'ドキュメント', 'ikusei'));
    // 「$HOME」 alone means the desktop has no documents folder.
    fs.writeFileSync(path.join(d.home, '.config', 'user-dirs.dirs'), 'XDG_DOCUMENTS_DIR="$HOME/"\n');
    expect(pdfFolder({ HOME: d.home }, d.ikusei)).toBe(path.join(d.home, 'Documents', 'ikusei'));
  });

  it('is pdfDir in config.json when set (relative to IKUSEI_HOME, ~/ for the home)', () => {
    const d = tempDirs();
    fs.writeFileSync(path.join(d.ikusei, 'config.json'), JSON.stringify({ pdfDir: '~/ケース/PDF' }));
    expect(pdfFolder({ HOME: d.home }, d.ikusei)).toBe(path.join(d.home, 'ケース', 'PDF'));
    fs.writeFileSync(path.join(d.ikusei, 'config.json'), JSON.stringify({ pdfDir: 'pdf' }));
    expect(pdfFolder({ HOME: d.home }, d.ikusei)).toBe(path.join(d.ikusei, 'pdf'));
  });

  it('is the current folder, as before, when the environment names no home', () => {
    const d = tempDirs();
    expect(pdfFolder({}, d.ikusei)).toBeUndefined();
  });
});

describe('the walk offers to save the PDF in the documents folder', () => {
  it('suggests ~/Documents/ikusei, creates it 0700 and writes the PDF 0600 there, nothing in the current folder', async () => {
    const d = tempDirs();
    screen.clear();
    let stdout = '';
    const io: Io = {
      stdout: { write: (s: string) => (stdout += s), isTTY: true, columns: 200 },
      stderr: { write: () => true, isTTY: true },
      stdin: Object.assign(new PassThrough(), { isTTY: true }),
      env: { HOME: d.home, IKUSEI_HOME: d.ikusei, NO_COLOR: '1' },
      cwd: d.cwd,
      now: () => new Date('2026-11-22T10:00:00+09:00'),
    };
    const done = run(['start', 'mini', '--programs', miniPrograms], io);
    await intake('R7-8', '14');
    await answerShortRoute();
    pick('✔');
    await waitFor(/PDF をいま作りますか/);
    pick('はい');
    const id = onlySession(d.ikusei).id;
    expect(await waitFor(/PDF の保存先/)).toContain(`(~/Documents/ikusei/支援シート-${id}.pdf)`);
    enter();
    expect(await done).toBe(0);
    const folder = path.join(d.home, 'Documents', 'ikusei');
    const file = path.join(folder, `支援シート-${id}.pdf`);
    expect(stdout).toContain(`支援シートを書き出しました: ~/Documents/ikusei/支援シート-${id}.pdf`);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await readPdf(file)).text).toContain('R7-8');
    expect(fs.readdirSync(d.cwd)).toEqual([]);
  }, 60_000);
});
