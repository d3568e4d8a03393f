import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Starts a throwaway PostgreSQL for the server-mode tests (or uses SOUSEI_TEST_DATABASE_URL).
    globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/seed-global-setup.ts'],
    pool: 'forks',
    // Two test files at a time. On the 2-core CI machine vitest's default ran one (eight 3-second
    // files: 35.5 s by default, 20.6 s with 2 workers), and most files wait on a browser, a server
    // or PostgreSQL as much as they compute.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
