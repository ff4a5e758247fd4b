import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../io/config.js';

// Where a PDF goes when the caseworker does not name a folder: a documents folder of their own
// (~/Documents/ikusei, or the desktop's documents folder, e.g. ~/ドキュメント/ikusei), never the
// folder the terminal happens to be in — in a checkout that put case PDFs under version control.

/** The folder under the documents folder that ikusei writes into. */
const SUBFOLDER = 'ikusei';

/**
 * The folder for PDFs without a path: `pdfDir` in $IKUSEI_HOME/config.json (relative to
 * IKUSEI_HOME, `~/` for the home), else `ikusei` in the documents folder. Undefined when the
 * environment names no home (HOME / USERPROFILE): then the current folder, as before.
 */
export function pdfFolder(env: NodeJS.ProcessEnv, ikuseiHome: string): string | undefined {
  const home = homeOf(env);
  const configured = readConfig(ikuseiHome).pdfDir;
  if (configured) return path.resolve(ikuseiHome, home ? expandHome(configured, home) : configured);
  if (!home) return undefined;
  return path.join(documentsDir(env, home), SUBFOLDER);
}

function homeOf(env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME?.trim() || env.USERPROFILE?.trim();
  return home ? path.resolve(home) : undefined;
}

/** 「~/x」 as the shell reads it; anything else unchanged. */
export function expandHome(p: string, home: string | undefined): string {
  return home && (p === '~' || p.startsWith('~/')) ? path.join(home, p.slice(1)) : p;
}

/** A path shown with the home as 「~」, shorter in a prompt. */
export function shortenHome(p: string, env: NodeJS.ProcessEnv): string {
  const home = homeOf(env);
  if (!home || process.platform === 'win32') return p;
  return p === home ? '~' : p.startsWith(home + path.sep) ? `~${p.slice(home.length)}` : p;
}

/**
 * XDG_DOCUMENTS_DIR from the environment or from the desktop's user-dirs.dirs (a Japanese desktop
 * names it ~/ドキュメント); ~/Documents otherwise. A value that is the home itself means "none".
 */
function documentsDir(env: NodeJS.ProcessEnv, home: string): string {
  const fromEnv = env.XDG_DOCUMENTS_DIR?.trim();
  const configHome = env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config');
  const named = fromEnv || userDirsDocuments(path.join(configHome, 'user-dirs.dirs'));
  const dir = named ? path.resolve(named.replace(/^\$HOME(?=\/|$)/, home)) : undefined;
  return dir && dir !== home ? dir : path.join(home, 'Documents');
}

function userDirsDocuments(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const m = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"([^"]*)"/m.exec(text);
  return m?.[1] || undefined;
}
