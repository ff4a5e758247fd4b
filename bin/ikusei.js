#!/usr/bin/env node
// The whole program lives in dist/ (built from src/ by `npm run build`, run by `npm install`).
import { main } from '../dist/cli/main.js';

main();
