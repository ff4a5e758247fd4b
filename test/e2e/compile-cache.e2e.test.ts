import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/temp.js';

// bin/ikusei.js switches on Node's compile cache (Node 22.1+) in $IKUSEI_HOME/cache/v8, only when
// that folder is the user's own and closed to others. A missing, damaged or stale cache may only
// cost time: the output must be the same. Node 20 has no compile cache: nothing is written.

const supported = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function privateHome(): string {
  const home = tempDir('ikusei-cc-');
  fs.chmodSync(home, 0o700);
  return home;
}

const files = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []);

describe('the compile cache', () => {
  it('is kept in the home on Node 22+, and a damaged or missing cache gives the same output', async () => {
    const home = privateHome();
    const v8 = path.join(home, 'cache', 'v8');
    const first = await runBin(['list'], { env: { IKUSEI_HOME: home } });
    expect(first.exitCode).toBe(0);
    expect(files(v8).length > 0).toBe(supported);
    const again = await runBin(['list'], { env: { IKUSEI_HOME: home } });
    expect([again.exitCode, again.stdout, again.stderr]).toEqual([0, first.stdout, first.stderr]);
    // Damage every entry: Node must notice and compile afresh.
    for (const f of files(v8)) fs.writeFileSync(f, Buffer.alloc(fs.statSync(f).size, 0x5a));
    const damaged = await runBin(['list'], { env: { IKUSEI_HOME: home } });
    expect([damaged.exitCode, damaged.stdout, damaged.stderr]).toEqual([0, first.stdout, first.stderr]);
    fs.rmSync(v8, { recursive: true, force: true });
    const missing = await runBin(['list'], { env: { IKUSEI_HOME: home } });
    expect([missing.exitCode, missing.stdout, missing.stderr]).toEqual([0, first.stdout, first.stderr]);
  }, 60_000);

  it('is not used in a home others can write to, nor created without a home', async () => {
    const open = privateHome();
    fs.chmodSync(open, 0o777);
    await runBin(['--help'], { env: { IKUSEI_HOME: open } });
    expect(fs.existsSync(path.join(open, 'cache', 'v8'))).toBe(false);
    const none = path.join(privateHome(), 'not-yet');
    const help = await runBin(['--help'], { env: { IKUSEI_HOME: none } });
    expect(help.exitCode).toBe(0);
    expect(fs.existsSync(none)).toBe(false);
  }, 60_000);
});
