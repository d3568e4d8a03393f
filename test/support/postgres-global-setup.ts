/**
 * Server-mode tests need a real PostgreSQL. CI (and anyone) can point SOUSEI_TEST_DATABASE_URL at
 * one; otherwise this starts a throwaway cluster from the installed PostgreSQL binaries and stops
 * it after the run. Without binaries the server-mode suites are skipped locally with a warning,
 * and fail under CI=true.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.SOUSEI_TEST_DATABASE_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return;
  }
  const pg = await startThrowawayPostgres();
  if (!pg) {
    const msg = 'PostgreSQL binaries not found: server-mode (DATABASE_URL) tests are skipped. Install postgresql or set SOUSEI_TEST_DATABASE_URL.';
    if (process.env.CI) throw new Error(msg);
    console.warn(`\n⚠ ${msg}\n`);
    project.provide('pgAdminUrl', null);
    return;
  }
  project.provide('pgAdminUrl', pg.url);
  return pg.stop;
}
