import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';
import { tempHome, TRAINER_FIXTURES } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

/** The modules a run of the built binary loads (test/fixtures/trace-imports.mjs records them). */
async function loaded(args: string[]): Promise<string> {
  const log = path.join(tempDir('ikusei-trace-'), 'imports.txt');
  const r = await runBin(args, { node: ['--import', path.join(fixtures, 'trace-imports.mjs')], env: { IKUSEI_TRACE_IMPORTS: log, IKUSEI_HOME: tempHome() } });
  expect(r.exitCode, r.stderr).toBe(0);
  return fs.readFileSync(log, 'utf8');
}

describe('what the trainer commands load', () => {
  it('--help loads no trainer module, no dagre and no pdfkit', async () => {
    const list = await loaded(['--help']);
    expect(list).not.toMatch(/dist\/trainer\/|@dagrejs|pdfkit|fontkit|mermaid/);
  });

  it('test and the text flowcharts load neither dagre nor pdfkit nor the font', async () => {
    for (const args of [['test'], ['graph', 'mini'], ['graph', 'mini', '--format', 'dot']]) {
      const list = await loaded([...args, '--programs', TRAINER_FIXTURES]);
      expect(list, args.join(' ')).toContain('dist/trainer/');
      expect(list, args.join(' ')).not.toMatch(/@dagrejs|pdfkit|fontkit|biz-udpgothic/);
    }
  }, 30_000);
});
