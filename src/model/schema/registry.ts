import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../paths.js';

/**
 * The JSON Schema files that ajv validates against, by name. The same files are what editors
 * load through each YAML file's `# yaml-language-server: $schema=` line.
 */
export const SCHEMA_FILES = {
  defs: 'programs/schema/defs.schema.json',
  program: 'programs/schema/program.schema.json',
  catalog: 'programs/schema/catalog.schema.json',
  answers: 'programs/schema/answers.schema.json',
  session: 'programs/schema/session.schema.json',
  template: 'templates/schema/template.schema.json',
} as const;

export type SchemaName = Exclude<keyof typeof SCHEMA_FILES, 'defs'>;
export const VALIDATED: SchemaName[] = ['program', 'catalog', 'answers', 'session', 'template'];

export function readSchemas(): Record<keyof typeof SCHEMA_FILES, { $id: string } & Record<string, unknown>> {
  const out = {} as Record<string, { $id: string } & Record<string, unknown>>;
  for (const [name, rel] of Object.entries(SCHEMA_FILES)) {
    out[name] = JSON.parse(fs.readFileSync(path.join(packageRoot, rel), 'utf8'));
  }
  return out as ReturnType<typeof readSchemas>;
}

/** A hash of the schema files, so validators generated at build time can tell they are stale. */
let hash: string | undefined;

export function schemasHash(): string {
  if (hash) return hash; // read once per process: every cache key includes it
  const h = crypto.createHash('sha256');
  for (const rel of Object.values(SCHEMA_FILES)) h.update(fs.readFileSync(path.join(packageRoot, rel)));
  return (hash = h.digest('hex'));
}
