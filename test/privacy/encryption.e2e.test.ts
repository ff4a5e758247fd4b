import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { plain } from '../helpers/bin.js';
import { ENTER, Terminal } from '../crash/terminal.js';
import { ANSWERS, bin, place, savedId, type Place } from './helpers.js';

// Encryption at rest with the built binary: IKUSEI_PASSPHRASE encrypts what is saved; every reader
// (sessions, resume, run, render, batch) opens it with the passphrase; a wrong or missing one gives
// a clear message, exit 3, and changes nothing (the file byte-identical, no new file anywhere).

const PASS = { IKUSEI_PASSPHRASE: 'ひみつの合言葉 2026' };
const WRONG = { IKUSEI_PASSPHRASE: 'まちがった合言葉' };
const STACK = /^\s+at .+[:(]\d+/m;

async function encryptedCase(): Promise<{ p: Place; id: string; file: string }> {
  const p = place();
  p.write('a.yaml', ANSWERS.replace('卒業したい', 'NOTE-SECRET-77'));
  const r = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { env: PASS });
  expect(r.exitCode, r.stderr).toBe(0);
  const id = savedId(r.stderr);
  return { p, id, file: path.join(p.sessions, `${id}.json`) };
}

/**
 * Every file under the place (except the inputs), with its bytes: to prove nothing changed. V8's
 * compile cache (Node 22+, $IKUSEI_HOME/cache/v8) holds ikusei's own compiled code, never case
 * data, and fills on any run: it is left out.
 */
function everything(p: Place): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory() && e.name === 'v8' && path.basename(dir) === 'cache') continue;
      if (e.isDirectory()) walk(f);
      else out.set(path.relative(p.dir, f), fs.readFileSync(f).toString('base64'));
    }
  };
  walk(p.dir);
  return out;
}

async function pdfText(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('');
  await doc.destroy();
  return text;
}

