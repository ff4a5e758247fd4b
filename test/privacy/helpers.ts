import fs from 'node:fs';
import path from 'node:path';
import { runBin } from '../helpers/bin.js';
import { miniPrograms } from '../crash/terminal.js';
import { tempDir } from '../helpers/temp.js';

/** A case folder of its own for each test: answers files, IKUSEI_HOME, output, TMPDIR. */
export interface Place {
  dir: string;
  home: string;
  sessions: string;
  tmp: string;
  file: (rel: string) => string;
  write: (rel: string, text: string) => string;
}

export function place(prefix = 'ikusei-privacy-'): Place {
  const dir = tempDir(prefix);
  const home = path.join(dir, 'home');
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  const file = (rel: string) => path.join(dir, rel);
  return {
    dir,
    home,
    sessions: path.join(home, 'sessions'),
    tmp,
    file,
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
      fs.writeFileSync(file(rel), text);
      return file(rel);
    },
  };
}

/** The built binary, with a clean environment: IKUSEI_HOME and TMPDIR inside the place. */
export function bin(p: Place, args: string[], o: { env?: Record<string, string>; faults?: boolean; umask?: string } = {}) {
  return runBin([...args, '--programs', miniPrograms], {
    cwd: p.dir,
    env: { HOME: p.dir, IKUSEI_HOME: p.home, TMPDIR: p.tmp, ...o.env },
    faults: o.faults ?? false,
    // `umask` needs a shell: the test process's own umask must not change under other tests.
    ...(o.umask ? { wrap: ['sh', '-c', `umask ${o.umask} && exec "$@"`, 'sh'] } : {}),
  });
}

export const mode = (file: string) => fs.statSync(file).mode & 0o777;

export const ANSWERS = `program: mini
intake: { label: R7-9, age: 16, caseworker: 佐藤 }
answers: { q_attend: declining, q_days: 12, q_baito: "yes", q_hours: 20, q_worries: [money], q_date: 2026-12-01, q_note: 卒業したい }
`;

export function savedId(stderr: string): string {
  const m = /セッション (\S+) に保存しました/.exec(stderr);
  if (!m) throw new Error(`no session saved:\n${stderr}`);
  return m[1]!;
}
