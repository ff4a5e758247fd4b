#!/usr/bin/env node
// The whole program lives in dist/ (built from src/ by `npm run build`, run by `npm install`).
// The compile cache is switched on first; the rest is imported after it so that it is cached too.
import { enableCompileCache } from '../dist/cli/compile-cache.js';

enableCompileCache();
const { main } = await import('../dist/cli/main.js');
main();
