import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// Editors (yaml-language-server) know nothing of ikusei's ajv registry: they take the schema named
// on a YAML file's `# yaml-language-server: $schema=` line, relative to that file, and fetch every
// `$ref` relative to the schema file that holds it. These tests load the shipped schemas that way
// only, from file URLs, so a ref to a file that is not there fails here as it fails in the editor.

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const SCHEMA_DIRS = ['programs/schema', 'templates/schema'];
const schemaFiles = SCHEMA_DIRS.flatMap((d) => fs.readdirSync(path.join(repoRoot, d)).filter((f) => f.endsWith('.schema.json')).map((f) => path.join(repoRoot, d, f)));

/** Every YAML file the package ships that people edit: programs, catalogs, templates, example answers. */
const SHIPPED_YAML = ['programs', 'programs/catalogs', 'templates', 'examples'].flatMap((d) =>
  fs.readdirSync(path.join(repoRoot, d)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(d, f)),
);

/** A schema as an editor loads it: its `$id` resolved against where it was read from. */
function loadSchema(url: string): Record<string, unknown> {
  const schema = JSON.parse(fs.readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
  return { ...schema, $id: new URL(String(schema.$id ?? ''), url).href };
}

function refsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

function pointer(doc: unknown, fragment: string): unknown {
  return fragment
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
}

function editorAjv() {
  // strict: false, as editors ignore keywords they do not know (errorMessage, defaultSnippets).
  const ajv = new Ajv2020({ allErrors: true, strict: false, loadSchema: async (uri) => loadSchema(uri) });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  return ajv;
}

describe('schema files resolve by path, as editors load them', () => {
  it('finds the schemas', () => {
    expect(schemaFiles.map((f) => path.relative(repoRoot, f))).toEqual(expect.arrayContaining(['programs/schema/defs.schema.json', 'templates/schema/template.schema.json']));
    expect(refsOf(JSON.parse(fs.readFileSync(path.join(repoRoot, 'templates/schema/template.schema.json'), 'utf8'))).length).toBeGreaterThan(80);
  });

  it.each(schemaFiles.map((f) => [path.relative(repoRoot, f), f]))('%s: its $id is itself and every $ref points at a file and a definition that exist', (_, file) => {
    const url = pathToFileURL(file).href;
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { $id?: string };
    if (schema.$id !== undefined) expect(new URL(schema.$id, url).href).toBe(url);
    const broken = refsOf(schema).filter((ref) => {
      const target = new URL(ref, url);
      const targetFile = fileURLToPath(target.href.split('#')[0]!);
      if (!fs.existsSync(targetFile)) return true;
      const doc = target.href.split('#')[0] === url ? schema : JSON.parse(fs.readFileSync(targetFile, 'utf8'));
      return target.hash.length > 1 && pointer(doc, target.hash.slice(1)) === undefined;
    });
    expect(broken).toEqual([]);
  });
});

describe('every shipped YAML file validates against the schema named on its first line', () => {
  it('ships programs, catalogs, templates and an example answers file', () => {
    for (const dir of ['programs/', 'programs/catalogs/', 'templates/', 'examples/']) expect(SHIPPED_YAML.some((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/'))).toBe(true);
  });

  it.each(SHIPPED_YAML)('%s', async (rel) => {
    const file = path.join(repoRoot, rel);
    const text = fs.readFileSync(file, 'utf8');
    const line = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(line, 'first line names the schema').not.toBeNull();
    const schemaUrl = new URL(line![1]!, pathToFileURL(file)).href;
    expect(fs.existsSync(fileURLToPath(schemaUrl))).toBe(true);
    const validate = await editorAjv().compileAsync(loadSchema(schemaUrl));
    const ok = validate(parse(text));
    expect(validate.errors ?? [], rel).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a template that refers to a definitions file beside it (the old layout) does not load', async () => {
    const url = pathToFileURL(path.join(repoRoot, 'templates/schema/template.schema.json')).href;
    const schema = loadSchema(url);
    const old = JSON.parse(JSON.stringify(schema).replaceAll('../../programs/schema/defs.schema.json#', 'defs.schema.json#'));
    await expect(editorAjv().compileAsync(old)).rejects.toThrow(/ENOENT/);
  });
});

describe('.vscode/settings.json maps each kind of file to its schema', () => {
  const settings = JSON.parse(fs.readFileSync(path.join(repoRoot, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  const globToRegExp = (glob: string) =>
    new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/(?<!\.)\*/g, '[^/]*') + '$');
  const schemaFor = (rel: string) => Object.entries(settings['yaml.schemas']).filter(([, globs]) => globs.some((g) => globToRegExp(g).test(rel))).map(([schema]) => path.normalize(schema));

  it('names schema files that exist', () => {
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(fs.existsSync(path.join(repoRoot, schema)), schema).toBe(true);
  });

  it.each(SHIPPED_YAML)('%s: the same schema as its first line', (rel) => {
    const line = /^# yaml-language-server: \$schema=(\S+)/.exec(fs.readFileSync(path.join(repoRoot, rel), 'utf8'))!;
    expect(schemaFor(rel)).toEqual([path.relative(repoRoot, path.resolve(repoRoot, path.dirname(rel), line[1]!))]);
  });

  it('answers files people name kaitou*.yaml or *.answers.yaml get the answers schema', () => {
    for (const rel of ['kaitou.yaml', 'cases/2026/kaitou-R8-012.yaml', 'R8-012.answers.yaml']) expect(schemaFor(rel), rel).toEqual(['programs/schema/answers.schema.json']);
    expect(schemaFor('notes/memo.yaml')).toEqual([]);
  });

  it('recommends the YAML extension that runs yaml-language-server', () => {
    const ext = JSON.parse(fs.readFileSync(path.join(repoRoot, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(ext.recommendations).toContain('redhat.vscode-yaml');
  });
});
