import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { miniPrograms, random, sleep, tempFiles } from './terminal.js';
import { tempDir } from '../helpers/temp.js';

// SIGKILL during `ikusei render` and `ikusei batch` (the built binary): at random moments, and
// the moment a PDF's temporary file appears (writes slowed down by test/fixtures/fs-faults.cjs,
// so the kill lands while the PDF is half-written). The output path must then hold either
// nothing or the complete PDF — with --deterministic, byte for byte the PDF an undisturbed run
// makes, and one pdf.js opens — and the temporary files left must not trouble a later run.

const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const ANSWERS = `program: mini
intake: { label: R7-9, age: 16, caseworker: 佐藤 }
answers: { q_attend: declining, q_days: 12, q_baito: "yes", q_hours: 20, q_worries: [money], q_date: 2026-12-01, q_note: 卒業したい }
`;

let dir: string;
let env: Record<string, string>;
let sessionId: string;
let baseline: Buffer;
let batchBaseline: Map<string, Buffer>;
let renderMs = 0;
let batchMs = 0;

function spawn(args: string[], extraEnv: Record<string, string> = {}, faults = false) {
  return runBin([...args, '--programs', miniPrograms], { cwd: dir, faults, env: { HOME: dir, ...env, ...extraEnv } });
}

async function pages(file: string): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/** Kills `run` at a random moment within `span` ms, or (inSave) the moment a temp file shows in `watch`. */
async function killDuring(run: ReturnType<typeof spawn>, span: number, inSave: boolean, watch: string, rnd: ReturnType<typeof random>): Promise<'mid-write' | 'random'> {
  let how: 'mid-write' | 'random' = 'random';
  if (inSave) {
    // Temporary files of earlier kills are still there: wait for a new one.
    const before = new Set(tempFiles(watch));
    const fresh = () => tempFiles(watch).some((f) => !before.has(f));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && run.exitCode === null && !fresh()) await new Promise((r) => setImmediate(r));
    if (fresh()) how = 'mid-write';
  } else await sleep(rnd.int(0, span));
  run.kill('SIGKILL');
  await run;
  return how;
}

beforeAll(async () => {
  dir = tempDir('ikusei-pdfkill-');
  env = { IKUSEI_HOME: path.join(dir, 'home') };
  fs.writeFileSync(path.join(dir, 'a.yaml'), ANSWERS);
  fs.mkdirSync(path.join(dir, 'in'));
  for (let i = 1; i <= 6; i++) fs.writeFileSync(path.join(dir, 'in', `case${i}.yaml`), ANSWERS.replace('R7-9', `R7-${i}`));
  const saved = await spawn(['run', 'mini', '--answers', 'a.yaml', '--save']);
  sessionId = /セッション (\S+) に保存しました/.exec(saved.stderr)![1]!;
  let t = Date.now();
  expect((await spawn(['render', sessionId, '-o', 'baseline.pdf', '--deterministic'])).exitCode).toBe(0);
  renderMs = Date.now() - t;
  baseline = fs.readFileSync(path.join(dir, 'baseline.pdf'));
  t = Date.now();
  expect((await spawn(['batch', 'in', '-o', 'batch-baseline', '--deterministic', '--jobs', '2'])).exitCode).toBe(0);
  batchMs = Date.now() - t;
  batchBaseline = new Map(fs.readdirSync(path.join(dir, 'batch-baseline')).map((f) => [f, fs.readFileSync(path.join(dir, 'batch-baseline', f))]));
  expect(batchBaseline.size).toBe(6);
}, 120_000);

