import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One temporary folder per test run: the workers, started after this, inherit it as TMPDIR, so
 * every os.tmpdir() in a test (and every helper's mkdtemp) lands inside it, and the teardown
 * removes it whole. Two runs at once each have their own. The teardown also says if anything named
 * ikusei* appeared in the system's temporary folder meanwhile (a helper that bypasses os.tmpdir()).
 */
export default function setup() {
  const system = os.tmpdir();
  const before = new Set(ikuseiTempDirs(system));
  const run = fs.mkdtempSync(path.join(system, 'ikusei-test-run-'));
  process.env.TMPDIR = run;
  return () => {
    fs.rmSync(run, { recursive: true, force: true });
    const leaked = ikuseiTempDirs(system).filter((d) => !before.has(d) && !d.startsWith('ikusei-test-run-'));
    if (leaked.length) console.warn(`the test run left ${leaked.length} ikusei folders in ${system}: ${leaked.slice(0, 5).join(', ')} …`);
  };
}

function ikuseiTempDirs(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.startsWith('ikusei'));
}
