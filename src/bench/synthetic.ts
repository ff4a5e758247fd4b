import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A valid program of `size` nodes for measuring growth: a chain of single-choice questions where
 * every question's second option jumps two ahead, with a route and an effect on each, ending at
 * an outcome. Written with its own catalog to a temp folder; returns the folder.
 */
export function writeSyntheticProgram(size: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ikusei-bench-${size}-`));
  fs.mkdirSync(path.join(dir, 'catalogs'));
  fs.writeFileSync(
    path.join(dir, 'catalogs/c.yaml'),
    'agencies:\n  - id: gakkou\n    name: 学校\n    offers: 出席を見ます。\n    when_to_refer: 欠席が増えたとき。\n    sources:\n      - { title: 出典, document: ベンチマーク, checked: 2026-11-01 }\n',
  );
  const questions = size - 1;
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
  const id = (i: number) => (i >= questions ? 'o_end' : `q${i}`);
  for (let i = 0; i < questions; i++) {
    lines.push(
      `  - id: q${i}`,
      '    type: single',
      `    text: 質問 ${i}`,
      '    help: ベンチマーク用の説明です。',
      '    options:',
      `      - { value: a, label: はい, next: ${id(i + 1)} }`,
      `      - { value: b, label: いいえ, next: ${id(Math.min(i + 2, questions))}, effects: { referrals: [ { agency: gakkou, reason: 確認 } ] } }`,
      ...(i > 0 ? ['    route:', `      - when: { answer: q${i}, is: b }`, `        next: ${id(Math.min(i + 2, questions))}`] : []),
    );
  }
  lines.push('  - id: o_end', '    type: outcome', '    title: 終わり', '    text: ベンチマークの終わりです。', '');
  fs.writeFileSync(path.join(dir, 'synthetic.yaml'), lines.join('\n'));
  return dir;
}
