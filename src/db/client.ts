/**
 * One PostgreSQL dialect everywhere: embedded PGlite in a data directory by default, a real
 * PostgreSQL server when DATABASE_URL is set. The choice stays here; callers get a Drizzle client.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** where the data is, for logs (never includes a password) */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — server mode */
  databaseUrl?: string;
  /** PGlite data directory; ignored in server mode. 'memory://' keeps it in memory (tests). */
  dataDir?: string;
  /** told about errors on idle server connections (server restart, terminated backend) */
  onIdleError?: (err: Error) => void;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection the server drops must not crash the process: the pool replaces it on
    // the next query. (pg emits 'error' on the pool, which is fatal when nobody listens.)
    pool.on('error', (err) => opts.onIdleError?.(err));
    // Fail at start, with the reason, rather than on the first request.
    const c = await pool.connect();
    c.release();
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      location: redact(opts.databaseUrl),
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const dataDir = opts.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    location: dataDir,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}
