import path from 'node:path';
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import type { Io } from '../../src/app/io.js';
import { run } from '../../src/cli/run.js';
import { ExitCode } from '../../src/core/diagnostics/errors.js';
import { runBin } from '../helpers/bin.js';
import { fixtures, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// clig.dev conventions: help that fits the terminal in cells, Japanese usage words, every exit
// code documented, `--json` wherever there is machine output, FORCE_COLOR for pipes.

const MINI = path.join(fixtures, 'programs/mini.yaml');

/** `ikusei <argv>` in-process, as on a terminal `columns` wide. */
async function helpAt(argv: string[], columns: number): Promise<string> {
  let stdout = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: true, columns },
    stderr: { write: () => true, isTTY: true, columns },
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    env: { IKUSEI_HOME: tempDir('ikusei-home-'), NO_COLOR: '1' },
    cwd: process.cwd(),
    now: () => new Date('2026-11-22T10:00:00+09:00'),
  };
  expect(await run(argv, io)).toBe(0);
  return stdout;
}

const EVERY_HELP = [[], ...COMMANDS.map((c) => [c.name]), ['sessions', 'purge']].map((a) => [...a, '--help']);
/** Characters that must not begin a line in Japanese (行頭禁則). */
const NO_START = /^\s*[、。，．」』）)\]ー・？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/;

describe('help is laid out by terminal cells, with Japanese line breaking', () => {
  it.each([50, 80, 100])('at %i columns, no help line is wider and none starts with 、。」 or a small kana', async (columns) => {
    for (const argv of EVERY_HELP) {
      const lines = (await helpAt(argv, columns)).split('\n');
      const wide = lines.filter((l) => stringWidth(l) > columns);
      expect(wide, argv.join(' ')).toEqual([]);
      expect(lines.filter((l) => NO_START.test(l)), argv.join(' ')).toEqual([]);
    }
  });

  it('keeps a number with the word after it (「2 つの版」), and uses the width it has', async () => {
    for (const columns of [60, 72, 80, 90]) {
      const text = await helpAt(['--help'], columns);
      expect(text, `${columns} columns`).not.toMatch(/[0-9]\n\s*[^\x00-\x7f]/);
      expect(text).toContain('2 つの版');
      // Wrapped by cells, lines come close to the edge instead of stopping at half of it.
      expect(Math.max(...text.split('\n').map((l) => stringWidth(l)))).toBeGreaterThan(columns - 8);
    }
  });

  it('lays out for 80 columns when the output is not a terminal', async () => {
    const r = await runBin(['--help']);
    expect(r.exitCode).toBe(0);
    const widest = Math.max(...r.stdout.split('\n').map((l) => stringWidth(l)));
    expect(widest).toBeLessThanOrEqual(80);
    expect(widest).toBeGreaterThan(70);
  }, 60_000);
});

describe('usage lines and exit codes in Japanese help', () => {
  it('says [オプション] and [コマンド], never [options] or [command]', async () => {
    expect((await helpAt(['--help'], 80)).split('\n')[0]).toBe('使い方: ikusei [オプション] [コマンド]');
    expect((await helpAt(['lint', '--help'], 80)).split('\n')[0]).toBe('使い方: ikusei lint [オプション] [paths...]');
    expect((await helpAt(['sessions', '--help'], 80)).split('\n')[0]).toBe('使い方: ikusei sessions [オプション] [コマンド]');
    for (const argv of EVERY_HELP) expect(await helpAt(argv, 80), argv.join(' ')).not.toMatch(/\[options\]|\[command\]/);
    expect(await helpAt(['--help'], 80)).toMatch(/^ {2}help \[コマンド\] /m);
  });

  it('lists every exit code ikusei ends with, including 70 (a bug) and 129 (terminal closed)', async () => {
    const text = await helpAt(['--help'], 80);
    const section = text.slice(text.indexOf('終了コード:'));
    for (const code of [...Object.values(ExitCode), 129]) expect(section, `exit code ${code}`).toMatch(new RegExp(`^ {2}${code} +\\S`, 'm'));
  });
});

describe('--json on every command with machine output', () => {
  it.each([
    ['lint', [MINI]],
    ['test', [MINI]],
    ['diff', [MINI, MINI]],
  ])('%s --json prints the same JSON as --format json, and --help lists it', async (command, args) => {
    const json = await runCli([command, ...args, '--json']);
    const format = await runCli([command, ...args, '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(format.stdout));
    expect(json.stdout).toBe(format.stdout);
    expect(await helpAt([command, '--help'], 80)).toMatch(/^ {2}--json +\S/m);
  });

  it('every command with --format json also has --json', () => {
    const all = COMMANDS.flatMap((c) => [c, ...(c.subcommands ?? [])]);
    const withJsonFormat = all.filter((c) => c.options?.some((o) => o.flags.startsWith('--format') && /json/.test(o.description)));
    expect(withJsonFormat.map((c) => c.name).sort()).toEqual(['diff', 'lint', 'test']);
    for (const c of withJsonFormat) expect(c.options?.map((o) => o.flags), c.name).toContain('--json');
  });
});

describe('colour', () => {
  const lintClean = (env: Record<string, string>, extra: string[] = []) => runBin(['lint', MINI, ...extra], { env });
  const coloured = /\u001b\[[0-9;]*m/;

  it('is off in a pipe, and FORCE_COLOR turns it on there', async () => {
    const piped = await lintClean({});
    expect(piped.exitCode).toBe(0);
    expect(piped.stdout).not.toMatch(coloured);
    const forced = await lintClean({ FORCE_COLOR: '1' });
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toMatch(coloured);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(piped.stdout);
  }, 60_000);

  it('FORCE_COLOR=0 and --no-color keep it off; FORCE_COLOR wins over NO_COLOR, as in Node', async () => {
    expect((await lintClean({ FORCE_COLOR: '0' })).stdout).not.toMatch(coloured);
    expect((await lintClean({ FORCE_COLOR: '1' }, ['--no-color'])).stdout).not.toMatch(coloured);
    expect((await lintClean({ FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).toMatch(coloured);
  }, 60_000);
});
