import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli } from '../../src/messages/cli.js';
import { fixtures, runCli } from '../helpers/cli.js';

// `--format` is checked by commander (Option.choices) from each command's spec, with one Japanese
// message for every command; the commands themselves no longer check it.

const MINI = path.join(fixtures, 'programs/mini.yaml');
const TRAINER = path.join(fixtures, 'programs');

describe('--format with a value it does not take', () => {
  it.each([
    ['lint', [MINI], ['text', 'json']],
    ['test', [MINI], ['text', 'json']],
    ['diff', [MINI, MINI], ['text', 'json']],
    ['graph', [MINI], ['mermaid', 'dot', 'pdf']],
  ])('%s: exit 2, the same Japanese message naming the choices, nothing on stdout', async (command, args, choices) => {
    const r = await runCli([command, ...args, '--programs', TRAINER, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(cli.badChoice('--format', 'xml', choices));
    expect(r.stderr).toContain(`ikusei ${command} --help`);
    expect(r.stderr).not.toMatch(/Allowed choices|is invalid/); // commander's English never shows
  });

  it('reads as Japanese for two choices and for more', () => {
    expect(cli.badChoice('--format', 'xml', ['text', 'json'])).toBe('--format には text か json を指定してください（指定された値: xml）。');
    expect(cli.badChoice('--format', 'svg', ['mermaid', 'dot', 'pdf'])).toBe('--format には mermaid・dot・pdf のどれかを指定してください（指定された値: svg）。');
  });

  it('every --format of every command lists its choices in the spec', () => {
    const all = COMMANDS.flatMap((c) => [c, ...(c.subcommands ?? [])]);
    const formats = all.flatMap((c) => (c.options ?? []).filter((o) => o.flags.startsWith('--format ')).map((o) => [c.name, o.choices] as const));
    expect(formats.map(([name]) => name).sort()).toEqual(['diff', 'graph', 'lint', 'test']);
    for (const [name, choices] of formats) expect(choices?.length, name).toBeGreaterThan(1);
  });

  it('--help keeps the Japanese description, without commander\'s English "(choices: …)"', async () => {
    const r = await runCli(['lint', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('出力の形式');
    expect(r.stdout).not.toContain('choices');
  });
});
