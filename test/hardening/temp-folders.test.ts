import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The suite used to leave about 1,100 folders (56 MB) in /tmp per run. Every test's temporary
// folders now go under one folder per run, which the global teardown removes (test/setup/temp.ts).
describe('temporary folders of the test suite', () => {
  it('land in the run folder, not in the system temporary folder', async () => {
    const tmp = os.tmpdir();
    expect(path.basename(tmp)).toMatch(/^ikusei-test-run-/);
    const home = tempDir('ikusei-probe-');
    expect(path.dirname(home)).toBe(tmp);
    const homes = () => fs.readdirSync(tmp).filter((n) => n.startsWith('ikusei-home-')).length;
    const before = homes();
    await runCli(['list']);
    expect(homes()).toBeGreaterThan(before); // runCli's IKUSEI_HOME went into the run folder (other files may add theirs)
  });
});
