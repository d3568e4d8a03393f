/** Whole-database snapshots, to prove that a failed import left everything as it was. */
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { auditLog } from '../../src/modules/audit/index.ts';
import { kpis, kpiTargets, nodes, observations, strategies } from '../../src/modules/kpi/index.ts';

export const count = async (db: Database, table: string) =>
  ((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;

/** Counts and full, ordered contents of every table an import may touch. */
export async function snapshot(db: Database) {
  return {
    counts: {
      strategies: await count(db, 'strategies'),
      strategy_nodes: await count(db, 'strategy_nodes'),
      kpis: await count(db, 'kpis'),
      kpi_targets: await count(db, 'kpi_targets'),
      kpi_observations: await count(db, 'kpi_observations'),
      audit_log: await count(db, 'audit_log'),
    },
    strategies: await db.select().from(strategies).orderBy(asc(strategies.ownerCode), asc(strategies.id)),
    nodes: await db.select().from(nodes).orderBy(asc(nodes.ownerCode), asc(nodes.strategyId), asc(nodes.id)),
    kpis: await db.select().from(kpis).orderBy(asc(kpis.ownerCode), asc(kpis.strategyId), asc(kpis.id)),
    kpiTargets: await db.select().from(kpiTargets).orderBy(asc(kpiTargets.ownerCode), asc(kpiTargets.strategyId), asc(kpiTargets.kpiId), asc(kpiTargets.seq)),
    observations: await db.select().from(observations).orderBy(asc(observations.ownerCode), asc(observations.strategyId), asc(observations.kpiId), asc(observations.period)),
    auditLog: await db.select().from(auditLog).orderBy(asc(auditLog.ownerCode), asc(auditLog.id)),
  };
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    (r) => {
      throw new Error(`expected the import to fail, got ${JSON.stringify(r)}`);
    },
    (e: unknown) => e,
  );
}

/**
 * Every table of the public schema, every row, in primary-key order (or all columns where there
 * is none): a table added later is covered without changing this.
 */
export async function snapshotAll(db: Database, opts: { except?: string[] } = {}) {
  const rows = async (q: string) => ((await db.execute(sql.raw(q))) as unknown as { rows: Array<Record<string, unknown>> }).rows;
  const tables = (await rows(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`))
    .map((r) => String(r.table_name))
    .filter((t) => !(opts.except ?? []).includes(t));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const pk = (
      await rows(
        `select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indrelid = '"${t}"'::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
      )
    ).map((r) => `"${String(r.attname)}"`);
    out[t] = await rows(`select * from "${t}" order by ${pk.length > 0 ? pk.join(', ') : '1'}`);
  }
  return out;
}