describe('IKUSEI_PASSPHRASE', () => {
  it('saves an envelope with no case data readable, which every reader opens with the passphrase', { timeout: 120_000 }, async () => {
    const { p, id, file } = await encryptedCase();
    const raw = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(raw).format).toBe('ikusei-session-encrypted');
    for (const secret of ['R7-9', '佐藤', 'NOTE-SECRET-77', 'declining']) expect(raw).not.toContain(secret);

    const listed = await bin(p, ['sessions'], { env: PASS });
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+R7-9［暗号化］\\s+III テスト用ミニプログラム\\s+確定済み`, 'm'));

    const run = await bin(p, ['run', 'mini', '--answers', file, '--json'], { env: PASS });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).answers.find((a: { question: string }) => a.question === 'q_note').value).toBe('NOTE-SECRET-77');

    expect((await bin(p, ['render', id, '-o', 'sheet.pdf'], { env: PASS })).exitCode).toBe(0);
    expect(await pdfText(p.file('sheet.pdf'))).toContain('R7-9');

    // batch: its worker threads get the passphrase with the rest of the environment.
    const batch = await bin(p, ['batch', p.sessions, '-o', 'sheets', '--jobs', '2'], { env: PASS });
    expect(batch.exitCode, batch.stderr).toBe(0);
    expect(await pdfText(p.file(`sheets/${id}.pdf`))).toContain('R7-9');
  });

  it('without the passphrase, `sessions` lists it by id and time only, marked 暗号化', { timeout: 60_000 }, async () => {
    const { p, id } = await encryptedCase();
    p.write('b.yaml', ANSWERS.replace('R7-9', 'PLAIN-1'));
    await bin(p, ['run', 'mini', '--answers', 'b.yaml', '--save']);
    const r = await bin(p, ['sessions']);
    expect(r.exitCode).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith(id))!;
    expect(line).toMatch(new RegExp(`^${id}\\s+［暗号化］\\s+—\\s+確定済み\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
    expect(r.stdout).toContain('PLAIN-1'); // the other session, not encrypted, in full
    expect(r.stdout).not.toContain('R7-9');
    expect(plain(r.stderr)).toContain('暗号化されたセッションが 1 件あります');
    const json = JSON.parse((await bin(p, ['sessions', '--json'])).stdout) as Record<string, unknown>[];
    expect(json.find((s) => s.id === id)).toMatchObject({ label: null, program: null, progress: null, answers: null, status: 'completed', encrypted: true, locked: true });

    const wrong = await bin(p, ['sessions'], { env: WRONG });
    expect(plain(wrong.stderr)).toContain('1 件は、いまのパスフレーズでは開けません');
  });

  it('a wrong or missing passphrase: a clear message, exit 3, nothing changed and nothing made', { timeout: 120_000 }, async () => {
    const { p, id } = await encryptedCase();
    const before = everything(p);
    const attempts: [string[], Record<string, string>][] = [
      [['render', id, '-o', 'sheet.pdf'], WRONG],
      [['render', id, '-o', 'sheet.pdf'], {}],
      [['run', 'mini', '--answers', `home/sessions/${id}.json`, '--save'], WRONG],
      [['batch', p.sessions, '-o', 'sheets'], WRONG],
    ];
    for (const [args, env] of attempts) {
      const r = await bin(p, args, { env });
      const err = plain(r.stderr);
      if (args[0] === 'batch') {
        expect(r.exitCode, args.join(' ')).toBe(1); // batch: each failed input is reported, exit 1
        expect(err).toContain(`パスフレーズが違うため、home/sessions/${id}.json を開けません`);
      } else {
        expect(r.exitCode, args.join(' ')).toBe(3);
        expect(err).toMatch(env.IKUSEI_PASSPHRASE ? /^ikusei: .*home\/sessions\/\S+\.json.*\[PASSPHRASE_WRONG\]$/m : /^ikusei: .*home\/sessions\/\S+\.json.*\[PASSPHRASE_NEEDED\]$/m);
        expect(err).toMatch(env.IKUSEI_PASSPHRASE ? /ファイルには何も変更していません/ : /IKUSEI_PASSPHRASE/);
      }
      expect(err).not.toMatch(STACK);
      expect(r.stdout).not.toContain('R7-9');
    }
    // resume in a terminal with the wrong passphrase in the environment: not asked, refused.
    const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir, env: { ...WRONG, TMPDIR: p.tmp } });
    expect((await t.exited).exitCode).toBe(3);
    expect(t.output).toContain('[PASSPHRASE_WRONG]');
    // batch made its (empty) output folder before reading: that is the only change.
    const after = everything(p);
    expect(after).toEqual(before);
    expect(fs.readdirSync(p.file('sheets'))).toEqual([]);
  });

  it('resume continues an encrypted walk and keeps saving it encrypted, with the same salt and a new IV', { timeout: 60_000 }, async () => {
    const p = place();
    p.write('a.yaml', 'program: mini\nintake: { label: R7-9, age: 16 }\nanswers: { q_attend: declining, q_days: 12 }\n');
    const r = await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'], { env: PASS });
    expect(r.exitCode).toBe(1); // stops at the first missing answer, saved to be resumed
    const id = /ikusei resume (\S+) --programs \S+ で続き/.exec(plain(r.stderr))![1]!;
    const file = path.join(p.sessions, `${id}.json`);
    const first = JSON.parse(fs.readFileSync(file, 'utf8'));
    const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir, env: PASS });
    await t.waitFor(/アルバイトをしていますか/);
    t.type(ENTER);
    await t.waitFor(/週に何時間働いていますか/);
    t.kill('SIGTERM');
    expect((await t.exited).exitCode).toBe(130);
    const next = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(next.format).toBe('ikusei-session-encrypted');
    expect(next.kdf.salt).toBe(first.kdf.salt);
    expect(next.cipher.iv).not.toBe(first.cipher.iv);
    const run = await bin(p, ['run', 'mini', '--answers', file, '--json'], { env: PASS });
    expect(JSON.parse(run.stdout).answers.map((a: { question: string }) => a.question)).toEqual(['q_attend', 'q_days', 'q_baito']);
  });

  it('a session saved before is encrypted once saved again with the passphrase set', { timeout: 60_000 }, async () => {
    const p = place();
    p.write('a.yaml', ANSWERS);
    const id = savedId((await bin(p, ['run', 'mini', '--answers', 'a.yaml', '--save'])).stderr);
    const file = path.join(p.sessions, `${id}.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('ikusei-session');
    const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir, env: PASS });
    await t.waitFor(/確定するか、直す回答を選んでください/);
    t.kill('SIGTERM');
    expect((await t.exited).exitCode).toBe(130);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('ikusei-session-encrypted');
  });
});
