/**
 * Queries of the kpi-bindings module: the bindings table, and the bound series as the statistics
 * module stores them (its tables, through its index). Queries only: the use cases decide.
 */
import { and, count, countDistinct, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { indicators, indicatorValues, type IndicatorRow } from '../statistics/index.ts';
import { kpiBindings, kpiReferenceBindings } from './schema.ts';

export interface Binding {
  strategy: string;
  kpi: string;
  indicator: string;
  area: string;
}

export type BindingRow = typeof kpiBindings.$inferSelect;

/** Bindings of these indicators (all bindings without a list). */
export async function bindingsOfIndicators(db: Database, indicatorCodes?: readonly string[]): Promise<BindingRow[]> {
  return db
    .select()
    .from(kpiBindings)
    .where(indicatorCodes ? inArray(kpiBindings.indicatorCode, [...indicatorCodes]) : undefined);
}

/** Per indicator: how many KPIs are bound to it, and of how many governments. */
export async function bindingCountsByIndicator(db: Database): Promise<Array<{ indicator: string; kpis: number; governments: number }>> {
  return db
    .select({ indicator: kpiBindings.indicatorCode, kpis: count(), governments: countDistinct(kpiBindings.ownerCode) })
    .from(kpiBindings)
    .groupBy(kpiBindings.indicatorCode);
}

export async function bindingsOfStrategy(db: Database, strategy: string): Promise<Binding[]> {
  const rows = await db.select().from(kpiBindings).where(eq(kpiBindings.strategyId, strategy));
  return rows.map((r) => ({ strategy: r.strategyId, kpi: r.kpiId, indicator: r.indicatorCode, area: r.areaCode }));
}

export async function findIndicator(db: Database, code: string): Promise<IndicatorRow | undefined> {
  const [ind] = await db.select().from(indicators).where(eq(indicators.code, code));
  return ind;
}

/** The series' published figures (values that are null, i.e. non-figures, left out). */
export async function seriesFigures(db: Database, indicatorCode: string, areaCode: string) {
  return db
    .select({ period: indicatorValues.period, value: indicatorValues.value, flag: indicatorValues.flag })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorCode, indicatorCode), eq(indicatorValues.areaCode, areaCode), isNotNull(indicatorValues.value)));
}

/** Adds the binding, or points the KPI's existing one at the new series. */
export async function upsertBinding(tx: Pick<Database, 'insert'>, owner: string, b: Binding, actor: string): Promise<void> {
  await tx
    .insert(kpiBindings)
    .values({ ownerCode: owner, strategyId: b.strategy, kpiId: b.kpi, indicatorCode: b.indicator, areaCode: b.area, createdBy: actor })
    .onConflictDoUpdate({ target: [kpiBindings.ownerCode, kpiBindings.strategyId, kpiBindings.kpiId], set: { indicatorCode: b.indicator, areaCode: b.area, createdBy: actor } });
}

/** Removes the KPI's binding; how many rows went (0 or 1). */
export async function deleteBinding(tx: Pick<Database, 'delete'>, owner: string, strategy: string, kpi: string): Promise<number> {
  const deleted = await tx
    .delete(kpiBindings)
    .where(and(eq(kpiBindings.ownerCode, owner), eq(kpiBindings.strategyId, strategy), eq(kpiBindings.kpiId, kpi)))
    .returning();
  return deleted.length;
}

export type ReferenceBindingRow = typeof kpiReferenceBindings.$inferSelect;

/** Reference bindings of these indicators (all without a list). */
export async function referenceBindingsOfIndicators(db: Database, indicatorCodes?: readonly string[]): Promise<ReferenceBindingRow[]> {
  return db
    .select()
    .from(kpiReferenceBindings)
    .where(indicatorCodes ? inArray(kpiReferenceBindings.indicatorCode, [...indicatorCodes]) : undefined);
}

export async function referenceBindingsOfStrategy(db: Database, strategy: string): Promise<Binding[]> {
  const rows = await db.select().from(kpiReferenceBindings).where(eq(kpiReferenceBindings.strategyId, strategy));
  return rows.map((r) => ({ strategy: r.strategyId, kpi: r.kpiId, indicator: r.indicatorCode, area: r.areaCode }));
}

/** Adds the KPI's reference binding, or points it at the new series. */
export async function upsertReferenceBinding(tx: Pick<Database, 'insert'>, owner: string, b: Binding, actor: string): Promise<void> {
  const t = kpiReferenceBindings;
  await tx
    .insert(t)
    .values({ ownerCode: owner, strategyId: b.strategy, kpiId: b.kpi, indicatorCode: b.indicator, areaCode: b.area, createdBy: actor })
    .onConflictDoUpdate({ target: [t.ownerCode, t.strategyId, t.kpiId], set: { indicatorCode: b.indicator, areaCode: b.area, createdBy: actor, createdAt: new Date() } });
}

/** Removes the KPI's reference binding; how many rows went (0 or 1). */
export async function deleteReferenceBinding(tx: Pick<Database, 'delete'>, owner: string, strategy: string, kpi: string): Promise<number> {
  const t = kpiReferenceBindings;
  const deleted = await tx
    .delete(t)
    .where(and(eq(t.ownerCode, owner), eq(t.strategyId, strategy), eq(t.kpiId, kpi)))
    .returning();
  return deleted.length;
}
