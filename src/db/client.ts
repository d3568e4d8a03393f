/**
 * One PostgreSQL dialect everywhere: embedded PGlite in a data directory by default, a real
 * PostgreSQL server when DATABASE_URL is set. The choice stays here; callers get a Drizzle client.
 *
 * Privileges: the application works as a role that may only INSERT and SELECT the audit log.
 * On PostgreSQL, migrations run as the owner (DATABASE_OWNER_URL) and the app connects as
 * another role (DATABASE_URL) that is granted what it needs after each migration. PGlite has
 * one superuser session: after migrating it switches to the role sousei_app for the same effect
 * on everything the app runs (defence in depth; the hash chain is what makes tampering visible).
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { type DataVersion, pgliteDataVersion, postgresDataVersion, registerDataVersion } from './data-version.ts';

/**
 * The Drizzle client every module writes against. No relational schema is attached: modules
 * query their own tables with the query builder, so this layer does not import any module.
 */
export type Database = PgDatabase<PgQueryResultHKT>;

export interface AuditProtection {
  /** the role the app works as */
  appRole: string;
  /** false when the app's role owns audit_log (it could drop its triggers): warn the operator */
  separated: boolean;
}

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** where the data is, for logs (never includes a password) */
  location: string;
  /** the PGlite data directory lock (null in server mode or in memory) */
  lock: DataDirLock | null;
  /** the PGlite instance (backups); null in server mode */
  pglite: PGlite | null;
  migrate(): Promise<AuditProtection>;
  /**
   * After a one-time bulk load (the statistics at first start): PGlite checkpoints (the WAL
   * shrinks to its minimum) and is restarted on the same data directory, keeping the lock — its
   * WASM memory only ever grows, so the load's peak would otherwise stay for the process's life.
   * `db` and `pglite` of the handle are replaced. PostgreSQL: nothing to do.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — server mode */
  databaseUrl?: string;
  /** postgres://… of the schema owner, for migrations (server mode); default: databaseUrl */
  ownerUrl?: string;
  /** PGlite data directory; ignored in server mode. 'memory://' keeps it in memory (tests). */
  dataDir?: string;
  /** told about errors on idle server connections (server restart, terminated backend) */
  onIdleError?: (err: Error) => void;
  /** what the process holding the data directory is doing, for the lock file (e.g. 'serve') */
  purpose?: string;
}

/**
 * Server mode: the connection URLs of each handle, for tools that connect on their own
 * (pg_dump, pg_restore). Kept off the handle object so that logging a handle never shows a password.
 */
const serverConnections = new WeakMap<DatabaseHandle, { url: string; ownerUrl: string }>();

/** The URLs a server-mode handle was opened with (ownerUrl = url without DATABASE_OWNER_URL); null for PGlite. */
export function serverConnectionOf(handle: DatabaseHandle): { url: string; ownerUrl: string } | null {
  return serverConnections.get(handle) ?? null;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** PGlite's application role (see the module comment). */
export const PGLITE_APP_ROLE = 'sousei_app';

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Everything on every table, except changing or removing audit entries. */
function grantStatements(role: string): string[] {
  const r = quoteIdent(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
  ];
}

async function auditProtection(db: Database): Promise<AuditProtection> {
  // to_regclass: before the first migration there is no audit_log to ask about.
  const r = (await db.execute(sql`
    select current_user::text as role,
           (select tableowner::text from pg_tables where schemaname = 'public' and tablename = 'audit_log') as owner,
           case when to_regclass('public.audit_log') is null then true
                else has_table_privilege('public.audit_log', 'UPDATE') or has_table_privilege('public.audit_log', 'DELETE') or has_table_privilege('public.audit_log', 'TRUNCATE') end as can_change`)) as unknown as {
    rows: Array<{ role: string; owner: string | null; can_change: boolean }>;
  };
  const row = r.rows[0]!;
  return { appRole: row.role, separated: row.owner !== row.role && !row.can_change };
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
    const db = drizzlePg(pool) as unknown as Database;
    const ownerUrl = opts.ownerUrl && opts.ownerUrl !== opts.databaseUrl ? opts.ownerUrl : null;
    const handle: DatabaseHandle = {
      db,
      kind: 'postgres',
      location: redact(opts.databaseUrl),
      lock: null,
      pglite: null,
      migrate: async () => {
        if (!ownerUrl) {
          await migratePg(db as never, { migrationsFolder });
          return auditProtection(db);
        }
        const appRole = (await auditProtection(db)).appRole;
        const ownerPool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
        try {
          const ownerDb = drizzlePg(ownerPool);
          await migratePg(ownerDb, { migrationsFolder });
          for (const s of grantStatements(appRole)) await ownerPool.query(s);
        } finally {
          await ownerPool.end();
        }
        return auditProtection(db);
      },
      settle: async () => {},
      close: () => pool.end(),
    };
    serverConnections.set(handle, { url: opts.databaseUrl, ownerUrl: ownerUrl ?? opts.databaseUrl });
    return followingChanges(handle, postgresDataVersion.bind(null, opts.databaseUrl, opts.onIdleError));
  }
  return openEmbedded(opts);
}

