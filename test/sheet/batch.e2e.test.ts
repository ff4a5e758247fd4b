import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/sheet/batch/progress.js';
import { plain, runBin } from '../helpers/bin.js';
import { readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

function folderWithOneBad() {
  const t = tempCase('ikusei-batch-');
  for (let i = 1; i <= 4; i++) t.write(`in/case${i}.yaml`, RISK_ANSWERS.replace('A-123', `A-${i}`));
  t.write('in/bad.yaml', RISK_ANSWERS.replace('q_days: 12', 'q_days: 999'));
  t.write('in/broken.json', '{ "program": "sheetmini", ');
  t.write('in/notes.txt', 'not a case file');
  return t;
}

const batch = (t: ReturnType<typeof tempCase>, args: string[]) => runBin(['--programs', SHEET_PROGRAMS, 'batch', ...args], { cwd: t.dir, env: t.env });
const pdfs = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('ikusei batch (built binary, worker threads)', () => {
  it('renders the good files, reports each bad one with its reason, exits 1, leaves nothing half-written', { timeout: 60_000 }, async () => {
    const t = folderWithOneBad();
    const r = await batch(t, ['in', '-o', 'out', '--jobs', '2']);
    expect(r.exitCode).toBe(1);
    expect(pdfs(t.file('out'))).toEqual(['case1.pdf', 'case2.pdf', 'case3.pdf', 'case4.pdf']);
    const err = plain(r.stderr);
    expect(err).toMatch(/^in\/bad\.yaml:\d+:3: 質問「q_days」の回答が合いません: 200日 以下で答えてください。$/m);
    expect(err).toMatch(/^in\/broken\.json:1:\d+: /m);
    expect(err).not.toContain('notes.txt');
    expect(r.stdout).toMatch(/^6 件中 4 件の PDF を作りました。2 件は失敗しました（[\d.]+ 秒）。$/);
    const third = await readPdf(t.file('out/case3.pdf'));
    expect(third.text).toContain('A-3');
    expect(fs.statSync(t.file('out')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(t.file('out/case1.pdf')).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing PDF unless --force', { timeout: 60_000 }, async () => {
    const t = folderWithOneBad();
    fs.rmSync(t.file('in/bad.yaml'));
    fs.rmSync(t.file('in/broken.json'));
    expect((await batch(t, ['in', '-o', 'out'])).exitCode).toBe(0);
    const before = fs.readFileSync(t.file('out/case1.pdf'));
    fs.writeFileSync(t.file('out/case2.pdf'), 'kept');

    const again = await batch(t, ['in', '-o', 'out']);
    expect(again.exitCode).toBe(1);
    expect(plain(again.stderr)).toContain('out/case2.pdf はすでにあります。上書きしません。');
    expect(again.stdout).toMatch(/^4 件中 0 件の PDF を作りました。4 件は失敗しました/);
    expect(fs.readFileSync(t.file('out/case1.pdf')).equals(before)).toBe(true);
    expect(fs.readFileSync(t.file('out/case2.pdf'), 'utf8')).toBe('kept');

    const forced = await batch(t, ['in', '-o', 'out', '--force']);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toMatch(/^4 件の PDF を作りました（[\d.]+ 秒）。$/);
    expect(fs.readFileSync(t.file('out/case2.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(t.file('out')).filter((f) => !f.endsWith('.pdf'))).toEqual([]); // no temporary files
  });

  it('refuses two inputs that would write the same PDF, before rendering anything', { timeout: 30_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    t.write('x/a.yaml', RISK_ANSWERS);
    const r = await batch(t, ['a.yaml', 'x/a.yaml', '-o', 'out']);
    expect(r.exitCode).toBe(2);
    expect(plain(r.stderr)).toContain('[BATCH_DUPLICATE_NAME]');
    expect(pdfs(t.file('out'))).toEqual([]);
  });
});

describe('the progress bar', () => {
  it('draws on a terminal and clears itself; prints nothing elsewhere', () => {
    let tty = '';
    const bar = new Progress({ write: (s: string) => (tty += s), isTTY: true, columns: 80 }, 4, (d, n, f) => `${d}/${n}（失敗 ${f}）`);
    bar.update(2, 1, true);
    expect(tty).toContain('[####################....................] 2/4（失敗 1）');
    bar.clear();
    expect(tty.endsWith('\r\u001b[2K')).toBe(true);
    let pipe = '';
    const quiet = new Progress({ write: (s: string) => (pipe += s), isTTY: false }, 4, () => 'x');
    quiet.update(4, 0, true);
    quiet.clear();
    expect(pipe).toBe('');
  });
});
