import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readSchemas } from './registry.js';

// ajv-formats is CommonJS: under NodeNext the default import is module.exports, whose
// `default` is the plugin.
const addFormats = addFormatsModule.default;

/**
 * The one ajv configuration: the build step (standalone code) and the runtime fallback both use
 * it, so generated and compiled validators cannot disagree.
 */
export function createAjv(forStandalone: boolean): Ajv2020 {
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
