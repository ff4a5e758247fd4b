import { defineConfig } from 'vitest/config';

/**
 * Timeouts fit the slowest honest case on a loaded 2-core machine (two suites at once): an
 * in-process render with a font subset took 4–5 s there against vitest's default of 5 s. Tests
 * that run the binary many times set their own, larger, timeouts.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Every temporary folder a test makes goes under one folder per run, removed at the end
    // (see test/setup/temp.ts): a run used to leave about 1,100 folders behind.
    globalSetup: ['test/setup/temp.ts'],
  },
});
