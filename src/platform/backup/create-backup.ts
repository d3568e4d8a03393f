/**
 * A backup of the whole database — every table (users, sessions, the audit log, statistics,
 * strategies…), the schema and the migration history — with a summary: rows per table and the
 * audit chain heads, taken from the same consistent state as the backup itself.
 *
 * PGlite: PGlite's own dump of its data directory, from the live instance. PGlite runs one
 * query at a time, and its dump holds the query lock, but not the transaction lock: the dump is
 * taken inside a transaction of ours, so no other transaction is open half-way while the files
 * are read. CHECKPOINT first writes every change into the data files (the dump copies the files
 * as they are; without it a restore depends on replaying the WAL), which also lets the WAL
 * segments recovery does not need be left out (most of a data directory's size).
 *
 * PostgreSQL: `pg_dump --format=custom`, on the snapshot of a repeatable-read transaction that
 * also counts the rows and reads the heads, so summary and archive describe the same instant.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { serverConnectionOf, type Database, type DatabaseHandle } from '../../db/client.ts';
import { BACKUP_FORMAT, type BackupKind } from './backup-format.ts';
import { gzipBytes, isSouseiFile, tarEntries, tarOf, walSegmentNeeded } from './data-dir-archive.ts';
import { databaseContents, type DatabaseContents } from './database-contents.ts';
import { findPostgresTool, libpqConnection, runPostgresTool } from './postgres-tools.ts';

export interface BackupSummary extends DatabaseContents {
  kind: BackupKind;
  format: string;
  /** the database backed up (never with a password) */
  location: string;
  created_at: string;
  duration_ms: number;
  bytes: number;
  /** SHA-256 of the backup file, to check a copy later */
  sha256: string;
}

export interface CreateBackupOptions {
  /** pg_dump to use (server mode); default: the newest installed */
  pgDump?: string;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A socket or other special file in the data directory (PGlite's dump would store it as a directory). */
function isSpecial(path: string): boolean {
  const st = lstatSync(path, { throwIfNoEntry: false });
  return st !== undefined && !st.isDirectory();
}

async function backupPglite(handle: DatabaseHandle & { pglite: PGlite }): Promise<{ bytes: Uint8Array; contents: DatabaseContents }> {
  const pglite = handle.pglite;
  let taken: { dump: Blob; wal: { redo: string; current: string }; contents: DatabaseContents } | undefined;
  await pglite.transaction(async (tx) => {
    // CHECKPOINT and pg_control_checkpoint() need the superuser; the app may be working as its
    // own role (client.ts). The role change is transactional: an error rolls it back too.
    const who = (await tx.query<{ cur: string; ses: string }>('select current_user::text as cur, session_user::text as ses')).rows[0]!;
    await tx.exec('RESET ROLE');
    await tx.exec('CHECKPOINT');
    const contents = await databaseContents(drizzlePglite(tx as unknown as PGlite) as unknown as Database);
    const wal = (await tx.query<{ redo: string; current: string }>('select redo_wal_file as redo, pg_walfile_name(pg_current_wal_lsn()) as current from pg_control_checkpoint()'))
      .rows[0]!;
    const dump = await pglite.dumpDataDir('none');
    if (who.cur !== who.ses) await tx.exec(`SET ROLE ${quoteIdent(who.cur)}`);
    taken = { dump, wal, contents };
  });
  const { dump, wal, contents } = taken!;
  const tar = new Uint8Array(await dump.arrayBuffer());
  const hostDir = handle.location.includes('://') ? null : handle.location;
  const kept = tarEntries(tar).filter((e) => !isSouseiFile(e.name) && walSegmentNeeded(e.name, wal) && !(hostDir && e.type === '5' && isSpecial(join(hostDir, e.name))));
  return { bytes: await gzipBytes(tarOf(tar, kept)), contents };
}

async function backupPostgres(handle: DatabaseHandle, opts: CreateBackupOptions): Promise<{ bytes: Uint8Array; contents: DatabaseContents }> {
  const urls = serverConnectionOf(handle);
  if (!urls) throw new Error('server-mode handle without its connection');
  const pgDump = opts.pgDump ?? findPostgresTool('pg_dump');
  // The owner's connection: the app's role may not read the migration history (schema drizzle).
  const conn = libpqConnection(urls.ownerUrl);
  let out: { bytes: Uint8Array; contents: DatabaseContents } | undefined;
  await handle.db.transaction(
    async (tx) => {
      const db = tx as unknown as Database;
      const id = ((await db.execute(sql`select pg_export_snapshot() as id`)) as unknown as { rows: Array<{ id: string }> }).rows[0]!.id;
      const contents = await databaseContents(db);
      const run = await runPostgresTool(pgDump, ['--format=custom', `--snapshot=${id}`], conn);
      if (run.code !== 0 || run.stdout.subarray(0, 5).toString('latin1') !== 'PGDMP') {
        throw new Error(`pg_dump が失敗しました（終了コード ${run.code}）: ${run.stderr || '出力がありません'}`);
      }
      out = { bytes: new Uint8Array(run.stdout.buffer, run.stdout.byteOffset, run.stdout.length), contents };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return out!;
}

export async function createBackup(handle: DatabaseHandle, opts: CreateBackupOptions = {}): Promise<{ bytes: Uint8Array; summary: BackupSummary }> {
  const started = new Date();
  const t0 = performance.now();
  const { bytes, contents } = handle.pglite ? await backupPglite(handle as DatabaseHandle & { pglite: PGlite }) : await backupPostgres(handle, opts);
  return {
    bytes,
    summary: {
      kind: handle.kind,
      format: BACKUP_FORMAT[handle.kind],
      location: handle.location,
      created_at: started.toISOString(),
      duration_ms: Math.round(performance.now() - t0),
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...contents,
    },
  };
}
