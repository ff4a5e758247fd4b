import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { tempHome, tempPrograms, waitForOutput as waitFor } from './helpers.js';

describe('ikusei lint --watch (built binary)', () => {
  it('lints, re-lints after a file is saved, and exits 130 on Ctrl-C', async () => {
    const { dir, file } = tempPrograms();
    // Not awaited: the test reads the output while the watcher runs.
    const child = runBin(['lint', '--watch', '--programs', dir], { cwd: dir, env: { IKUSEI_HOME: tempHome() } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const waiting = /保存を待っています/;
    await waitFor(() => out, waiting, 1, 'the first report');
    expect(plain(out)).toContain('ファイルを検査しました: エラー 0 件');

    // A save that breaks a reference: the next report names it at its line.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('next: q_hours', 'next: q_hour'));
    await waitFor(() => out, waiting, 2, 'the report after the change');
    const second = plain(out).split(/変更を検知しました/)[1] ?? '';
    expect(second).toMatch(/mini\.yaml:\d+:\d+: エラー: 行き先「q_hour」というノードはありません/);
    expect(second).toContain('エラー 1 件');

    child.kill('SIGINT');
    const r = await child;
    expect(r.exitCode).toBe(130);
    expect(plain(String(r.stdout))).toContain('監視を終了しました。');
    expect(r.stderr).toBe('');
  }, 40_000);
});
