import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// What an editor (VS Code + the YAML extension) shows while a trainer types: every property of
// the files people write by hand must explain itself in Japanese, directly or through its $ref.
// session.schema.json is left out: ikusei writes sessions, people do not.
const DIR = path.join(repoRoot, 'programs/schema');
const AUTHORED = ['program.schema.json', 'catalog.schema.json', 'defs.schema.json', 'answers.schema.json'];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

type Schema = Record<string, unknown>;
const files = new Map(fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Schema]));

function resolve(ref: string, file: string): [Schema | undefined, string] {
  const [target, fragment = ''] = ref.split('#');
  const name = target || file;
  let node: unknown = files.get(name);
  for (const seg of fragment.split('/').filter(Boolean)) node = (node as Schema | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  return [node as Schema | undefined, name];
}

function describedInJapanese(s: Schema | undefined, file: string, seen = new Set<string>()): boolean {
  if (!s) return false;
  if (typeof s.description === 'string' && JAPANESE.test(s.description)) return true;
  if (typeof s.$ref !== 'string' || seen.has(file + s.$ref)) return false;
  seen.add(file + s.$ref);
  return describedInJapanese(...resolve(s.$ref, file), seen);
}

/** Every `properties` entry anywhere in a schema, with its JSON pointer. */
function properties(node: unknown, pointer: string, out: [string, Schema][] = []): [string, Schema][] {
  if (Array.isArray(node)) node.forEach((x, i) => properties(x, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object') {
    const props = (node as Schema).properties;
    if (props && typeof props === 'object') for (const [k, v] of Object.entries(props)) out.push([`${pointer}/properties/${k}`, v as Schema]);
    for (const [k, v] of Object.entries(node)) properties(v, `${pointer}/${k}`, out);
  }
  return out;
}

describe('editor completion metadata', () => {
  it.each(AUTHORED)('%s: every property has a Japanese description', (file) => {
    const missing = properties(files.get(file), '#').filter(([, s]) => !describedInJapanese(s, file)).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('the program schema offers node snippets and examples in Japanese', () => {
    const text = JSON.stringify(files.get('program.schema.json'));
    const snippets = [...text.matchAll(/"defaultSnippets":\[(.*?)\]\}/g)];
    expect(snippets.length).toBeGreaterThan(0);
    expect(text).toMatch(/"label":"質問（ひとつ選ぶ）"/);
    expect(text).toMatch(/"examples":\[/);
  });

  it('offers a snippet for every kind of node', () => {
    const node = (files.get('program.schema.json') as { $defs: { node: { defaultSnippets: { body: { type: string } }[]; properties: { type: { enum: string[] } } } } }).$defs.node;
    expect(node.defaultSnippets.map((s) => s.body.type).sort()).toEqual([...node.properties.type.enum].sort());
  });
});
