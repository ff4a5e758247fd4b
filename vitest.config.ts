import { defineConfig } from 'vitest/config';

/**
 * The fast tier (`npm run test:unit`, project "unit"): engine, model and lint, and commands run
 * in-process through runCli. No built binary, no pseudo-terminal, no PDF of many pages, no crash or
 * property suite, so it needs no build and runs in well under a minute. `npm test` runs both
 * projects; "full" is every other file, so each test runs exactly once.
 */
const unit = [
  'test/architecture/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/engine/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/crash/atomic.test.ts',
  'test/hardening/config.test.ts',
  'test/hardening/era-dates.test.ts',
  'test/hardening/exclusive-output.test.ts',
  'test/hardening/json-safe.test.ts',
  'test/hardening/kdf.test.ts',
  'test/hardening/lint-complexity.test.ts',
  'test/hardening/program-names.test.ts',
  'test/hardening/prototype-ids.test.ts',
  'test/hardening/temp-folders.test.ts',
  'test/hardening/terminal-safe.test.ts',
  'test/hardening/unknown-in.test.ts',
  'test/privacy/envelope.test.ts',
  'test/privacy/prompts.test.ts',
  'test/sheet/dates.test.ts',
  'test/trainer/diff.test.ts',
  'test/trainer/new.test.ts',
  'test/trainer/schema-metadata.test.ts',
  'test/trainer/test-command.test.ts',
  'test/walk/clock.test.ts',
  'test/walk/intake-edit.test.ts',
  'test/walk/pdf-offer.test.ts',
  'test/walk/prompts.test.ts',
  'test/walk/resume-ref.test.ts',
  'test/walk/resume.test.ts',
  'test/walk/triage.test.ts',
  'test/walk/units.test.ts',
  'test/walk/wrap.test.ts',
];

/**
 * Timeouts fit the slowest honest case on a loaded 2-core machine (two suites at once): an
 * in-process render with a font subset took 4–5 s there against vitest's default of 5 s. Tests
 * that run the binary many times set their own, larger, timeouts.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Every temporary folder a test makes goes under one folder per run, removed at the end
    // (see test/setup/temp.ts): a run used to leave about 1,100 folders behind.
    globalSetup: ['test/setup/temp.ts'],
    // Each project sets its own files: `extends` would add the root's include to the unit list.
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      { extends: true, test: { name: 'full', include: ['test/**/*.test.ts'], exclude: unit } },
    ],
  },
});
