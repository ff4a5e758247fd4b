import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Type } from 'ajv/dist/2020.js';
import { readSchemas } from './registry.js';

// ajv is loaded on demand: normally the validators generated at build time are used and the
// compiler is never needed (loading it costs ~25 ms of start-up).
const require = createRequire(import.meta.url);

/**
 * The one ajv configuration: the build step (standalone code) and the runtime fallback both use
 * it, so generated and compiled validators cannot disagree.
 */
export function createAjv(forStandalone: boolean): Ajv2020Type {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true, // errors carry parentSchema, where our Japanese errorMessage lives
    discriminator: true, // report only the errors of the node type the author chose
    ...(forStandalone ? { code: { source: true, esm: false } } : {}),
  });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  // Keywords for editors (yaml-language-server) and for our messages; ajv itself ignores them.
  ajv.addVocabulary(['errorMessage', 'defaultSnippets', 'markdownDescription']);
  for (const schema of Object.values(readSchemas())) ajv.addSchema(schema);
  return ajv;
}
