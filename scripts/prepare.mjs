// `prepare` is npm's hook for a plain `npm install` in a clone: build dist/ there, so that
// `npx ikusei` works straight after the README's two commands. npm also runs `prepare` while
// packing, right after `prepack` has built; building twice would only cost time, so skip it then.
// Installs from the tarball never run it (npm runs `prepare` only for the project being worked
// on and for git dependencies, which npm packs, and so builds, through `prepack`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');
if (!packing && existsSync('src')) {
  const npm = process.env.npm_execpath;
  // npm_execpath is npm's own CLI script: run it with this Node rather than look `npm` up on PATH.
  const result = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: true });
  process.exit(result.status ?? 1);
}
