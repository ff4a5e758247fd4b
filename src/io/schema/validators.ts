import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { AnswersFileData, SessionFile } from '../../core/case/types.js';
import type { CatalogFileData, Program } from '../../core/model/types.js';
import type { Config } from '../config.js';
import { createAjv } from './ajv.js';
import { schemaId, schemasHash, VALIDATED, type SchemaName } from './registry.js';

/**
 * A schema's validator: a type guard, so that valid data has the schema's type without a cast.
 * After it returns false, `errors` says why (ajv's errors, as ajv sets them).
 */
export interface Validate<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * The type each schema's data has once valid; the types mirror the schema files (see
 * core/model/types.ts). A layer above io/ adds its own schema's type by declaration merging:
 * sheet/template/types.ts adds `template`.
 */
export interface SchemaTypes {
  program: Program;
  catalog: CatalogFileData;
  answers: AnswersFileData;
  session: SessionFile;
  config: Config;
}

export type Validators = { [K in SchemaName]: Validate<K extends keyof SchemaTypes ? SchemaTypes[K] : unknown> };

let cache: Validators | undefined;

/**
 * Validators for each schema. `npm run build` generates them as standalone code (loading takes
 * ~15 ms; compiling with ajv takes ~300 ms). If the schema files changed since the build, or
 * when running from src/ under vitest, they are compiled here instead.
 */
export function validators(): Validators {
  if (cache) return cache;
  const generated = loadGenerated();
  if (generated && generated.hash === schemasHash()) return (cache = generated);
  const ajv = createAjv(false);
  // The one place where ajv's functions are given their types: each checks data against the
  // schema that SchemaTypes pairs with a type.
  const compiled: Partial<Record<SchemaName, unknown>> = {};
  for (const name of VALIDATED) compiled[name] = ajv.getSchema(schemaId(name));
  return (cache = compiled as Validators);
}

function loadGenerated(): (Validators & { hash: string }) | undefined {
  try {
    return createRequire(import.meta.url)('./generated.cjs') as Validators & { hash: string };
  } catch {
    return undefined;
  }
}
