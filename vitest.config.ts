import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Starts a throwaway PostgreSQL for the server-mode tests (or uses SOUSEI_TEST_DATABASE_URL).
    globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/seed-global-setup.ts'],
    pool: 'forks',
    reporters: ['default', './test/support/summary-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
