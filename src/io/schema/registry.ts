import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

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
  config: 'programs/schema/config.schema.json',
} as const;

export type SchemaName = Exclude<keyof typeof SCHEMA_FILES, 'defs'>;
export const VALIDATED: SchemaName[] = ['program', 'catalog', 'answers', 'session', 'template', 'config'];

/**
 * The id ajv knows a schema by: its path in the package, under a base that nothing can fetch.
 * Editors resolve a `$ref` against the schema file's own location; ids that mirror the layout make
 * ajv resolve every `$ref` to the same file, so a ref to a file that does not exist fails the build
 * as it fails in the editor. (Each file's own `$id` is its file name, which resolves to itself.)
 */
export function schemaId(name: keyof typeof SCHEMA_FILES): string {
  return new URL(SCHEMA_FILES[name], 'https://ikusei.invalid/').href;
}

export function readSchemas(): Record<keyof typeof SCHEMA_FILES, { $id: string } & Record<string, unknown>> {
  const out = {} as Record<string, { $id: string } & Record<string, unknown>>;
  for (const [name, rel] of Object.entries(SCHEMA_FILES)) {
    out[name] = { ...JSON.parse(fs.readFileSync(path.join(packageRoot, rel), 'utf8')), $id: schemaId(name as keyof typeof SCHEMA_FILES) };
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
