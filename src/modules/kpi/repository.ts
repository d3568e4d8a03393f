/**
 * Queries of the KPI module: strategies, owners, revisions, row locks, the stored catalog. The
 * writes (each one transaction with its audit entry) are use cases in use-cases/.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { comparePeriods, type Period } from '../../shared/periods.ts';
import type { Catalog, CatalogKpi, Extra, Observation, ObservationFlag, Target } from './domain/catalog.ts';
import { PeriodReader } from '../../shared/field-readers.ts';
import { setInStartOf } from './interchange/field-readers.ts';
import { kpiReferenceObservations, kpiTargets, kpis, nodes, observations, strategies } from './schema.ts';

export interface StrategyListItem {
  id: string;
  name: string;
  owner_code: string;
  kpi_count: number;
  observation_count: number;
  extra: Extra | null;
  updated_at: string;
}

export async function listStrategies(db: Database): Promise<StrategyListItem[]> {
  const rows = await db
    .select({
      id: strategies.id,
      name: strategies.name,
      owner_code: strategies.ownerCode,
      extra: strategies.extra,
      updated_at: strategies.updatedAt,
      // Qualified by hand: Drizzle leaves columns unqualified in a one-table select, which a
      // correlated subquery would read as its own columns.
      kpi_count: sql<number>`(select count(*)::int from ${kpis} k where k.owner_code = "strategies"."owner_code" and k.strategy_id = "strategies"."id" and k.parent_kpi_id is null)`,
      observation_count: sql<number>`(select count(*)::int from ${observations} o where o.owner_code = "strategies"."owner_code" and o.strategy_id = "strategies"."id")`,
    })
    .from(strategies)
    .orderBy(asc(strategies.id));
  return rows.map((r) => ({ ...r, extra: r.extra ?? null, updated_at: r.updated_at.toISOString() }));
}

/** Strategy ids are unique across owners (checked on import), so a URL needs only the id. */
export async function findStrategyOwner(db: Pick<Database, 'select'>, strategyId: string): Promise<string | null> {
  const rows = await db.select({ owner: strategies.ownerCode }).from(strategies).where(eq(strategies.id, strategyId)).limit(1);
  return rows[0]?.owner ?? null;
}

/**
 * Owner and a version stamp that changes with every write, or null when the strategy does not
 * exist. The creation time (to the microsecond) is part of the stamp because a strategy deleted
 * and created again starts its revision count anew. One indexed row: cheap.
 */
export async function strategyRevision(db: Database, strategyId: string): Promise<{ owner: string; version: string } | null> {
  const rows = await db
    .select({ owner: strategies.ownerCode, version: sql<string>`${strategies.revision}::text || '@' || ${strategies.createdAt}::text` })
    .from(strategies)
    .where(eq(strategies.id, strategyId))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Locks a strategy's row for the rest of the transaction. Every write to a strategy takes it
 * first, so the values it reads (the "before" of the audit entry) cannot change under it, and
 * concurrent writers of one strategy queue up. Lock order everywhere: strategy rows (sorted by
 * owner, id), then the audit chain (the per-owner lock the audit trigger takes).
 */
export async function lockStrategies(tx: Pick<Database, 'execute'>, keys: ReadonlyArray<{ owner: string; id: string }>): Promise<void> {
  const sorted = [...keys].sort((a, b) => a.owner.localeCompare(b.owner) || a.id.localeCompare(b.id));
  for (const k of sorted) await tx.execute(sql`select 1 from ${strategies} where ${strategies.ownerCode} = ${k.owner} and ${strategies.id} = ${k.id} for update`);
}

/** The owner (団体コード) of a stored strategy; NotFoundError when there is none. The one loader. */
export async function strategyOwnerOrNotFound(db: Pick<Database, 'select'>, strategyId: string): Promise<string> {
  const owner = await findStrategyOwner(db, strategyId);
  if (!owner) throw strategyNotFound(strategyId);
  return owner;
}

export const strategyNotFound = (strategyId: string) => new NotFoundError(`戦略「${strategyId}」はありません`);

/** The ids of a strategy's KPIs and components, for validating imported rows. */
export async function kpiIdsOf(db: Database, strategyId: string): Promise<Set<string>> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const rows = await db
    .select({ id: kpis.id })
    .from(kpis)
    .where(and(eq(kpis.ownerCode, owner), eq(kpis.strategyId, strategyId)));
  return new Set(rows.map((r) => r.id));
}

