/**
 * The tamper-evident audit log, on both databases: every entry chained to its owner's previous
 * one by the database itself; `verifyAuditChain` names the first broken entry after edits,
 * deletions and insertions made the ways an attacker with database access would make them
 * (triggers disabled, session_replication_role = replica, the trigger dropped and re-created);
 * anchors catch a history cut short; the application's own role cannot do any of it; 200
 * concurrent writes to one cell leave a history that replays exactly to the stored value.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { auditHeads, listAudit, verifyAuditChain } from '../src/modules/audit/index.ts';
import { importFile, upsertObservations } from '../src/modules/kpi/index.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { asDatabaseOwner, createPostgresDatabase, describeEachDatabase, postgresAdminUrl } from './support/databases.ts';

const catalogFor = (id: string, owner: string) => {
  const c = JSON.parse(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8')) as { strategy: Record<string, unknown> };
  c.strategy = { ...c.strategy, id, owner_code: owner };
  return new TextEncoder().encode(JSON.stringify(c));
};

/** A strategy of its own owner with `n` audit entries: each tamper scenario breaks its own chain. */
async function ownerWithHistory(db: Database, id: string, owner: string, n: number) {
  await importFile(db, { bytes: catalogFor(id, owner), file: `${id}.json`, actor: 'test:setup' });
  for (let i = 1; i < n; i++) {
    await upsertObservations(db, id, [{ line: 1, kpiId: 'T-01', period: parsePeriod('FY2026'), value: 10_000 + i, flag: null, source: null, note: null }], {
      actor: `test:writer-${i}`,
    });
  }
}

/** What an attacker on the application's own connection would try. */
const TAMPERING = [
  sql`update audit_log set actor = 'mallory'`,
  sql`delete from audit_log`,
  sql`truncate audit_log`,
  sql`alter table audit_log disable trigger user`,
  sql`drop trigger audit_log_chain on audit_log`,
  sql`set session_replication_role = replica`,
];

/** The database refused (the reason is in the driver error, which drizzle wraps as `cause`). */
async function expectRefused(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(err, 'the statement should have been refused').not.toBeNull();
  expect(String(err!.cause?.message ?? err!.message)).toMatch(/permission denied|must be owner/);
}

const rows = async (db: Database, q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: Array<Record<string, unknown>> }).rows;

