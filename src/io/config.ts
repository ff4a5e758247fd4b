import fs from 'node:fs';
import path from 'node:path';
import { environmentError, problemsError } from '../core/diagnostics/errors.js';
import { load as msg } from '../messages/load.js';
import { pointerToPath } from '../core/schema/errors.js';
import { validators } from './schema/validators.js';
import { readYamlFile } from './files/read-yaml.js';
import { ensurePrivateDir, writeFileAtomic } from './files/atomic.js';

/** $IKUSEI_HOME/config.json: small preferences remembered between runs. */
export interface Config {
  /** The caseworker's name, offered at the next intake. */
  caseworker?: string;
  /** A TTF/OTF font to draw sheets with instead of the bundled BIZ UDPGothic. */
  font?: string;
  /** Bold face for `font`, if the office has one. */
  fontBold?: string;
  /** Where the walk offers to save PDFs (relative to IKUSEI_HOME; `~/` for the home). */
  pdfDir?: string;
}

export function configPath(home: string): string {
  return path.join(home, 'config.json');
}

/**
 * A missing config is an empty one. One of the wrong shape (`{"font": 123}`) is an error at its
 * key (exit 1), checked against programs/schema/config.schema.json like every other file, instead
 * of failing later inside the renderer. Its lines are never printed: it holds the caseworker's name.
 */
export function readConfig(home: string): Config {
  const file = configPath(home);
  if (!fs.existsSync(file)) return {};
  const read = readYamlFile(file, { withFrames: false }); // JSON is YAML: broken JSON is located too
  if (!read.source || read.value === undefined) {
    const d = read.diagnostics[0];
    if (d?.code === 'FILE_UNREADABLE') throw environmentError('FILE_UNREADABLE', d.message, msg.config.hint);
    const diagnostics = read.diagnostics.map((x) => (x.code === 'NOT_A_MAPPING' ? { ...x, message: msg.config.notAnObject } : x));
    throw problemsError('CONFIG_INVALID', msg.config.invalid(file), diagnostics, msg.config.hint);
  }
  const validate = validators().config;
  if (!validate(read.value)) {
    const source = read.source;
    const diagnostics = (validate.errors ?? []).map((e) => {
      const at = pointerToPath(e.instancePath);
      const expected = e.keyword === 'type' ? msg.schema.type(String(e.params.type)) : e.keyword === 'minLength' ? msg.schema.minLength : msg.schema.other(e.keyword);
      return at.length ? source.atPath(at, 'CONFIG_INVALID', msg.config.badValue(at.join('.'), expected)) : source.atLine(1, 1, 1, 'CONFIG_INVALID', msg.config.notAnObject);
    });
    throw problemsError('CONFIG_INVALID', msg.config.invalid(file), diagnostics, msg.config.hint);
  }
  return read.value;
}

export function updateConfig(home: string, patch: Partial<Config>): Config {
  const next = { ...readConfig(home), ...patch };
  ensurePrivateDir(home);
  writeFileAtomic(configPath(home), JSON.stringify(next, null, 2) + '\n');
  return next;
}