/** The catalog as stored, with periods parsed, ready for the engine and for export. */
export async function loadCatalog(db: Database, strategyId: string): Promise<Catalog> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const where = (t: { ownerCode: PgColumn; strategyId: PgColumn }) => and(eq(t.ownerCode, owner), eq(t.strategyId, strategyId));
  const [s] = await db
    .select()
    .from(strategies)
    .where(and(eq(strategies.ownerCode, owner), eq(strategies.id, strategyId)));
  const [nodeRows, kpiRows, targetRows, obsRows, refRows] = await Promise.all([
    db.select().from(nodes).where(where(nodes)).orderBy(asc(nodes.position)),
    db.select().from(kpis).where(where(kpis)).orderBy(asc(kpis.position)),
    db.select().from(kpiTargets).where(where(kpiTargets)).orderBy(asc(kpiTargets.seq)),
    db.select().from(observations).where(where(observations)),
    db.select().from(kpiReferenceObservations).where(where(kpiReferenceObservations)),
  ]);
  const periods = new PeriodReader();
  const parse = (label: string): Period => {
    const p = periods.read(label, () => undefined);
    if (!p) throw new Error(`stored period cannot be parsed: ${label}`);
    return p;
  };
  const byKpi = new Map<string, CatalogKpi>();
  for (const k of kpiRows) {
    byKpi.set(k.id, {
      id: k.id,
      node: k.nodeId,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      baseline: k.baselineValue !== null && k.baselinePeriod !== null ? { value: k.baselineValue, period: parse(k.baselinePeriod) } : null,
      targets: [],
      targetText: k.targetText,
      isNew: k.isNew,
      components: [],
      observations: [],
      extra: k.extra ?? undefined,
    });
  }
  for (const t of targetRows) {
    const target: Target = {
      value: t.value,
      period: t.period ? parse(t.period) : null,
      text: t.text,
      setIn: t.setIn,
      setInStart: setInStartOf(t.setIn),
      relativeTo: t.relativeTo,
      extra: t.extra ?? undefined,
    };
    byKpi.get(t.kpiId)?.targets.push(target);
  }
  for (const ob of obsRows) {
    byKpi.get(ob.kpiId)?.observations.push({ period: parse(ob.period), value: ob.value, flag: ob.flag as ObservationFlag | null, source: ob.source, note: ob.note });
  }
  const top: CatalogKpi[] = [];
  for (const k of kpiRows) {
    const kpi = byKpi.get(k.id)!;
    kpi.observations.sort((a, b) => comparePeriods(a.period, b.period));
    if (k.parentKpiId) byKpi.get(k.parentKpiId)?.components.push(kpi);
    else top.push(kpi);
  }
  const catalog: Catalog = {
    strategy: { id: s!.id, name: s!.name, extra: s!.extra ?? undefined },
    extra: s!.documentExtra ?? undefined,
    nodes: nodeRows.map((n) => ({ id: n.id, parent: n.parentId, level: n.level, name: n.name, extra: n.extra ?? undefined })),
    kpis: top,
  };
  if (refRows.length > 0) catalog.references = referencesOf(refRows, parse);
  return catalog;
}

/** The stored reference series by KPI id, each sorted by period. */
function referencesOf(rows: ReadonlyArray<typeof kpiReferenceObservations.$inferSelect>, parse: (label: string) => Period): NonNullable<Catalog['references']> {
  const refs = new Map<string, { name: string; observations: Observation[] }>();
  for (const r of rows) {
    const series = refs.get(r.kpiId) ?? { name: r.name, observations: [] };
    refs.set(r.kpiId, series);
    series.observations.push({ period: parse(r.period), value: r.value, flag: r.flag, source: r.source, note: null });
  }
  for (const series of refs.values()) series.observations.sort((a, b) => comparePeriods(a.period, b.period));
  return refs;
}

/** Node ids and KPI ids of a strategy, for validating a KPI table. */
export async function strategyKeys(db: Database, strategyId: string): Promise<{ nodeIds: Set<string>; kpiParents: Map<string, string | null> }> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const [n, k] = await Promise.all([
    db
      .select({ id: nodes.id })
      .from(nodes)
      .where(and(eq(nodes.ownerCode, owner), eq(nodes.strategyId, strategyId))),
    db
      .select({ id: kpis.id, parent: kpis.parentKpiId })
      .from(kpis)
      .where(and(eq(kpis.ownerCode, owner), eq(kpis.strategyId, strategyId))),
  ]);
  return { nodeIds: new Set(n.map((r) => r.id)), kpiParents: new Map(k.map((r) => [r.id, r.parent])) };
}