describeEachDatabase('audit chain', (database) => {
  const db = () => database().handle.db;
  const handle = () => database().handle;
  const brokenOf = async (owner: string) => (await verifyAuditChain(db(), { ownerCode: owner })).owners.find((o) => o.owner_code === owner)?.broken ?? null;

  it('chains every entry: seq 1…n per owner, each naming the previous hash, verified independently of the database functions', async () => {
    await ownerWithHistory(db(), 'chain-ok', '011002', 5);
    const entries = (await listAudit(db(), { ownerCode: '011002', limit: 100 })).reverse();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    const chain = await rows(db(), sql`select seq::int as seq, prev_hash, hash, audit_entry_hash(a) as sql_hash from audit_log a where owner_code = '011002' order by seq`);
    expect(chain[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prev_hash).toBe(chain[i - 1]!.hash);
    for (const c of chain) expect(c.sql_hash).toBe(c.hash);
    const report = await verifyAuditChain(db());
    expect(report.ok).toBe(true);
    expect(report.owners.find((o) => o.owner_code === '011002')).toMatchObject({ entries: 5, head: { seq: 5, hash: chain[4]!.hash }, broken: null });
    expect(report.checked).toBeGreaterThanOrEqual(5);
  });

  it('ignores whatever chain fields or time a client sends: the database sets them', async () => {
    await ownerWithHistory(db(), 'chain-forged', '012025', 1);
    await db().execute(sql`insert into audit_log (owner_code, actor, action, entity_type, entity_id, summary, seq, prev_hash, hash, occurred_at)
      values ('012025', 'mallory', 'x', 'strategy', 'chain-forged', 'forged', 99, ${'f'.repeat(64)}, ${'e'.repeat(64)}, '2000-01-01')`);
    const [e] = await listAudit(db(), { ownerCode: '012025', limit: 1 });
    expect(e).toMatchObject({ seq: 2, actor: 'mallory' });
    expect(new Date(e!.occurred_at).getFullYear()).toBeGreaterThan(2020);
    expect(await brokenOf('012025')).toBeNull();
  });

  it('an entry edited with the triggers disabled is named (hash_mismatch)', async () => {
    await ownerWithHistory(db(), 'chain-edit', '012033', 4);
    await asDatabaseOwner(handle(), async () => {
      await db().execute(sql`alter table audit_log disable trigger user`);
      await db().execute(sql`update audit_log set summary = '書き換えた' where owner_code = '012033' and seq = 2`);
      await db().execute(sql`alter table audit_log enable trigger user`);
    });
    expect(await brokenOf('012033')).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
  });

  it('an entry deleted under session_replication_role = replica is found (gap)', async () => {
    await ownerWithHistory(db(), 'chain-delete', '012041', 4);
    await asDatabaseOwner(handle(), async () => {
      await db().transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`delete from audit_log where owner_code = '012041' and seq = 3`);
      });
    });
    expect(await brokenOf('012041')).toMatchObject({ seq: 4, reason: 'gap' });
  });

  it('an entry inserted with the chain trigger dropped and re-created is found (broken_link)', async () => {
    await ownerWithHistory(db(), 'chain-insert', '012050', 3);
    await asDatabaseOwner(handle(), async () => {
      await db().execute(sql`drop trigger audit_log_chain on audit_log`);
      // Renumber around the forged entry as an attacker would, keeping seq without gaps.
      await db().execute(sql`alter table audit_log disable trigger user`);
      await db().execute(sql`update audit_log set seq = seq + 1000 where owner_code = '012050' and seq >= 2`);
      await db().execute(sql`update audit_log set seq = seq - 999 where owner_code = '012050' and seq >= 1000`);
      await db().execute(sql`insert into audit_log (owner_code, actor, action, entity_type, entity_id, summary, seq, prev_hash, hash)
        select '012050', 'mallory', 'observations.upsert', 'strategy', 'chain-insert', '挿入した', 2, hash, repeat('a', 64) from audit_log where owner_code = '012050' and seq = 1`);
      await db().execute(sql`update audit_log a set hash = audit_entry_hash(a) where owner_code = '012050' and seq = 2`);
      await db().execute(sql`alter table audit_log enable trigger user`);
      await db().execute(sql`create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain()`);
    });
    expect(await brokenOf('012050')).toMatchObject({ seq: 3, reason: 'broken_link' });
  });

  it('anchors recorded earlier catch a history cut short or rewritten as a whole', async () => {
    await ownerWithHistory(db(), 'chain-anchor', '012068', 4);
    const anchors = await auditHeads(db(), '012068');
    expect(anchors).toEqual([expect.objectContaining({ owner_code: '012068', seq: 4 })]);
    expect((await verifyAuditChain(db(), { ownerCode: '012068', anchors })).ok).toBe(true);
    await asDatabaseOwner(handle(), async () => {
      await db().execute(sql`alter table audit_log disable trigger user`);
      await db().execute(sql`delete from audit_log where owner_code = '012068' and seq = 4`);
      await db().execute(sql`alter table audit_log enable trigger user`);
    });
    // Without the anchor the shortened chain looks whole; with it the cut is named.
    expect(await brokenOf('012068')).toBeNull();
    const report = await verifyAuditChain(db(), { ownerCode: '012068', anchors });
    expect(report.ok).toBe(false);
    expect(report.owners[0]!.broken).toMatchObject({ seq: 4, reason: 'anchor_missing' });
  });
});

describe('audit log on PGlite', () => {
  it('the application role (sousei_app, after migrations) cannot change, remove or unchain audit entries', async () => {
    const handle = await openDatabase({ dataDir: 'memory://' });
    try {
      expect(await handle.migrate()).toEqual({ appRole: 'sousei_app', separated: true });
      await db_insert(handle.db);
      for (const attempt of TAMPERING) await expectRefused(handle.db.execute(attempt));
      expect((await verifyAuditChain(handle.db)).ok).toBe(true);
    } finally {
      await handle.close();
    }
  });
});

const db_insert = (db: Database) =>
  db.execute(sql`insert into audit_log (owner_code, actor, action, entity_type, entity_id, summary) values ('000000', 'test', 'x', 'strategy', 's', 'an entry')`);