async function openEmbedded(opts: DatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = opts.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  // 0700: the directory holds the data, the operator socket and the lock.
  if (!inMemory) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // One process per data directory: PGlite is a single-process database, and two processes
  // on one directory lose acknowledged writes or corrupt it.
  const lock = inMemory ? null : acquireDataDirLock(dataDir, opts.purpose ?? 'open');
  let client: PGlite;
  try {
    client = await createPglite(dataDir);
  } catch (e) {
    lock?.release();
    throw e;
  }
  // The data version follows the open client: settle() reopens it, and the version with it.
  const firstDb = drizzlePglite(client) as unknown as Database;
  let version = registerDataVersion(firstDb, () => pgliteDataVersion(client));
  const handle: DatabaseHandle = {
    db: firstDb,
    kind: 'pglite',
    location: dataDir,
    lock,
    pglite: client,
    migrate: async () => {
      // Migrations and the role's grants as the superuser, then the app's own role.
      await client.exec('RESET ROLE');
      await migratePglite(handle.db as never, { migrationsFolder });
      await client.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PGLITE_APP_ROLE}') THEN CREATE ROLE ${PGLITE_APP_ROLE} NOLOGIN; END IF; END $$`);
      for (const s of grantStatements(PGLITE_APP_ROLE)) await client.exec(s);
      // COPY … FROM '/dev/blob' (bulk writes, src/db/copy.ts) reads a "server file". PGlite's
      // files are its own WASM file system (the data directory), all of it readable through
      // tables the role can SELECT anyway.
      await client.exec(`GRANT pg_read_server_files TO ${PGLITE_APP_ROLE}`);
      await client.exec(`SET ROLE ${PGLITE_APP_ROLE}`);
      return auditProtection(handle.db);
    },
    settle: async () => {
      await client.exec('RESET ROLE; CHECKPOINT');
      if (inMemory) {
        await client.exec(`SET ROLE ${PGLITE_APP_ROLE}`);
        return;
      }
      await version.close();
      await client.close();
      client = await createPglite(dataDir);
      await client.exec(`SET ROLE ${PGLITE_APP_ROLE}`);
      handle.db = drizzlePglite(client) as unknown as Database;
      handle.pglite = client;
      version = registerDataVersion(handle.db, () => pgliteDataVersion(client));
    },
    close: async () => {
      try {
        await version.close();
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
  return handle;
}

/**
 * PGlite with a small WAL: wal_level=minimal (no replication, no archive here) lets a load into
 * a table emptied in the same transaction skip the WAL, and max_wal_size bounds what a long
 * transaction leaves in pg_wal (PostgreSQL's default 1 GB left 433 MB after the first start).
 */
function createPglite(dataDir: string): Promise<PGlite> {
  return PGlite.create(dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0', '-c', 'max_wal_size=32MB', '-c', 'min_wal_size=32MB'],
  });
}

/** Registers the handle's data version (started on first use) and stops it on close. */
function followingChanges(handle: DatabaseHandle, start: () => DataVersion): DatabaseHandle {
  const version = registerDataVersion(handle.db, start);
  const close = handle.close;
  handle.close = async () => {
    await version.close();
    await close();
  };
  return handle;
}
