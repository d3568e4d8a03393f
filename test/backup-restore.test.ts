/**
 * Backup and restore, on both databases: a database with reference data, statistics, users and
 * a session, a strategy with actuals and their audit trail is backed up and restored into a
 * fresh target, and every table of the public schema (found in information_schema, so a table
 * added later is covered too) is compared row by row with the source. Also: the audit chain
 * verifies after the restore (against the heads printed at backup time); a target that holds data
 * is refused without force and left as it was; force keeps the old PGlite directory aside;
 * a backup of one mode is refused in the other; a damaged file is refused and changes nothing;
 * and the real `sousei backup` / `sousei restore` commands.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseOptions } from '../src/db/client.ts';
import { appendAudit, auditHeads, verifyAuditChain } from '../src/modules/audit/index.ts';
import { createUser, signIn } from '../src/modules/auth/index.ts';
import { importFile, upsertObservations } from '../src/modules/kpi/index.ts';
import { importStatistics } from '../src/modules/statistics/imports/import-statistics.ts';
import { REFERENCE_INDICATORS } from '../src/modules/statistics/reference/reference-indicators.ts';
import { upsertIndicators } from '../src/modules/statistics/store/indicator-store.ts';
import { createBackup, restoreBackup, writeBackupFile, type BackupSummary } from '../src/platform/backup/index.ts';
import { libpqConnection, runPostgresTool } from '../src/platform/backup/postgres-tools.ts';
import type { DatabaseConfig } from '../src/platform/backup/open-for-backup.ts';
import { InputError } from '../src/shared/errors.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { asDatabaseOwner, createPostgresDatabase, openTestDatabase, postgresAdminUrl, type DatabaseKind } from './support/databases.ts';
import { rejection } from './support/db-snapshot.ts';
import { runSousei } from './support/sousei-cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sousei-backup-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** Every table of the public schema, each as its rows (JSON) in primary-key order. */
async function everyTable(db: Database): Promise<Record<string, string[]>> {
  const tables = rowsOf<{ t: string }>(
    await db.execute(sql`select table_name::text as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  ).map((r) => r.t);
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const pk = rowsOf<{ c: string }>(
      await db.execute(sql`
        select k.column_name::text as c from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
        where c.table_schema = 'public' and c.table_name = ${t} and c.constraint_type = 'PRIMARY KEY' order by k.ordinal_position`),
    ).map((r) => `t."${r.c}"`);
    const order = pk.length > 0 ? pk.join(', ') : '1';
    out[t] = rowsOf<{ j: string }>(await db.execute(sql.raw(`select to_jsonb(t)::text as j from public."${t}" t order by ${order}`))).map((r) => r.j);
  }
  return out;
}

async function withDatabase<T>(opts: DatabaseOptions, fn: (db: Database) => Promise<T>): Promise<T> {
  const h = await openDatabase(opts);
  try {
    await h.migrate();
    return await fn(h.db);
  } finally {
    await h.close();
  }
}

const catalog = readFileSync(join(ROOT, 'test/fixtures/catalog-small.json'));
const tidy = new TextEncoder().encode('area_code,period,indicator,value\n011002,2020,population,1973395\n011002,2021,population,1961575\n130001,2021,population,13988129\n');

/** Statistics, users with a session, a strategy with actuals: every kind of record, audited. */
async function populate(db: Database) {
  await upsertIndicators(db, [...REFERENCE_INDICATORS]);
  await importStatistics(db, { bytes: tidy, file: 'population.csv', actor: 'test:statistics' });
  await createUser(db, { email: 'admin@example.lg.jp', name: '内閣官房 事務局 山田', role: 'admin', orgCode: '000000', password: 'correct horse battery staple' });
  await createUser(db, { email: 'planner@city.example.lg.jp', name: '企画課 佐藤', role: 'editor', orgCode: '011002', password: 'another long passphrase 2026' });
  expect(await signIn(db, { email: 'planner@city.example.lg.jp', password: 'another long passphrase 2026', clientAddress: '127.0.0.1' })).toMatchObject({ ok: true });
  await importFile(db, { bytes: catalog, file: 'catalog-small.json', actor: 'test:setup' });
  await upsertObservations(db, 'test-strategy', [{ line: 1, kpiId: 'T-01', period: parsePeriod('FY2027'), value: 12_500, flag: null, source: 'テスト', note: null }], {
    actor: 'user:planner@city.example.lg.jp',
  });
}

/** Files (path, size, mtime) under a directory, to show that it was left as it was. */
function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((p) => {
      const st = statSync(join(dir, p));
      return `${p} ${st.size} ${st.mtimeMs}`;
    });
}

const asides = (dir: string) => readdirSync(dirname(dir)).filter((n) => n.startsWith(`${dir.split('/').pop()}.before-restore-`));

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

function expectSummaryMatches(summary: BackupSummary, tables: Record<string, string[]>) {
  expect(Object.fromEntries(summary.tables.map((t) => [t.table, t.rows]))).toEqual(Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])));
}

/** A backup taken while writes go on (before, during and after it): its summary must describe exactly what it holds. */
async function backupDuringWrites(db: Database, handle: Parameters<typeof createBackup>[0]) {
  let written = 0;
  let stop = false;
  const writer = (async () => {
    while (!stop) {
      await appendAudit(db, {
        ownerCode: '011002',
        actor: 'test:concurrent',
        action: 'test.write',
        entityType: 'test',
        entityId: String(written),
        summary: `同時の書き込み ${written}`,
      });
      written++;
      // PGlite answers in microtasks: let timers (and the backup) run between writes.
      await new Promise((r) => setImmediate(r));
    }
  })();
  const until = async (n: number) => {
    while (written < n) await new Promise((r) => setTimeout(r, 2));
  };
  await until(3);
  const taken = await createBackup(handle);
  await until(written + 3);
  stop = true;
  await writer;
  const head = (heads: Array<{ owner_code: string; seq: number }>) => heads.find((h) => h.owner_code === '011002')!.seq;
  expect(head(taken.summary.audit_heads)).toBeLessThan(head(await auditHeads(db)));
  return taken;
}

/** Backups made by each suite, for the cross-mode refusals at the end. */
const backups: Partial<Record<DatabaseKind, Uint8Array>> = {};

const sousei = (args: string[], env: NodeJS.ProcessEnv) => runSousei(args, { env: { LOG_LEVEL: 'silent', ...env } });

describe('backup and restore [pglite]', () => {
  const sourceDir = join(work, 'source');
  const targetDir = join(work, 'target');
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let expected: Record<string, string[]>;
  let backup: { bytes: Uint8Array; summary: BackupSummary };
  const config = (dir: string): DatabaseConfig => ({ SOUSEI_DATA_DIR: dir, DATABASE_URL: undefined });

  beforeAll(async () => {
    source = await openTestDatabase('pglite', { statistics: false, dataDir: sourceDir });
    await populate(source.handle.db);
    expected = await everyTable(source.handle.db);
    backup = await createBackup(source.handle);
    backups.pglite = backup.bytes;
  });
  afterAll(async () => {
    await source?.dispose();
  });

  it('the backup is a gzip tarball of the live data directory, summarised: rows of every table and the audit heads', async () => {
    expect([...backup.bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(backup.summary).toMatchObject({ kind: 'pglite', location: sourceDir, bytes: backup.bytes.length });
    expectSummaryMatches(backup.summary, expected);
    for (const t of ['users', 'sessions', 'audit_log', 'indicator_values', 'kpi_observations', 'areas']) expect(expected[t]!.length, t).toBeGreaterThan(0);
    expect(backup.summary.audit_heads).toEqual(await auditHeads(source.handle.db));
    // The live instance keeps working as the application's role afterwards.
    expect(rowsOf<{ u: string }>(await source.handle.db.execute(sql`select current_user::text as u`))[0]!.u).toBe('sousei_app');
  });

  it('restores into a new data directory: every table equals the source, the audit chain verifies against the heads kept at backup time', async () => {
    const r = await restoreBackup(config(targetDir), backup.bytes, { anchors: backup.summary.audit_heads });
    expect(r).toMatchObject({ kind: 'pglite', location: targetDir, replaced: false, previous: null });
    expect(r.chain.ok).toBe(true);
    expect(r.chain.checked).toBe(expected.audit_log!.length);
    expect(r.audit_heads).toEqual(backup.summary.audit_heads);
    expect(readdirSync(targetDir)).not.toContain('sousei.lock'); // the source's lock did not come along
    await withDatabase({ dataDir: targetDir }, async (db) => {
      expect(await everyTable(db)).toEqual(expected);
      expect((await verifyAuditChain(db, { anchors: backup.summary.audit_heads })).ok).toBe(true);
    });
  });

  it('refuses a target that holds data (without --force) or is in use, and changes nothing', async () => {
    const before = listing(targetDir);
    const e = await refusal(restoreBackup(config(targetDir), backup.bytes));
    expect(e.issues[0]).toMatchObject({ code: 'target_not_empty' });
    expect(e.message).toContain('--force');
    expect(listing(targetDir)).toEqual(before);
    // The source is open in this process: its lock is held, as by a running server.
    const busy = await refusal(restoreBackup(config(sourceDir), backup.bytes, { force: true }));
    expect(busy.issues[0]).toMatchObject({ code: 'data_dir_in_use' });
    expect(busy.message).toContain('サーバーを停止してから復元してください');
    expect(asides(sourceDir)).toEqual([]);
    expect(asides(targetDir)).toEqual([]);
  });

  it('a truncated or damaged backup is refused with a clear message, and the target is left as it was (even with --force)', async () => {
    const before = listing(targetDir);
    const truncated = await refusal(restoreBackup(config(targetDir), backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2)), { force: true, file: 'half.tar.gz' }));
    expect(truncated.issues[0]).toMatchObject({ file: 'half.tar.gz', code: 'backup_corrupt' });
    expect(truncated.message).toContain('バックアップファイルが壊れているか、途中で切れています');
    const damaged = new Uint8Array(backup.bytes);
    for (let i = 0; i < 64; i++) {
      const at = Math.floor(damaged.length / 3) + i;
      damaged[at] = damaged[at]! ^ 0xff;
    }
    expect((await refusal(restoreBackup(config(targetDir), damaged, { force: true }))).issues[0]).toMatchObject({ code: 'backup_corrupt' });
    expect((await refusal(restoreBackup(config(targetDir), new TextEncoder().encode('not a backup'), { force: true }))).issues[0]).toMatchObject({ code: 'not_a_backup' });
    expect(listing(targetDir)).toEqual(before);
    expect(asides(targetDir)).toEqual([]);
    const fresh = join(work, 'never-created');
    await refusal(restoreBackup(config(fresh), backup.bytes.subarray(0, 1000)));
    expect(existsSync(fresh)).toBe(false);
  });

  it('--force moves the data directory aside to <dir>.before-restore-<time> (intact, never deleted) and restores the backup', async () => {
    await withDatabase({ dataDir: targetDir }, (db) =>
      createUser(db, { email: 'after-backup@example.lg.jp', name: 'バックアップ後', role: 'viewer', orgCode: '011002', password: 'written after the backup' }),
    );
    const r = await restoreBackup(config(targetDir), backup.bytes, { force: true });
    expect(r.replaced).toBe(true);
    expect(r.previous).toMatch(new RegExp(`^${targetDir}\\.before-restore-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z$`));
    expect(asides(targetDir)).toEqual([r.previous!.split('/').pop()]);
    expect(r.chain.ok).toBe(true);
    await withDatabase({ dataDir: r.previous! }, async (db) => {
      const emails = rowsOf<{ email: string }>(await db.execute(sql`select email from users order by email`)).map((u) => u.email);
      expect(emails).toContain('after-backup@example.lg.jp');
    });
    await withDatabase({ dataDir: targetDir }, async (db) => expect(await everyTable(db)).toEqual(expected));
  });

  it('writes a backup file whole, never over an existing one unless forced', () => {
    const f = join(work, 'written.tar.gz');
    writeBackupFile(f, backup.bytes);
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(Buffer.compare(readFileSync(f), backup.bytes)).toBe(0); // (not toEqual: slow on megabytes)
    const e = (() => {
      try {
        writeBackupFile(f, new Uint8Array([1, 2, 3]));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(readFileSync(f).length).toBe(backup.bytes.length);
    writeBackupFile(f, new Uint8Array([1, 2, 3]), { force: true });
    expect([...readFileSync(f)]).toEqual([1, 2, 3]);
    expect(readdirSync(work).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('sousei backup --out, then sousei restore: the real commands (a data directory prepared once)', async () => {
    // The target restored above is a closed, complete data directory: what the CLI backs up.
    const file = join(work, 'cli-backup.tar.gz');
    const b = await sousei(['backup', '--out', file], { SOUSEI_DATA_DIR: targetDir });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain(`バックアップを作成しました: ${file}`);
    expect(b.stdout).toContain('組み込みデータベース（PGlite）');
    expect(b.stdout).toMatch(/users\s+2\n/);
    for (const h of backup.summary.audit_heads) expect(b.stdout).toContain(h.hash);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restored = join(work, 'cli-restored');
    const r = await sousei(['restore', file], { SOUSEI_DATA_DIR: restored });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`復元しました: ${file} → 組み込みデータベース（PGlite） ${restored}`);
    expect(r.stdout).toContain(`監査ログのハッシュ連鎖: 検証できました（${expected.audit_log!.length}件`);
    await withDatabase({ dataDir: restored }, async (db) => expect(await everyTable(db)).toEqual(expected));
  });

  it('a backup taken while writes go on is consistent: its summary (rows, heads) is exactly what a restore gives back', async () => {
    const taken = await backupDuringWrites(source.handle.db, source.handle);
    const r = await restoreBackup(config(join(work, 'concurrent')), taken.bytes);
    expect(r.tables).toEqual(taken.summary.tables);
    expect(r.audit_heads).toEqual(taken.summary.audit_heads);
    expect(r.chain.ok).toBe(true);
  });

  it('a backup whose audit log was tampered with is restored all the same, and the report names the broken entry', async () => {
    const db = source.handle.db;
    await asDatabaseOwner(source.handle, async () => {
      await db.execute(sql`alter table audit_log disable trigger user`);
      await db.execute(sql`update audit_log set summary = '書き換えた' where owner_code = '011002' and seq = 1`);
      await db.execute(sql`alter table audit_log enable trigger user`);
    });
    const tampered = await createBackup(source.handle);
    const dir = join(work, 'tampered');
    const r = await restoreBackup(config(dir), tampered.bytes, { anchors: backup.summary.audit_heads });
    expect(r.chain.ok).toBe(false);
    expect(r.chain.owners.find((o) => o.owner_code === '011002')?.broken).toMatchObject({ seq: 1, reason: 'hash_mismatch' });
    await withDatabase({ dataDir: dir }, async (restored) => expect((await everyTable(restored)).users).toEqual(expected.users));
  });
});

describe.skipIf(postgresAdminUrl() === null)('backup and restore [postgres]', () => {
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let target: { url: string; drop: () => Promise<void> };
  let expected: Record<string, string[]>;
  let backup: { bytes: Uint8Array; summary: BackupSummary };
  const config = (url: string): DatabaseConfig => ({ SOUSEI_DATA_DIR: join(work, 'unused'), DATABASE_URL: url });

  beforeAll(async () => {
    source = await openTestDatabase('postgres', { statistics: false });
    await populate(source.handle.db);
    expected = await everyTable(source.handle.db);
    backup = await createBackup(source.handle);
    backups.postgres = backup.bytes;
    target = await createPostgresDatabase(postgresAdminUrl()!);
  });
  afterAll(async () => {
    await source?.dispose();
    await target?.drop();
  });

  it('the backup is a pg_dump custom archive, summarised: rows of every table and the audit heads', async () => {
    expect(Buffer.from(backup.bytes.subarray(0, 5)).toString('latin1')).toBe('PGDMP');
    expect(backup.summary.kind).toBe('postgres');
    expectSummaryMatches(backup.summary, expected);
    for (const t of ['users', 'sessions', 'audit_log', 'indicator_values', 'kpi_observations', 'areas']) expect(expected[t]!.length, t).toBeGreaterThan(0);
    expect(backup.summary.audit_heads).toEqual(await auditHeads(source.handle.db));
  });

  it('restores into a new database: every table equals the source, the audit chain verifies against the heads kept at backup time', async () => {
    const r = await restoreBackup(config(target.url), backup.bytes, { anchors: backup.summary.audit_heads });
    expect(r).toMatchObject({ kind: 'postgres', replaced: false, previous: null });
    expect(r.chain.ok).toBe(true);
    expect(r.chain.checked).toBe(expected.audit_log!.length);
    await withDatabase({ databaseUrl: target.url }, async (db) => expect(await everyTable(db)).toEqual(expected));
    // The restored log is still append-only and chained: the triggers came back.
    await withDatabase({ databaseUrl: target.url }, async (db) => {
      await db.execute(sql`insert into audit_log (owner_code, actor, action, entity_type, entity_id, summary) values ('000000', 'test', 'x', 'e', '1', 'after restore')`);
      expect((await verifyAuditChain(db)).ok).toBe(true);
      await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    });
  });

  it('refuses a database that holds Sousei tables without --force, and changes nothing', async () => {
    const before = await withDatabase({ databaseUrl: target.url }, everyTable);
    const e = await refusal(restoreBackup(config(target.url), backup.bytes));
    expect(e.issues[0]).toMatchObject({ code: 'target_not_empty' });
    expect(e.message).toContain('--force');
    expect(await withDatabase({ databaseUrl: target.url }, everyTable)).toEqual(before);
  });

  it('a truncated or damaged archive is refused with a clear message, and the database is left as it was (one transaction)', async () => {
    const before = await withDatabase({ databaseUrl: target.url }, everyTable);
    // Cut inside the table data: the table of contents reads, pg_restore fails half-way, all is rolled back.
    const late = await refusal(restoreBackup(config(target.url), backup.bytes.subarray(0, Math.floor(backup.bytes.length * 0.6)), { force: true }));
    expect(late.issues[0]).toMatchObject({ code: 'restore_failed' });
    expect(late.message).toContain('復元先のデータベースは変更されていません');
    const early = await refusal(restoreBackup(config(target.url), backup.bytes.subarray(0, 200), { force: true, file: 'cut.dump' }));
    expect(early.issues[0]).toMatchObject({ file: 'cut.dump', code: 'backup_corrupt' });
    expect(await withDatabase({ databaseUrl: target.url }, everyTable)).toEqual(before);
  });

  it('--force replaces a database (pg_restore --clean): the result equals the source again', async () => {
    await withDatabase({ databaseUrl: target.url }, (db) =>
      createUser(db, { email: 'after-backup@example.lg.jp', name: 'バックアップ後', role: 'viewer', orgCode: '011002', password: 'written after the backup' }),
    );
    const r = await restoreBackup(config(target.url), backup.bytes, { force: true });
    expect(r).toMatchObject({ replaced: true, previous: null });
    expect(r.chain.ok).toBe(true);
    await withDatabase({ databaseUrl: target.url }, async (db) => expect(await everyTable(db)).toEqual(expected));
  });

  it('a backup taken while writes go on is consistent (pg_dump on the snapshot of the summary): a restore gives back exactly its summary', async () => {
    const taken = await backupDuringWrites(source.handle.db, source.handle);
    const fresh = await createPostgresDatabase(postgresAdminUrl()!);
    try {
      const r = await restoreBackup(config(fresh.url), taken.bytes);
      expect(r.tables).toEqual(taken.summary.tables);
      expect(r.audit_heads).toEqual(taken.summary.audit_heads);
      expect(r.chain.ok).toBe(true);
    } finally {
      await fresh.drop();
    }
  });
});

describe('a backup of one database mode is refused in the other', () => {
  it.skipIf(postgresAdminUrl() === null)('PGlite backup into DATABASE_URL mode, pg_dump archive into a data directory: refused, targets unchanged', async () => {
    expect(backups.pglite && backups.postgres, 'both suites made their backups').toBeTruthy();
    const db = await createPostgresDatabase(postgresAdminUrl()!);
    try {
      const toServer = await refusal(restoreBackup({ SOUSEI_DATA_DIR: join(work, 'x'), DATABASE_URL: db.url }, backups.pglite!, { force: true }));
      expect(toServer.issues[0]).toMatchObject({ code: 'backup_kind_mismatch' });
      expect(toServer.message).toContain('このバックアップは組み込みデータベース（PGlite）のものです。--data-dir に復元してください');
      const h = await openDatabase({ databaseUrl: db.url });
      try {
        expect(rowsOf(await h.db.execute(sql`select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'`))).toEqual([]);
      } finally {
        await h.close();
      }
    } finally {
      await db.drop();
    }
    const dir = join(work, 'mismatch');
    const toDir = await refusal(restoreBackup({ SOUSEI_DATA_DIR: dir, DATABASE_URL: undefined }, backups.postgres!, { force: true }));
    expect(toDir.issues[0]).toMatchObject({ code: 'backup_kind_mismatch' });
    expect(toDir.message).toContain('このバックアップは PostgreSQL サーバー（pg_dump）のものです');
    expect(existsSync(dir)).toBe(false);
  });
});

describe('pg_dump / pg_restore connections', () => {
  it('the password goes in PGPASSWORD, never on the command line, and is removed from what the tools print', async () => {
    const c = libpqConnection('postgres://planner:s%40cret%2Fpw@db.example.lg.jp:5433/sousei?ssl=true&application_name=sousei');
    expect(c.dbname).not.toContain('cret');
    expect(c.dbname).toBe('postgres://planner@db.example.lg.jp:5433/sousei?application_name=sousei&sslmode=require');
    expect(c.env.PGPASSWORD).toBe('s@cret/pw');
    // A tool that prints the password it was given: the output shows *** instead.
    const run = await runPostgresTool('/bin/sh', ['-c', 'echo "password is $PGPASSWORD" >&2; echo "$@" >&2', 'sh'], c);
    expect(run.stderr).toContain('password is ***');
    expect(run.stderr).not.toContain('cret');
    expect(run.stderr).toContain('--dbname=postgres://planner@db.example.lg.jp:5433/sousei');
  });
});
