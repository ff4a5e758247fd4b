import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { outOfOrder, readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

const SHEET = fs.readFileSync(path.join(repoRoot, 'templates/sheet.yaml'), 'utf8');
const FORM = `id: bad
kind: form
title: 様式
sections:
  - type: title
  - type: fields
    fields:
      - label: 名前
        parts: [{ value: namae }]
`;

describe('templates are validated like programs', () => {
  it('the bundled templates lint clean', async () => {
    const r = await runCli(['lint', 'templates']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/問題はありません/);
  });

  /** A mistake, the line:column it must be reported at, and the Japanese message. */
  it.each([
    ['an unknown key (a typo)', FORM.replace('  - type: title', '  - type: title\n    aling: center'), '6:5', /「aling」.*もしかして「align」/],
    ['an unknown section type', FORM.replace('type: title', 'type: titel'), '5:11', /type「titel」は使えません。もしかして「title」/],
    ['a support-sheet section in a form', FORM.replace('  - type: title', '  - type: actions\n    title: やること'), '5:11', /支援シート（kind: sheet）でだけ使えます/],
    ['two kinds in one part', FORM.replace('{ value: namae }', '{ value: namae, date: hi }'), '9:17', /value と date が書かれています/],
    ['an option given to a value', FORM.replace('{ value: namae }', '{ value: namae, multiple: true }'), '9:33', /multiple は choice の部品でだけ使えます/],
    ['an id that is not the file name', FORM.replace('id: bad', 'id: other'), '1:5', /ファイル名と違います/],
  ])('%s → located Japanese error, exit 1', async (_name, text, at, message) => {
    const t = tempCase();
    t.write('templates/bad.yaml', text);
    const r = await runCli(['lint', path.join('templates', 'bad.yaml')], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`templates/bad.yaml:${at}: エラー: `);
    expect(r.stdout).toMatch(message);
  });

  it('a file with top-level sections: is checked as a template wherever it is', async () => {
    const t = tempCase();
    t.write('office/bad.yaml', FORM.replace('type: title', 'type: titel'));
    const r = await runCli(['lint', 'office/bad.yaml'], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('office/bad.yaml:5:11: エラー: ');
  });

  it('a broken template stops render with the same located error and no PDF', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    t.write('templates/mine.yaml', SHEET.replace('id: sheet', 'id: mine').replace('  - type: checklist', '  - type: checklst'));
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '--template', 'templates/mine.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates\/mine\.yaml:\d+:11: エラー: type「checklst」は使えません/);
    expect(r.stderr).toContain('[TEMPLATE_INVALID]');
    expect(fs.existsSync(t.file('a.pdf'))).toBe(false);
  });

  it('an unknown template id is a usage error that lists the ones there are', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '--template', 'nope', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[TEMPLATE_NOT_FOUND\][\s\S]*sheet/);
  });
});

describe('staff change titles, labels and order in the template, without code', () => {
  it('prints sections in the template order with its titles and labels', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const edited = SHEET.replace('id: sheet', 'id: mine')
      .replace('    title: 支援方針・やること', '    title: これからの支援\n    labels: { who: だれが, due: いつまでに }')
      .replace('  - type: answers\n    title: 確認した内容\n', '')
      .replace('  - type: outcome\n', '  - type: answers\n    title: 聞き取りの記録\n  - type: outcome\n');
    t.write('templates/mine.yaml', edited);
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '--template', 'templates/mine.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = await readPdf(t.file('a.pdf'));
    expect(outOfOrder(pdf.text, ['聞き取りの記録', '出席状況', '見立て', 'これからの支援', 'だれが', 'いつまでに', '連携先'])).toBeUndefined();
    expect(pdf.text).not.toContain('確認した内容');
    expect(pdf.text).not.toContain('支援方針・やること');
  });
});
