/**
 * Restoring a backup into the configured database, then opening it as the platform does
 * (migrations, so an older backup is brought up to date) and verifying the audit chain.
 *
 * Refused, with nothing changed: a file that is no backup or is damaged, a backup of the other
 * database mode, a target in use (PGlite: the data-directory lock; the server must be stopped),
 * and a target that already holds data, unless `force`.
 *
 * PGlite: the backup is checked whole before anything is touched. With `force`, the data
 * directory is moved aside to `<dir>.before-restore-<time>` (never deleted), and a new one is
 * created by PGlite from the dump. If PGlite cannot open it, or the migrations fail, the
 * restored files are removed and the old directory put back.
 *
 * PostgreSQL: `pg_restore --clean --if-exists --no-owner --no-acl --single-transaction` as the
 * schema owner: all or nothing. Privileges are not restored (the roles of the server the backup
 * came from need not exist here); the migration step grants the app's role what it needs again.
 *
 * A broken audit chain does not undo the restore — the data is what the backup held — but the
 * report says so (`chain.ok` false) and the CLI exits non-zero.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, redact, type DatabaseOptions } from '../../db/client.ts';
import { announceDataChanged } from '../../db/data-version.ts';
import { acquireDataDirLock, DataDirBusyError, LOCK_FILE, readLockHolder, type DataDirLock } from '../../db/data-dir-lock.ts';
import { verifyAuditChain, type AuditAnchor, type ChainReport } from '../../modules/audit/index.ts';
import { InputError } from '../../shared/errors.ts';
import { checkBackupKind, type BackupKind } from './backup-format.ts';
import { corruptBackup, isSouseiFile, readDataDirBackup } from './data-dir-archive.ts';
import { databaseContents, type DatabaseContents } from './database-contents.ts';
import type { DatabaseConfig } from './open-for-backup.ts';
import { findPostgresTool, libpqConnection, runPostgresTool } from './postgres-tools.ts';

export interface RestoreOptions {
  /** replace a target that holds data (PGlite: moved aside, not deleted) */
  force?: boolean;
  /** audit heads kept from the backup (or later): the restored log must still contain them */
  anchors?: readonly AuditAnchor[];
  /** the backup's file name, for messages */
  file?: string;
  /** pg_restore to use (server mode); default: the newest installed */
  pgRestore?: string;
}

export interface RestoreReport extends DatabaseContents {
  kind: BackupKind;
  /** the restored database (never with a password) */
  location: string;
  /** whether data that was there has been replaced */
  replaced: boolean;
  /** PGlite: where the data directory that was there has been moved */
  previous: string | null;
  duration_ms: number;
  /** the audit chain of the restored database */
  chain: ChainReport;
}

const issue = (file: string | undefined, code: string, reason: string) => InputError.single({ file, code, reason });

/** Opens the restored database as the platform does, migrates it, verifies the chain, counts. */
async function openAndVerify(opts: DatabaseOptions, anchors: readonly AuditAnchor[] | undefined): Promise<DatabaseContents & { chain: ChainReport }> {
  const handle = await openDatabase({ ...opts, purpose: 'restore' });
  try {
    await handle.migrate();
    // Servers running on the same PostgreSQL drop their cached bodies.
    await announceDataChanged(handle.db);
    const chain = await verifyAuditChain(handle.db, { anchors });
    return { chain, ...(await databaseContents(handle.db)) };
  } finally {
    await handle.close();
  }
}

function asideName(dir: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let i = 1; ; i++) {
    const name = `${dir}.before-restore-${stamp}${i > 1 ? `-${i}` : ''}`;
    if (!existsSync(name)) return name;
  }
}

/** Our lock file inside a directory we moved (it went along with the directory). */
function dropOwnLock(dir: string): void {
  if (readLockHolder(dir)?.pid === process.pid) rmSync(join(dir, LOCK_FILE), { force: true });
}

/** The restore's lock on the target directory; a directory held by a server is refused in words. */
function acquireRestoreLock(dataDir: string, created: boolean, file: string | undefined): DataDirLock {
  try {
    return acquireDataDirLock(dataDir, 'restore');
  } catch (e) {
    if (created) rmdirSync(dataDir);
    if (e instanceof DataDirBusyError)
      throw issue(
        file,
        'data_dir_in_use',
        `${e.message.replace(/終了を待ってから再実行してください$/, '')}サーバーを停止してから復元してください（稼働中のデータディレクトリには復元できません）`,
      );
    throw e;
  }
}

/**
 * Moves the target's current data to <dir>.before-restore-<time> and holds a fresh, empty
 * directory in its place; on any failure the directory is put back as it was.
 */
function moveAside(dataDir: string, held: DataDirLock, file: string | undefined): { previous: string; lock: DataDirLock } {
  const aside = asideName(dataDir);
  try {
    renameSync(dataDir, aside); // our lock goes along: the directory stays held
  } catch (e) {
    throw issue(
      file,
      'cannot_move_aside',
      `データディレクトリ ${dataDir} を ${aside} に移せません（${(e as NodeJS.ErrnoException).code}: マウントポイントなど）。空のデータディレクトリを指定して復元してください`,
    );
  }
  held.release(); // its file is in the moved directory now: nothing is removed here
  mkdirSync(dataDir, { mode: 0o700 });
  let lock: DataDirLock;
  try {
    lock = acquireDataDirLock(dataDir, 'restore');
  } catch (e) {
    rmdirSync(dataDir);
    renameSync(aside, dataDir);
    dropOwnLock(dataDir);
    throw e;
  }
  dropOwnLock(aside);
  return { previous: aside, lock };
}

