import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from '../sheet/helpers/setup.js';

// $IKUSEI_HOME/config.json is checked against a schema (programs/schema/config.schema.json):
// `{"font":123}` used to end render with an internal error (exit 70).

const render = (t: ReturnType<typeof tempCase>) => runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });

describe('config.json of the wrong shape', () => {
  it.each([
    ['{"font":123}', 1, 9, /「font」/],
    ['{\n  "caseworker": "佐藤",\n  "fontBold": ["a.ttf"]\n}', 3, 15, /「fontBold」/],
    ['{"caseworker": 7}', 1, 16, /「caseworker」/],
    ['["font"]', 1, 1, /設定ファイル/],
  ])('%s: a Japanese message at the key, exit 1, no PDF', { timeout: 60_000 }, async (text, line, column, key) => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    fs.writeFileSync(path.join(t.home, 'config.json'), text);
    const r = await render(t);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(key);
    expect(r.stderr).toContain(`config.json:${line}:${column}`);
    expect(r.stderr).toMatch(/[ぁ-ん]/);
    expect(r.stderr).not.toContain('内部エラー');
    expect(r.stderr).not.toContain('佐藤'); // the caseworker's name is case data
    expect(fs.existsSync(t.file('a.pdf'))).toBe(false);
  });

  it('broken JSON is located too, exit 1', { timeout: 60_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    fs.writeFileSync(path.join(t.home, 'config.json'), '{"font": "a.ttf",');
    const r = await render(t);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('config.json:1:');
    expect(r.stderr).not.toContain('内部エラー');
  });

  it('a missing config and a valid one are fine', { timeout: 60_000 }, async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    expect((await render(t)).code).toBe(0);
    fs.writeFileSync(path.join(t.home, 'config.json'), '{"caseworker": "佐藤", "future_setting": true}');
    fs.rmSync(t.file('a.pdf'));
    expect((await render(t)).code).toBe(0);
  });
});