describe('SIGKILL during PDF output', () => {
  it(`render: the output is absent or the whole PDF, and leftovers trouble no later run (12 kills, seed ${SEED})`, { timeout: 300_000 }, async () => {
    const rnd = random(SEED);
    const out = path.join(dir, 'render');
    fs.mkdirSync(out);
    const target = path.join(out, 'sheet.pdf');
    // Half the runs overwrite (--force) an older, different PDF: that one must survive whole too.
    const older = batchBaseline.get('case1.pdf')!;
    const seen = { absent: 0, old: 0, new: 0, midWrite: 0 };
    for (let i = 0; i < 12; i++) {
      const inSave = i % 3 === 0;
      if (i % 2 === 1) fs.writeFileSync(target, older);
      const hadOld = fs.existsSync(target) && fs.readFileSync(target).equals(older);
      const run = spawn(['render', sessionId, '-o', target, '--deterministic', '--force'], inSave ? { IKUSEI_FAULT_DIR: out, IKUSEI_SLOW_WRITE_MS: '5' } : {}, inSave);
      if ((await killDuring(run, renderMs * 1.5, inSave, out, rnd)) === 'mid-write') seen.midWrite++;
      const where = `seed ${SEED}, kill ${i}`;
      for (const name of fs.readdirSync(out)) {
        if (name === 'sheet.pdf') continue;
        expect(name, where).toMatch(/^\.sheet\.pdf\.[0-9a-f]{12}\.tmp$/); // hidden temporary files only
      }
      if (!fs.existsSync(target)) {
        expect(hadOld, where).toBe(false);
        seen.absent++;
        continue;
      }
      const now = fs.readFileSync(target);
      if (now.equals(baseline)) seen.new++;
      else {
        expect(hadOld && now.equals(older), where).toBe(true);
        seen.old++;
      }
      expect(await pages(target)).toBe(3);
    }
    console.log(`render kills (seed ${SEED}):`, seen, `undisturbed render ${renderMs} ms`);
    expect(seen.midWrite).toBeGreaterThan(0);

    // A later run is not troubled by what the kills left, and once they are old it sweeps them.
    const again = await runBin(['render', sessionId, '-o', target, '--deterministic', '--force', '--programs', miniPrograms], { cwd: dir, env });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(fs.readFileSync(target).equals(baseline)).toBe(true);
    const temps = tempFiles(out);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of temps) fs.utimesSync(path.join(out, f), hourAgo, hourAgo);
    expect((await runBin(['render', sessionId, '-o', target, '--deterministic', '--force', '--programs', miniPrograms], { cwd: dir, env })).exitCode).toBe(0);
    expect(tempFiles(out)).toEqual([]);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it(`batch: every PDF in the folder is absent or whole, and a rerun completes the set (6 kills, seed ${SEED})`, { timeout: 300_000 }, async () => {
    const rnd = random(SEED + 7);
    const out = path.join(dir, 'batch');
    const seen = { pdfs: 0, midWrite: 0 };
    for (let i = 0; i < 6; i++) {
      const inSave = i % 2 === 0;
      // The folder exists from the first run on: the slow writes apply to it.
      fs.mkdirSync(out, { recursive: true, mode: 0o700 });
      const run = spawn(['batch', 'in', '-o', 'batch', '--deterministic', '--force', '--jobs', '2'], inSave ? { IKUSEI_FAULT_DIR: out, IKUSEI_SLOW_WRITE_MS: '5' } : {}, inSave);
      if ((await killDuring(run, batchMs * 1.5, inSave, out, rnd)) === 'mid-write') seen.midWrite++;
      const where = `seed ${SEED}, kill ${i}`;
      for (const name of fs.readdirSync(out)) {
        if (name.startsWith('.')) {
          expect(name, where).toMatch(/^\.case\d\.pdf\.[0-9a-f]{12}\.tmp$/);
          continue;
        }
        expect(batchBaseline.get(name)?.equals(fs.readFileSync(path.join(out, name))), `${where}: ${name}`).toBe(true);
        seen.pdfs++;
      }
    }
    console.log(`batch kills (seed ${SEED}):`, seen, `undisturbed batch ${batchMs} ms`);
    expect(seen.midWrite).toBeGreaterThan(0);

    const again = await runBin(['batch', 'in', '-o', 'batch', '--deterministic', '--force', '--jobs', '2', '--programs', miniPrograms], { cwd: dir, env });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    const pdfs = fs.readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    expect(pdfs).toEqual([...batchBaseline.keys()].sort());
    for (const f of pdfs) {
      expect(fs.readFileSync(path.join(out, f)).equals(batchBaseline.get(f)!)).toBe(true);
      expect(fs.statSync(path.join(out, f)).mode & 0o777).toBe(0o600);
    }
    expect(await pages(path.join(out, pdfs[0]!))).toBeGreaterThan(0);
  });
});
