import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, writeFileAtomic } from './util/atomic.js';

/** $IKUSEI_HOME/config.json: small preferences remembered between runs. */
export interface Config {
  /** The caseworker's name, offered at the next intake. */
  caseworker?: string;
  /** A TTF/OTF font to draw sheets with instead of the bundled BIZ UDPGothic. */
  font?: string;
  /** Bold face for `font`, if the office has one. */
  fontBold?: string;
}

export function configPath(home: string): string {
  return path.join(home, 'config.json');
}

/** A missing or unreadable config is an empty one: preferences must never block a walk. */
export function readConfig(home: string): Config {
  try {
    const data: unknown = JSON.parse(fs.readFileSync(configPath(home), 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Config) : {};
  } catch {
    return {};
  }
}

export function updateConfig(home: string, patch: Partial<Config>): Config {
  const next = { ...readConfig(home), ...patch };
  ensurePrivateDir(home);
  writeFileAtomic(configPath(home), JSON.stringify(next, null, 2) + '\n');
  return next;
}
