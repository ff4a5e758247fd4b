import { createRequire } from 'node:module';

// The yaml package (about 60 modules) loads only when a file must really be parsed: a program
// read from the cache, as in most runs of start, render and lint, never needs it. It ships
// CommonJS, so it can be required synchronously at that moment.
let loaded: typeof import('yaml') | undefined;

export function yaml(): typeof import('yaml') {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}
