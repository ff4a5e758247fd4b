import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// dependency-cruiser (npm run deps) checks the layer rule on the compiled JavaScript, where
// type-only imports no longer exist. This applies the same order (scripts/layers.cjs) to them.

const { LAYERS, CORE, WALK } = createRequire(import.meta.url)('../../scripts/layers.cjs') as Record<'LAYERS' | 'CORE' | 'WALK', string[]>;
const src = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../src');

/** Where a file of src/ sits: its layer, and its sub-layer inside core/ and walk/. */
export function rank(file: string): number[] | undefined {
  const [top, sub, ...rest] = path.relative(src, file).split(path.sep);
  const layer = LAYERS.indexOf(top ?? '');
  if (layer < 0) return undefined;
  if (top === 'core' && rest.length) return [layer, CORE.indexOf(sub ?? '')];
  if (top === 'walk') return [layer, rest.length ? WALK.indexOf(sub ?? '') : WALK.length];
  return [layer];
}

/** True when `from` may import `to`: same or lower layer, and same or lower sub-layer in it. */
export function allowed(from: number[], to: number[]): boolean {
  if (to[0]! !== from[0]!) return to[0]! < from[0]!;
  return from.length < 2 || to.length < 2 || to[1]! <= from[1]!;
}

/** `import type {..} from`, `export type {..} from`, and imports whose every name is a type. */
export function typeOnlyImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/g)) {
    const names = m[2]!.split(',').map((n) => n.trim()).filter(Boolean);
    if (m[1] || (names.length && names.every((n) => n.startsWith('type ')))) out.push(m[3]!);
  }
  for (const m of text.matchAll(/import\s+type\s+\w+\s+from\s*'(\.[^']+)'/g)) out.push(m[1]!);
  return out;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('type-only imports follow the layer order', () => {
  it('the order itself: core/ below io/, walk/ui below the walk driver, lint above engine', () => {
    expect(allowed(rank(path.join(src, 'io/x.ts'))!, rank(path.join(src, 'core/model/x.ts'))!)).toBe(true);
    expect(allowed(rank(path.join(src, 'core/model/x.ts'))!, rank(path.join(src, 'io/x.ts'))!)).toBe(false);
    expect(allowed(rank(path.join(src, 'walk/ui/x.ts'))!, rank(path.join(src, 'walk/x.ts'))!)).toBe(false);
    expect(allowed(rank(path.join(src, 'walk/x.ts'))!, rank(path.join(src, 'walk/ui/x.ts'))!)).toBe(true);
    expect(allowed(rank(path.join(src, 'core/engine/x.ts'))!, rank(path.join(src, 'core/lint/x.ts'))!)).toBe(false);
    expect(typeOnlyImports("import type { A } from '../x.js';\nimport { type B, type C } from './y.js';\nimport { D, type E } from './z.js';")).toEqual(['../x.js', './y.js']);
  });

  it('in every file of src/', () => {
    const wrong: string[] = [];
    for (const file of sources(src)) {
      const from = rank(file);
      if (!from) continue;
      for (const spec of typeOnlyImports(fs.readFileSync(file, 'utf8'))) {
        const to = rank(path.resolve(path.dirname(file), spec));
        if (to && !allowed(from, to)) wrong.push(`${path.relative(src, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
