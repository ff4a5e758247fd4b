import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain } from '../helpers/bin.js';
import { enter, miniPrograms, pick, startCli, waitFor } from '../walk/drive.js';
import { ENTER, Terminal } from '../crash/terminal.js';
import { bin, place, savedId } from './helpers.js';

// Case data never appears in error messages, warnings or crash output. Distinctive strings are
// planted in the intake (label, caseworker), the answers and the memos; then every failure path
// we can reach is driven — bad answers files, damaged sessions, a wrong passphrase, a full disk
// or a file where a folder should be, interrupted walks, an internal error — and everything the
// commands print on those paths is scanned, and so is every file they left outside the sessions
// folder and the requested output.

const LABEL = 'LBL-CANARY-4471';
const WORKER = 'CW-CANARY-八郎';
const MEMO = 'MEMO-CANARY-8842';
const NOTE = 'NOTE-CANARY-5531';
const LEAK = /CANARY|八郎/;
const STACK = /^\s+at .+[:(]\d+/m;
const PASS = { IKUSEI_PASSPHRASE: 'canary test passphrase' };

const p = place('ikusei-leaks-');
const inputs = new Set<string>();
const input = (rel: string, text: string) => {
  inputs.add(rel);
  return p.write(rel, text);
};

const GOOD = `program: mini
intake: { label: ${LABEL}, age: 16, caseworker: ${WORKER} }
answers: { q_attend: declining, q_days: 12, q_baito: "yes", q_hours: 20, q_worries: [money], q_date: 2026-12-01, q_note: ${NOTE} }
memos: { q_days: ${MEMO}, q_note: ${MEMO}-2 }
`;

function clean(where: string, ...texts: string[]): void {
  for (const t of texts) {
    expect(plain(t), where).not.toMatch(LEAK);
    expect(t, where).not.toMatch(STACK);
  }
}

/** A saved session with every kind of case data, plain or encrypted. Returns its id and file. */
async function plantedSession(env: Record<string, string> = {}): Promise<{ id: string; file: string }> {
  input('good.yaml', GOOD);
  const r = await bin(p, ['run', 'mini', '--answers', 'good.yaml', '--save'], { env });
  expect(r.exitCode, r.stderr).toBe(0);
  const id = savedId(r.stderr);
  return { id, file: path.join(p.sessions, `${id}.json`) };
}

describe('no case data in messages', () => {
  it('bad answers files (types, unknown questions, values, syntax, limits): values are never echoed', { timeout: 120_000 }, async () => {
    const files = {
      'bad/types.yaml': `program: mini
intake: { label: ${LABEL}, age: 16, caseworker: ${WORKER} }
answers: { q_attend: BADVAL-CANARY-1, q_days: BADVAL-CANARY-2, q_bogus: BADVAL-CANARY-3, q_worries: [money, BADVAL-CANARY-4], q_date: BADVAL-CANARY-5, q_note: ${NOTE} }
memos: { q_note: ${MEMO}, q_unknown: ${MEMO} }
`,
      'bad/syntax.yaml': `program: mini\nanswers:\n  q_note: "${NOTE}\n  q_days: 12\n`,
      'bad/schema.yaml': `program: mini
intake: { label: ${LABEL}-${LABEL}-${LABEL}, age: AGE-CANARY, caseworker: ${WORKER}, extra: EXTRA-CANARY }
answers: { q_note: { nested: ${NOTE} }, q_days: [1, ITEM-CANARY] }
memos: { q_note: 12 }
`,
      'bad/limits.yaml': `program: mini\nanswers: { q_note: ${'LONG-CANARY-'.repeat(40)}, q_days: 12000 }\nmemos: { q_days: ${'M-CANARY-'.repeat(300)} }\n`,
      'bad/truncated.json': `{"program": "mini", "intake": {"label": "${LABEL}"}, "answers": {"q_note": "${NOTE}", `,
      'bad/tabs.yaml': `q_note: ${NOTE}\n\tq_days: 3\n`,
      'bad/wrong-program.yaml': `program: koukousei\nintake: { label: ${LABEL} }\nanswers: { q_note: ${NOTE} }\n`,
      'bad/incomplete.yaml': `program: mini\nintake: { label: ${LABEL}, caseworker: ${WORKER} }\nanswers: { q_attend: ok }\nmemos: { q_attend: ${MEMO} }\n`,
    };
    for (const [rel, text] of Object.entries(files)) {
      input(rel, text);
      for (const args of [['run', 'mini', '--answers', rel], ['run', 'mini', '--answers', rel, '--json'], ['render', rel, '-o', 'out/bad.pdf']]) {
        const r = await bin(p, args);
        expect(r.exitCode, `${args.join(' ')}\n${r.stderr}`).not.toBe(0);
        expect(r.exitCode).not.toBe(70);
        // `run --json` prints the walk as data on stdout even when it stops early (for scripts): only
        // the messages on stderr count there.
        clean(args.join(' '), r.stderr, args.includes('--json') ? '' : r.stdout);
      }
    }
  });

  it('damaged sessions: truncated, invalid inside, from the future, tampered while encrypted', { timeout: 120_000 }, async () => {
    const plainSession = await plantedSession();
    const text = fs.readFileSync(plainSession.file, 'utf8');
    const json = JSON.parse(text);
    const damaged: Record<string, string> = {
      truncated: text.slice(0, Math.floor(text.length * 0.6)),
      invalid: JSON.stringify({ ...json, answers: { ...json.answers, q_days: { value: { x: 'INVALID-CANARY' }, at: json.createdAt } }, secret: 'EXTRA-CANARY' }),
      future: JSON.stringify({ ...json, version: 99 }),
    };
    const enc = await plantedSession(PASS);
    const envelope = JSON.parse(fs.readFileSync(enc.file, 'utf8'));
    damaged.tampered = JSON.stringify({ ...envelope, data: envelope.data.replace(/^.{8}/, 'AAAAAAAA') });
    for (const [name, content] of Object.entries(damaged)) {
      const id = `20260101-0000-${name.slice(0, 4)}`;
      const file = path.join(p.sessions, `${id}.json`);
      fs.writeFileSync(file, content, { mode: 0o600 });
      for (const args of [['render', id, '-o', 'out/damaged.pdf'], ['run', 'mini', '--answers', file], ['sessions'], ['sessions', '--json'], ['sessions', 'purge', '--older-than', '1d', '--dry-run']]) {
        const r = await bin(p, args, { env: name === 'tampered' ? PASS : {} });
        if (args[0] !== 'sessions') expect(r.exitCode, `${name}: ${args.join(' ')}`).not.toBe(0);
        expect(r.exitCode).not.toBe(70);
        // `sessions` lists the planted sessions on stdout (that is its job): only stderr counts.
        clean(`${name}: ${args.join(' ')}`, r.stderr, args[0] === 'sessions' ? '' : r.stdout);
      }
      const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir, env: { TMPDIR: p.tmp, ...(name === 'tampered' ? PASS : {}) } });
      expect((await t.exited).exitCode, `${name}: resume`).not.toBe(0);
      clean(`${name}: resume`, t.output);
      fs.rmSync(file);
    }
  });

  it('a wrong or missing passphrase', { timeout: 120_000 }, async () => {
    const { id, file } = await plantedSession(PASS);
    for (const env of [{ IKUSEI_PASSPHRASE: 'wrong' }, {}] as Record<string, string>[]) {
      for (const args of [['render', id, '-o', 'out/enc.pdf'], ['run', 'mini', '--answers', file, '--save'], ['batch', file, '-o', 'out/batch'], ['checklist', 'mini', '--from', id, '-o', 'out/c.pdf']]) {
        const r = await bin(p, args, { env });
        expect(r.exitCode, args.join(' ')).not.toBe(0);
        clean(args.join(' '), r.stderr, r.stdout);
      }
      const listed = await bin(p, ['sessions'], { env });
      clean('sessions', listed.stderr);
      // The encrypted one is listed without its label (the plain one planted earlier shows its own).
      expect(listed.stdout.split('\n').find((l) => l.startsWith(id))).toMatch(/［暗号化］\s+—/);
      const t = new Terminal(['resume', id], { home: p.home, cwd: p.dir, env: { TMPDIR: p.tmp, IKUSEI_PASSPHRASE: 'wrong' } });
      expect((await t.exited).exitCode).toBe(3);
      clean('resume, wrong passphrase', t.output);
    }
  });

  it('a full disk, no permission, a file where a folder should be', { timeout: 120_000 }, async () => {
    input('good.yaml', GOOD);
    for (const fault of ['ENOSPC', 'EACCES', 'EIO']) {
      const r = await bin(p, ['run', 'mini', '--answers', 'good.yaml', '--save'], { faults: true, env: { IKUSEI_FAULT_DIR: p.sessions, IKUSEI_FAULT: fault } });
      expect(r.exitCode).toBe(3);
      clean(`run --save, ${fault}`, r.stderr, r.stdout);
      fs.mkdirSync(p.file('out'), { recursive: true });
      const rr = await bin(p, ['render', 'good.yaml', '-o', 'out/full.pdf'], { faults: true, env: { IKUSEI_FAULT_DIR: p.file('out'), IKUSEI_FAULT: fault } });
      expect(rr.exitCode).toBe(3);
      clean(`render, ${fault}`, rr.stderr, rr.stdout);
    }
    input('notdir', 'x');
    const r = await bin(p, ['render', 'good.yaml', '-o', 'notdir/x.pdf']);
    expect(r.exitCode).toBe(3);
    clean('render into a file', r.stderr, r.stdout);

    // A walk whose save fails after the caseworker typed the label and her name.
    const full = p.file('full-now');
    const t = new Terminal(['start', 'mini'], { home: p.home, cwd: p.dir, faults: true, env: { TMPDIR: p.tmp, IKUSEI_FAULT_DIR: p.sessions, IKUSEI_FAULT: 'ENOSPC', IKUSEI_FAULT_WHEN: full } });
    await intakeInTerminal(t);
    await t.waitFor(/最近の出席状況はどうですか/);
    const mark = t.mark;
    fs.writeFileSync(full, '');
    t.type('欠' + ENTER);
    expect((await t.exited).exitCode).toBe(3);
    expect(t.output.slice(mark)).toContain('ディスクの空き容量が足りません');
    clean('walk, disk full', t.output.slice(mark));
    fs.rmSync(full);
  });

  it('interrupted walks: Ctrl-C, SIGTERM, SIGHUP in a real terminal', { timeout: 120_000 }, async () => {
    for (const how of ['ctrl-c', 'SIGTERM', 'SIGHUP', 'SIGKILL']) {
      const t = new Terminal(['start', 'mini'], { home: p.home, cwd: p.dir, env: { TMPDIR: p.tmp } });
      await intakeInTerminal(t);
      await t.waitFor(/最近の出席状況はどうですか/);
      t.type('欠' + ENTER);
      await t.waitFor(/欠席日数は何日ですか/);
      const mark = t.mark;
      if (how === 'ctrl-c') t.type('\u0003');
      else t.kill(how);
      await t.exited;
      clean(`interrupted by ${how}`, t.output.slice(mark));
    }
  });

  it('an interrupted walk in-process: stderr (messages only) has no case data at all', { timeout: 60_000 }, async () => {
    for (const signal of ['ctrl-c', 'SIGTERM', 'SIGHUP'] as const) {
      const w = startCli(['start', 'mini', '--programs', miniPrograms], p.home, p.dir);
      await waitFor(/ケース番号かイニシャル/);
      enter(LABEL);
      await waitFor(/年齢または生年月日/);
      enter('16');
      await waitFor(/担当ケースワーカー/);
      enter(WORKER);
      await waitFor(/最近の出席状況/);
      pick('欠席');
      await waitFor(/欠席日数は何日/);
      enter('?');
      await waitFor(/どうしますか/);
      pick('✎');
      await waitFor(/短いメモ/);
      enter(MEMO);
      await waitFor(/欠席日数は何日/);
      enter('12');
      await waitFor(/読んだら Enter で次へ/);
      if (signal === 'ctrl-c') screen.keypress({ name: 'c', ctrl: true });
      else w.signal(signal);
      const r = await w.done;
      expect(r.code).toBe(130);
      expect(r.stdout).toContain(`メモ: ${MEMO}`); // the walk showed it, as it should
      expect(r.stderr).toContain('中断しました');
      clean(`in-process ${signal}`, r.stderr);
    }
  });

  it('an internal error that carries case data: one line, no data, no stack (IKUSEI_DEBUG=1 shows it)', { timeout: 60_000 }, async () => {
    input('good.yaml', GOOD);
    const crash = { IKUSEI_CRASH_ON: 'CANARY' };
    await plantedSession();
    for (const args of [['run', 'mini', '--answers', 'good.yaml', '--save'], ['run', 'mini', '--answers', 'good.yaml', '--json'], ['sessions', '--json']]) {
      const r = await bin(p, args, { faults: true, env: crash });
      expect(r.exitCode, args.join(' ')).toBe(70);
      expect(plain(r.stderr)).toContain('内部エラーが発生しました');
      clean(`internal error: ${args.join(' ')}`, r.stderr, r.stdout);
    }
    // The planted failure really held case data: with the debug switch it is shown.
    const debug = await bin(p, ['run', 'mini', '--answers', 'good.yaml', '--save'], { faults: true, env: { ...crash, IKUSEI_DEBUG: '1' } });
    expect(debug.exitCode).toBe(70);
    expect(debug.stderr).toMatch(LEAK);
    expect(debug.stderr).toMatch(STACK);
  });

  it('no file outside the sessions folder and the requested outputs holds case data', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        const rel = path.relative(p.dir, f);
        if (e.isDirectory()) {
          if (f !== p.sessions && rel !== 'out') walk(f);
          continue;
        }
        if (inputs.has(rel)) continue;
        if (rel === path.join('home', 'config.json')) {
          // The caseworker's own name is remembered for the next intake, by design: nothing else.
          expect(Object.keys(JSON.parse(fs.readFileSync(f, 'utf8')))).toEqual(['caseworker']);
          continue;
        }
        if (LEAK.test(fs.readFileSync(f).toString('utf8')) || LEAK.test(fs.readFileSync(f).toString('latin1'))) found.push(rel);
      }
    };
    walk(p.dir);
    expect(found).toEqual([]);
    // The outputs folder holds no PDF from a failed run, and no temporary file.
    const out = p.file('out');
    const left = fs.existsSync(out) ? fs.readdirSync(out, { recursive: true }).map(String) : [];
    expect(left.filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
  });
});

async function intakeInTerminal(t: Terminal): Promise<void> {
  await t.waitFor(/ケース番号かイニシャル/);
  t.type(LABEL + ENTER);
  await t.waitFor(/年齢または生年月日/);
  t.type('16' + ENTER);
  await t.waitFor(/担当ケースワーカー/);
  // A remembered name is offered as the default; typing replaces it.
  t.type(WORKER + ENTER);
}

