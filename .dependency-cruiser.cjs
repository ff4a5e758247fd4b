/**
 * The layer rule of ARCHITECTURE.md, checked by `npm test` (dependency-cruiser) on the compiled
 * JavaScript in dist/: the project's TypeScript 7 has no compiler API for dependency-cruiser to read
 * .ts files with, and dist/ mirrors src/ file for file. Type-only imports are erased there, so a
 * type-only import across layers is not caught; ARCHITECTURE.md asks for the same rule by hand.
 * Layers, lowest first; a module may import from its own layer and from the layers below it:
 *   messages → core → io → app → sheet → trainer → walk → cli → bench
 * Inside core and walk the sub-folders are ordered the same way (see CORE and WALK below).
 */
const { LAYERS, CORE, WALK } = require('./scripts/layers.cjs');

/** One rule per level: nothing in `folder` imports from a folder above it. */
function upward(prefix, order, what) {
  return order.slice(0, -1).map((name, i) => ({
    name: `${what}-${name}-imports-upward`,
    comment: `${prefix}${name}/ may import only from ${order.slice(0, i + 1).join(', ')} (and lower layers).`,
    severity: 'error',
    from: { path: `^${prefix}${name}/` },
    to: { path: `^${prefix}(${order.slice(i + 1).join('|')})/` },
  }));
}

module.exports = {
  forbidden: [
    ...upward('dist/', LAYERS, 'layer'),
    ...upward('dist/core/', CORE, 'core'),
    ...upward('dist/walk/', WALK, 'walk'),
    {
      name: 'walk-parts-import-driver',
      comment: 'walk/model and walk/ui are used by the walk driver (walk/*.ts), never the other way round.',
      severity: 'error',
      from: { path: '^dist/walk/(model|ui)/' },
      to: { path: '^dist/walk/[^/]+\\.js$' },
    },
    {
      name: 'core-is-pure',
      comment: 'core/ reads no files, starts no processes and touches no process state: that is io/.',
      severity: 'error',
      from: { path: '^dist/core/' },
      to: { path: '^(fs|os|child_process|worker_threads|net|tty|readline|process)$|^node:(fs|os|child_process|worker_threads|net|tty|readline|process)', dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, between folders or between files.',
      severity: 'error',
      from: { path: '^dist/' },
      to: { circular: true },
    },
    {
      name: 'src-never-imports-tests',
      severity: 'error',
      from: { path: '^dist/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
  },
};
