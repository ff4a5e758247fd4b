import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { createAjv } from './ajv.js';
import { schemaId, schemasHash, VALIDATED, type SchemaName } from './registry.js';

export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface Generated extends Record<SchemaName, Validate> {
  hash: string;
}

let cache: Record<SchemaName, Validate> | undefined;

/**
 * Validators for each schema. `npm run build` generates them as standalone code (loading takes
 * ~15 ms; compiling with ajv takes ~300 ms). If the schema files changed since the build, or
 * when running from src/ under vitest, they are compiled here instead.
 */
export function validators(): Record<SchemaName, Validate> {
  if (cache) return cache;
  const generated = loadGenerated();
  if (generated && generated.hash === schemasHash()) return (cache = generated);
  const ajv = createAjv(false);
  cache = Object.fromEntries(VALIDATED.map((name) => [name, ajv.getSchema(schemaId(name)) as Validate])) as Record<SchemaName, Validate>;
  return cache;
}

function loadGenerated(): Generated | undefined {
  try {
    return createRequire(import.meta.url)('./generated.cjs') as Generated;
  } catch {
    return undefined;
  }
}
