/**
 * Runs a suite against both database modes: embedded PGlite and a real PostgreSQL server.
 * Each suite gets its own fresh database (a new PGlite instance, or a new PostgreSQL database).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { PGLITE_APP_ROLE, openDatabase, type DatabaseHandle } from '../../src/db/client.ts';
import { loadReferenceData } from '../../src/platform/reference-data.ts';
import { createPostgresDatabase } from './postgres-database.ts';
import { copyOfSeededDataDir } from './seeded-data-dir.ts';

export { createPostgresDatabase };

export type DatabaseKind = 'pglite' | 'postgres';

export function postgresAdminUrl(): string | null {
  return inject('pgAdminUrl');
}

export interface TestDatabase {
  kind: DatabaseKind;
  handle: DatabaseHandle;
  /** URL for server mode (to start the CLI against the same database), undefined for PGlite */
  url?: string;
}

/**
 * Opens, migrates and (optionally) loads reference data into a fresh database of the given kind.
 * The statistics data set (≈1.3 M values, tens of seconds) loads only with `statistics: true`.
 */
export async function openTestDatabase(
  kind: DatabaseKind,
  opts: { reference?: boolean; statistics?: boolean; dataDir?: string } = {},
): Promise<TestDatabase & { dispose: () => Promise<void> }> {
  let url: string | undefined;
  let drop = async () => {};
  if (kind === 'postgres') {
    const admin = postgresAdminUrl();
    if (!admin) throw new Error('no PostgreSQL available');
    ({ url, drop } = await createPostgresDatabase(admin));
  }
  // PGlite with the statistics starts from a copy of the run's seeded data directory when there is one.
  const seeded = !url && opts.statistics === true && !opts.dataDir ? copyOfSeededDataDir('sousei-test-db-') : null;
  const handle = await openDatabase(url ? { databaseUrl: url } : { dataDir: seeded ?? opts.dataDir ?? 'memory://' });
  await handle.migrate();
  if (opts.reference !== false) await loadReferenceData(handle.db, undefined, { statistics: opts.statistics === true });
  return {
    kind,
    handle,
    url,
    dispose: async () => {
      await handle.close();
      await drop();
      if (seeded) rmSync(seeded, { recursive: true, force: true });
    },
  };
}

/**
 * describe() once per database mode. The suite body receives a getter for the opened database.
 * PostgreSQL is skipped (visibly) only when no server or binaries exist outside CI.
 */
export function describeEachDatabase(name: string, body: (db: () => TestDatabase) => void, opts: { reference?: boolean; statistics?: boolean } = {}) {
  for (const kind of ['pglite', 'postgres'] as const) {
    const skip = kind === 'postgres' && postgresAdminUrl() === null;
    describe.skipIf(skip)(`${name} [${kind}]`, () => {
      let current: (TestDatabase & { dispose: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(kind, opts);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      body(() => {
        if (!current) throw new Error('database not opened');
        return current;
      });
    });
  }
}

/**
 * Runs `fn` with the privileges of the schema owner, as an operator (or an attacker) with direct
 * database access would have them: on PGlite the session leaves the application role for the
 * call; the server-mode tests connect as a superuser anyway.
 */
export async function asDatabaseOwner<T>(handle: DatabaseHandle, fn: () => Promise<T>): Promise<T> {
  if (!handle.pglite) return fn();
  await handle.pglite.exec('RESET ROLE');
  try {
    return await fn();
  } finally {
    await handle.pglite.exec(`SET ROLE ${PGLITE_APP_ROLE}`);
  }
}
