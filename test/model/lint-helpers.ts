import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { lintTargets } from '../../src/trainer/lint-targets.js';
import { tempDir } from '../helpers/temp.js';

export const TODAY = new Date('2026-11-22T00:00:00Z');

export const CATALOG = `agencies:
  - id: gakkou
    name: 学校
    offers: 出席を一緒に見ます。
    when_to_refer: 欠席が増えたとき。
    sources:
      - { title: 出典, document: テスト, kind: primary, checked: 2026-11-01 }
resources:
  - id: shienkin
    name: 就学支援金
    category: 給付
    summary: 授業料の支援。
    when_to_use: 高校に通うとき。
    how_to_apply: 学校で確認。
    sources:
      - { title: 出典, url: "https://example.jp/", kind: primary, checked: 2026-11-01 }
`;

/** A small valid program; tests replace parts of it to make exactly one mistake. */
export const PROGRAM = `# yaml-language-server: $schema=../schema/program.schema.json
id: p
number: III
title: テスト
version: 令和5年10月版
revised: 2026-11-22
audience: テスト
summary: テスト用
basis: テストのための木
sources:
  - { title: 出典, document: テスト, kind: primary, checked: 2026-11-01 }
flags:
  - { id: risk, label: リスク }
nodes:
  - id: q_attend
    type: single
    text: 出席状況は？
    help: 学校に確かめます。
    options:
      - value: ok
        label: 通っている
        next: o_end
      - value: bad
        label: 休みがち
        next: q_days
        effects:
          referrals:
            - { agency: gakkou, reason: 出席の確認, due: { weeks: 2 } }
          resources:
            - { resource: shienkin, reference: true }
  - id: q_days
    type: number
    text: 欠席日数は？
    help: 学校に確かめます。
    min: 0
    max: 100
    route:
      - when: { answer: q_days, gte: 10 }
        next: o_risk
    next: o_end
  - id: o_end
    type: outcome
    title: 見守り
    text: 次回訪問で確かめます。
  - id: o_risk
    type: outcome
    title: 支援
    text: 学校と話します。
    effects:
      flags: [risk]
`;

/** Writes a programs folder (p.yaml + catalogs/) to a temp dir and lints it. */
export function lintFolder(files: Record<string, string | Buffer>, paths?: string[]): { dir: string; diagnostics: Diagnostic[] } {
  const dir = tempDir('ikusei-lint-');
  const all: Record<string, string | Buffer> = { 'catalogs/c.yaml': CATALOG, ...files };
  for (const [name, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const report = lintTargets(paths ?? [dir], { cwd: dir, programsDir: dir, today: TODAY });
  return { dir, diagnostics: report.diagnostics };
}

/** 1-based line and column (UTF-16 units) of the n-th occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`fixture does not contain ${needle}`);
  }
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Replaces one snippet of the valid program (it must occur exactly once). */
export function edit(from: string, to: string, base = PROGRAM): string {
  if (base.split(from).length !== 2) throw new Error(`snippet must occur once: ${from}`);
  return base.replace(from, to);
}

export function only(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}
