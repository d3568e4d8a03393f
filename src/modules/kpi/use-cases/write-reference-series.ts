/**
 * Stores the series a KPI's relative target is compared with (or removes it: `null`). The
 * caller (kpi-bindings) holds the strategy's lock and writes the audit entry; this bumps the
 * strategy's revision when anything changed, so cached catalogs and evaluations are reloaded.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import type { ObservationFlag } from '../domain/catalog.ts';
import { kpiReferenceObservations, strategies } from '../schema.ts';

export interface ReferenceSeriesInput {
  /** shown in the evaluation, e.g. 合計特殊出生率（全国 00000） */
  name: string;
  source: string | null;
  values: ReadonlyArray<{ period: string; value: number; flag: ObservationFlag | null }>;
}

type Tx = Pick<Database, 'select' | 'insert' | 'delete' | 'update'>;

/** Replaces the KPI's reference values; true when they changed. */
export async function writeReferenceSeries(tx: Tx, key: { owner: string; strategy: string; kpi: string }, series: ReferenceSeriesInput | null): Promise<boolean> {
  const t = kpiReferenceObservations;
  const where = and(eq(t.ownerCode, key.owner), eq(t.strategyId, key.strategy), eq(t.kpiId, key.kpi));
  const before = await tx.select().from(t).where(where);
  const rows = (series?.values ?? []).map((v) => ({
    ownerCode: key.owner,
    strategyId: key.strategy,
    kpiId: key.kpi,
    period: v.period,
    value: v.value,
    flag: v.flag,
    name: series!.name,
    source: series!.source,
  }));
  if (sameRows(before, rows)) return false;
  await tx.delete(t).where(where);
  if (rows.length > 0) await tx.insert(t).values(rows);
  await tx
    .update(strategies)
    .set({ updatedAt: sql`now()`, revision: sql`${strategies.revision} + 1` })
    .where(and(eq(strategies.ownerCode, key.owner), eq(strategies.id, key.strategy)));
  return true;
}

type Row = typeof kpiReferenceObservations.$inferInsert;
const rowKey = (r: Row) => JSON.stringify([r.period, r.value, r.flag ?? null, r.name, r.source ?? null]);

function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(rowKey));
  return b.every((r) => keys.has(rowKey(r)));
}
