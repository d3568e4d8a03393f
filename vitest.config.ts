import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Starts a throwaway PostgreSQL for the server-mode tests (or uses SOUSEI_TEST_DATABASE_URL).
    globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/seed-global-setup.ts'],
    pool: 'forks',
    // One test file at a time (vitest's default on this 2-core machine). Two workers were measured:
    // the suite took as long (1,280 s against ≈1,300 s of work: the files are CPU-bound, a browser,
    // a server and a database each) and browser tests timed out under the contention.
    // Polls wait up to 10 s: a page under load can take more than the default 1 s to settle.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './test/support/summary-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
