import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp.js';

/** Program `sheetmini`: every node type, every tool kind, a catalog beside it. */
export const SHEET_PROGRAMS = path.join(repoRoot, 'test/sheet/fixtures/programs');

/** A temp folder with an empty IKUSEI_HOME inside, and a helper to write files into it. */
export function tempCase(prefix = 'ikusei-sheet-') {
  const dir = tempDir(prefix);
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  return {
    dir,
    home,
    env: { IKUSEI_HOME: home },
    write(name: string, text: string): string {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    },
    file(name: string): string {
      return path.join(dir, name);
    },
  };
}

/** An answers file for sheetmini that reaches o_risk with every kind of result. */
export const RISK_ANSWERS = `program: sheetmini
intake: { label: A-123, age: 16, caseworker: 山田 花子 }
answers:
  q_attend: declining
  q_days: 12
  q_baito: "yes"
  q_hours: 20
  q_worries: [money]
  q_date: unknown
  q_note: 卒業したい。できれば専門学校に行って、調理師の資格を取りたいと話しています。
memos:
  q_attend: 担任の先生から、2学期に入ってから欠席が週に1〜2日あると連絡がありました（「朝起きられない」とのこと）。
  q_date: 学校の予定がまだ決まっていません。
`;
