// Build step (npm run build): writes dist/io/schema/generated.cjs, ajv's standalone
// validation code for every schema, so that start-up does not pay for compiling them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from './ajv.js';
import { schemaId, schemasHash, VALIDATED } from './registry.js';

const standaloneCode = standaloneModule.default; // CommonJS: the default import is module.exports

const ajv = createAjv(true);
const refs = Object.fromEntries(VALIDATED.map((name) => [name, schemaId(name)]));
const code = standaloneCode(ajv, refs) + `\nexports.hash = ${JSON.stringify(schemasHash())};\n`;
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.cjs');
fs.writeFileSync(out + '.tmp', code);
fs.renameSync(out + '.tmp', out);