async function restorePglite(config: DatabaseConfig, bytes: Uint8Array, opts: RestoreOptions): Promise<Omit<RestoreReport, 'duration_ms'>> {
  const { file } = opts;
  if (config.SOUSEI_DATA_DIR.includes('://')) throw issue(file, 'not_a_directory', `復元先にはデータディレクトリを指定してください: ${config.SOUSEI_DATA_DIR}`);
  // The whole backup is read and checked before the target is touched.
  const { tar } = await readDataDirBackup(bytes, file);
  const dataDir = resolve(config.SOUSEI_DATA_DIR);
  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let lock = acquireRestoreLock(dataDir, created, file);
  let previous: string | null = null;
  /** Puts the target back as it was: removes what the restore wrote, returns the old directory. */
  const undo = () => {
    for (const name of readdirSync(dataDir)) if (!isSouseiFile(name)) rmSync(join(dataDir, name), { recursive: true, force: true });
    if (previous) {
      rmSync(dataDir, { recursive: true, force: true }); // only our lock is left in it
      renameSync(previous, dataDir);
      dropOwnLock(dataDir);
    } else if (created) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (readdirSync(dataDir).some((n) => !isSouseiFile(n))) {
      if (!opts.force) {
        throw issue(
          file,
          'target_not_empty',
          `復元先のデータディレクトリ ${dataDir} にはデータがあります。--force を指定すると、今のデータを ${dataDir}.before-restore-<日時> に退避してから復元します`,
        );
      }
      ({ previous, lock } = moveAside(dataDir, lock, file));
    }
    try {
      const pg = await PGlite.create({ dataDir, loadDataDir: new Blob([tar]) });
      await pg.close();
    } catch (e) {
      undo();
      throw issue(
        file,
        'backup_unusable',
        `バックアップからデータベースを開けませんでした（${(e as Error).message}）。この版の Sousei（PGlite）と互換性のないバックアップかもしれません。復元先は元のままです`,
      );
    }
  } finally {
    lock.release();
  }
  let verified: DatabaseContents & { chain: ChainReport };
  try {
    verified = await openAndVerify({ dataDir }, opts.anchors);
  } catch (e) {
    if (e instanceof DataDirBusyError) throw e; // someone opened it meanwhile: leave it to them
    undo();
    throw new Error(`復元したデータベースを開けませんでした（移行に失敗: ${(e as Error).message}）。復元先は元に戻しました`, { cause: e });
  }
  return { kind: 'pglite', location: dataDir, replaced: previous !== null, previous, ...verified };
}

/** Tables of Sousei already in the target database (public schema and the migration history). */
async function souseiTables(url: string): Promise<number> {
  const handle = await openDatabase({ databaseUrl: url });
  try {
    const r = (await handle.db.execute(sql`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p')`)) as unknown as { rows: Array<{ n: number }> };
    return r.rows[0]!.n;
  } finally {
    await handle.close();
  }
}

const firstLines = (s: string, n = 20) => {
  const lines = s.split('\n');
  return lines.length > n ? `${lines.slice(0, n).join('\n')}\n…` : s;
};

async function restorePostgres(config: DatabaseConfig & { DATABASE_URL: string }, bytes: Uint8Array, opts: RestoreOptions): Promise<Omit<RestoreReport, 'duration_ms'>> {
  const { file } = opts;
  const ownerUrl = config.DATABASE_OWNER_URL ?? config.DATABASE_URL;
  const pgRestore = opts.pgRestore ?? findPostgresTool('pg_restore');
  // pg_restore needs a seekable file; it holds password hashes: a private directory, removed after.
  const dir = mkdtempSync(join(tmpdir(), 'sousei-restore-'));
  const path = join(dir, 'backup.dump');
  let existing: number;
  try {
    writeFileSync(path, bytes, { mode: 0o600 });
    const list = await runPostgresTool(pgRestore, ['--list', path]);
    if (list.code !== 0) throw corruptBackup(file, firstLines(list.stderr) || `pg_restore --list: 終了コード ${list.code}`);
    existing = await souseiTables(ownerUrl);
    if (existing > 0 && !opts.force) {
      throw issue(
        file,
        'target_not_empty',
        `復元先のデータベース ${redact(config.DATABASE_URL)} には Sousei のテーブルがあります（${existing}個）。置き換えるには --force を指定してください（先に sousei backup で今のデータを保存してください）`,
      );
    }
    const run = await runPostgresTool(pgRestore, ['--clean', '--if-exists', '--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', path], libpqConnection(ownerUrl));
    if (run.code !== 0) {
      throw issue(file, 'restore_failed', `pg_restore が失敗しました。復元は1つのトランザクションで行うため、復元先のデータベースは変更されていません:\n${firstLines(run.stderr)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const verified = await openAndVerify({ databaseUrl: config.DATABASE_URL, ownerUrl: config.DATABASE_OWNER_URL }, opts.anchors);
  return { kind: 'postgres', location: redact(config.DATABASE_URL), replaced: existing > 0, previous: null, ...verified };
}

export async function restoreBackup(config: DatabaseConfig, bytes: Uint8Array, opts: RestoreOptions = {}): Promise<RestoreReport> {
  const t0 = performance.now();
  const target: BackupKind = config.DATABASE_URL ? 'postgres' : 'pglite';
  checkBackupKind(bytes, target, opts.file);
  const report = config.DATABASE_URL ? await restorePostgres({ ...config, DATABASE_URL: config.DATABASE_URL }, bytes, opts) : await restorePglite(config, bytes, opts);
  return { ...report, duration_ms: Math.round(performance.now() - t0) };
}
