import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A valid program of `size` nodes for measuring growth: a chain of yes/no questions (text, help,
 * two branches; the "no" branch jumps two ahead), a route on every tenth question and a referral
 * on every fifth, ending at an outcome. One node per line keeps the file near 100 bytes a node,
 * so the figure measures ikusei's checks rather than only the YAML parser's speed per byte.
 * Written with its own catalog to a temp folder; returns the folder.
 */
export function writeSyntheticProgram(size: number, options: { routeOnFirst?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ikusei-bench-${size}-`));
  fs.mkdirSync(path.join(dir, 'catalogs'));
  fs.writeFileSync(
    path.join(dir, 'catalogs/c.yaml'),
    'agencies:\n  - id: gakkou\n    name: 学校\n    offers: 出席を見ます。\n    when_to_refer: 欠席が増えたとき。\n    sources:\n      - { title: 出典, document: ベンチマーク, checked: 2026-11-01 }\n',
  );
  const questions = size - 1;
  const id = (i: number) => (i >= questions ? 'o_end' : `q${i}`);
  const lines = [
    'id: synthetic',
    'number: III',
    'title: 合成プログラム',
    'version: ベンチマーク用',
    'revised: 2026-11-22',
    'audience: ベンチマーク',
    'summary: 大きさによる処理時間の伸びを測ります。',
    'sources:',
    '  - { title: 出典, document: ベンチマーク, checked: 2026-11-01 }',
    'nodes:',
  ];
  for (let i = 0; i < questions; i++) {
    const skip = id(Math.min(i + 2, questions));
    // routeOnFirst: every question routes on the first answer, the shape that made lint quadratic.
    const route = options.routeOnFirst && i > 0 ? `, route: [{ when: { answer: q0, is: "no" }, next: ${skip} }]` : i % 10 === 9 ? `, route: [{ when: { answer: q${i - 1}, is: "no" }, next: ${skip} }]` : '';
    const effect = i % 5 === 0 ? `, effects: { referrals: [{ agency: gakkou, reason: 確認 }] }` : '';
    lines.push(`  - { id: q${i}, type: yesno, text: 質問${i}, help: 説明${i}, yes: { next: ${id(i + 1)} }, no: { next: ${skip} }${route}${effect} }`);
  }
  lines.push('  - { id: o_end, type: outcome, title: 終わり, text: ベンチマークの終わりです。 }', '');
  fs.writeFileSync(path.join(dir, 'synthetic.yaml'), lines.join('\n'));
  return dir;
}
