/**
 * The layer order of ARCHITECTURE.md, lowest first: one list for dependency-cruiser
 * (.dependency-cruiser.cjs) and for the type-only import check (test/architecture).
 */
module.exports = {
  LAYERS: ['messages', 'core', 'io', 'app', 'sheet', 'trainer', 'walk', 'cli', 'bench'],
  CORE: ['text', 'diagnostics', 'yaml', 'model', 'schema', 'engine', 'case', 'lint'],
  WALK: ['model', 'ui'],
};
