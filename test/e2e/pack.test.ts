import fs from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The package as someone outside the project gets it: `npm pack` (which builds in prepack), then
// the tarball installed into an empty folder and run with npx. Packing happens in a copy of the
// project, so the build never rewrites the dist/ that other tests are running at the same time.

/** What a clone has, less what packing makes or the test does not need. */
const PROJECT = ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'bin', 'src', 'programs', 'templates', 'examples', 'scripts'];

function env(home: string): Record<string, string> {
  // npm test's own npm_* variables stay out; the npm cache (~/.npm) and the registry settings stay in.
  const keep = Object.entries(process.env).filter(([k]) => /^(PATH|HOME|TMPDIR|npm_config_(cache|registry|userconfig))$/.test(k));
  return { ...Object.fromEntries(keep as [string, string][]), LANG: 'C.UTF-8', IKUSEI_HOME: home };
}

describe('the packed tarball installs and runs on its own', () => {
  it('npm pack → npm install <tarball> in an empty folder → npx ikusei --help, list, lint, checklist', async () => {
    const work = tempDir('ikusei-pack-');
    const source = path.join(work, 'source');
    for (const entry of PROJECT) if (fs.existsSync(path.join(repoRoot, entry))) fs.cpSync(path.join(repoRoot, entry), path.join(source, entry), { recursive: true });
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(source, 'node_modules'), 'dir'); // tsc for prepack
    const e = env(path.join(work, 'home'));

    const packed = await execa('npm', ['pack', '--json', '--pack-destination', work], { cwd: source, env: e, extendEnv: false });
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    for (const needed of ['bin/ikusei.js', 'dist/cli/main.js', 'dist/io/schema/generated.cjs', 'programs/koukousei.yaml', 'programs/catalogs/resources.yaml', 'programs/schema/defs.schema.json', 'templates/sheet.yaml', 'templates/schema/template.schema.json', 'examples/kaitou-koukousei.yaml', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^(src|test|scripts|dist\/bench|node_modules)\//.test(f) || f.startsWith('.'))).toEqual([]);

    const app = path.join(work, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{ "private": true }\n');
    // The dependencies are in npm's cache after `npm ci`; the registry is asked only for what is not.
    await execa('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, info!.filename)], { cwd: app, env: e, extendEnv: false });
    const installed = path.join(app, 'node_modules/ikusei');
    expect(fs.existsSync(path.join(installed, 'dist/cli/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false);

    const npx = (args: string[]) => execa('npx', ['--no-install', 'ikusei', ...args], { cwd: app, env: e, extendEnv: false, reject: false });
    const help = await npx(['--help']);
    expect(help.stderr).toBe('');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('使い方: ikusei');

    const list = await npx(['list', '--json']);
    expect(list.exitCode).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((p) => p.id).sort()).toEqual(['ibasho', 'koukousei', 'renkei', 'shakai', 'shingaku', 'sodachi']);

    const lint = await npx(['lint']);
    expect(lint.stderr).toBe('');
    expect(lint.exitCode).toBe(0);
    expect(lint.stdout).toMatch(/ファイルを検査しました/);

    const checklist = await npx(['checklist', 'III', '-o', 'x.pdf']);
    expect(checklist.stderr).toBe('');
    expect(checklist.exitCode).toBe(0);
    const pdf = fs.readFileSync(path.join(app, 'x.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+BIZUDPGothic/); // the bundled font, found and embedded
  }, 600_000);
});