describe.skipIf(postgresAdminUrl() === null)('audit log on PostgreSQL with separate owner and application roles', () => {
  it('migrates as the owner, grants the app role INSERT and SELECT only on audit_log, and the app role cannot tamper', async () => {
    const admin = postgresAdminUrl()!;
    const { url, drop } = await createPostgresDatabase(admin);
    const suffix = Math.random().toString(36).slice(2, 8);
    const ownerRole = `sousei_owner_${suffix}`;
    const appRole = `sousei_web_${suffix}`;
    const dbName = new URL(url).pathname.slice(1);
    const superClient = new pg.Client({ connectionString: url });
    await superClient.connect();
    await superClient.query(`create role ${ownerRole} login password 'owner-pw'`);
    await superClient.query(`create role ${appRole} login password 'app-pw'`);
    await superClient.query(`alter database ${dbName} owner to ${ownerRole}`);
    await superClient.query(`alter schema public owner to ${ownerRole}`);
    const withUser = (user: string, pw: string) => {
      const u = new URL(url);
      u.username = user;
      u.password = pw;
      return u.toString();
    };
    const handle = await openDatabase({ databaseUrl: withUser(appRole, 'app-pw'), ownerUrl: withUser(ownerRole, 'owner-pw') });
    try {
      const protection = await handle.migrate();
      expect(protection).toEqual({ appRole, separated: true });
      const { loadReferenceData } = await import('../src/platform/reference-data.ts');
      await loadReferenceData(handle.db, undefined, { statistics: false });
      await ownerWithHistory(handle.db, 'roles', '011002', 3);
      for (const attempt of TAMPERING) await expectRefused(handle.db.execute(attempt));
      expect((await verifyAuditChain(handle.db)).ok).toBe(true);
      // A single-role set-up is reported as not separated (the platform logs a warning).
      const single = await openDatabase({ databaseUrl: withUser(ownerRole, 'owner-pw') });
      try {
        expect((await single.migrate()).separated).toBe(false);
      } finally {
        await single.close();
      }
    } finally {
      await handle.close();
      await superClient.end();
      await drop();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop role if exists ${appRole}`);
      await c.query(`drop role if exists ${ownerRole}`);
      await c.end();
    }
  });

  it('200 concurrent writes to one KPI and period record a history that replays exactly to the stored value', async () => {
    const { url, drop } = await createPostgresDatabase(postgresAdminUrl()!);
    const handle = await openDatabase({ databaseUrl: url });
    try {
      await handle.migrate();
      const { loadReferenceData } = await import('../src/platform/reference-data.ts');
      await loadReferenceData(handle.db, undefined, { statistics: false });
      await importFile(handle.db, { bytes: catalogFor('race', '011002'), file: 'race.json', actor: 'test:setup' });
      const period = parsePeriod('FY2027');
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          upsertObservations(handle.db, 'race', [{ line: 1, kpiId: 'T-01', period, value: 20_000 + i, flag: null, source: null, note: null }], { actor: `test:writer-${i}` }),
        ),
      );
      const history = (await listAudit(handle.db, { ownerCode: '011002', limit: 1000 })).reverse().filter((e) => e.action === 'observations.upsert');
      expect(history).toHaveLength(200);
      const changes = history.map((e) => (e.details as { changes: Array<{ kpi: string; period: string; from: number | null; to: number }> }).changes[0]!);
      expect(changes[0]!.from).toBeNull();
      expect(changes.filter((c) => c.from === null)).toHaveLength(1);
      for (let i = 1; i < changes.length; i++) expect(changes[i]!.from).toBe(changes[i - 1]!.to);
      const stored = await rows(handle.db, sql`select value from kpi_observations where strategy_id = 'race' and kpi_id = 'T-01' and period = 'FY2027'`);
      expect(stored[0]!.value).toBe(changes.at(-1)!.to);
      expect((await verifyAuditChain(handle.db, { ownerCode: '011002' })).ok).toBe(true);
    } finally {
      await handle.close();
      await drop();
    }
  });
});

describeEachDatabase(
  'audit chain migration',
  (database) => {
    it('chains the entries an earlier version wrote (migration 0005 backfill), in the order they were written', async () => {
      // The migrations up to 0004 by hand, legacy entries, then 0005 — as an upgrade would run them.
      const db = database().handle.db;
      const migration = (tag: string) => readFileSync(new URL(`../drizzle/${tag}.sql`, import.meta.url), 'utf8').split('--> statement-breakpoint');
      await asDatabaseOwner(database().handle, async () => {
        for (const s of ['drop schema public cascade', 'create schema public', 'drop schema if exists drizzle cascade']) await db.execute(sql.raw(s));
        for (const tag of ['0000_initial', '0001_audit_log_append_only', '0002_strategy_revision_and_document', '0003_users_and_sessions', '0004_indicator_store']) {
          for (const s of migration(tag)) if (s.trim()) await db.execute(sql.raw(s));
        }
        for (const [owner, n] of [
          ['000000', 3],
          ['011002', 2],
        ] as const) {
          for (let i = 0; i < n; i++)
            await db.execute(
              sql`insert into audit_log (owner_code, actor, action, entity_type, entity_id, summary, details) values (${owner}, 'legacy', 'catalog.create', 'strategy', 's', ${`古い記録 ${i}`}, ${JSON.stringify({ i, note: 'a"b\n' })}::jsonb)`,
            );
        }
        for (const s of migration('0005_audit_chain')) if (s.trim()) await db.execute(sql.raw(s));
      });
      // (as the owner: the recreated schema has no grants for the application role)
      const report = await asDatabaseOwner(database().handle, () => verifyAuditChain(db));
      expect(report.ok).toBe(true);
      expect(report.owners.map((o) => [o.owner_code, o.entries, o.head?.seq])).toEqual([
        ['000000', 3, 3],
        ['011002', 2, 2],
      ]);
      const legacy = await asDatabaseOwner(database().handle, () => rows(db, sql`select seq::int as seq, summary from audit_log where owner_code = '000000' order by seq`));
      expect(legacy.map((r) => r.summary)).toEqual(['古い記録 0', '古い記録 1', '古い記録 2']);
    });
  },
  { reference: false },
);
