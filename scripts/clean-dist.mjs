// Build step: start from an empty dist/, so that a file moved or deleted in src/ leaves no stale
// copy behind for tests or for the layer check (npm run deps reads dist/).
import fs from 'node:fs';
fs.rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
