import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { binPath } from '../helpers/bin.js';
import { faultsPreload, miniPrograms } from '../crash/terminal.js';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
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
  const node = [...(o.faults ? ['--require', faultsPreload] : []), binPath, ...args, '--programs', miniPrograms];
  const env = { PATH: process.env.PATH ?? '', HOME: p.dir, LANG: 'C.UTF-8', IKUSEI_HOME: p.home, TMPDIR: p.tmp, ...o.env };
  const options = { reject: false, cwd: p.dir, extendEnv: false, env } as const;
  // `umask` needs a shell: the test process's own umask must not change under other tests.
  if (o.umask) return execa('sh', ['-c', `umask ${o.umask} && exec "$@"`, 'sh', process.execPath, ...node], options);
  return execa(process.execPath, node, options);
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
