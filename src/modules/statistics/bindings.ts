/**
 * KPIs fed by published statistics: a KPI bound to a series (indicator × area) takes the series'
 * values as its observations, so nobody re-types numbers published elsewhere. Syncing runs in
 * the importer's transaction: new statistics and the KPI observations they feed commit together.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { parsePeriod } from '../../shared/periods.ts';
import { appendAudit } from '../audit/index.ts';
import { findStrategyOwner, kpiIdsOf, lockStrategies, upsertObservations, type ObservationRow } from '../kpi/index.ts';
import { getArea } from '../local-gov/index.ts';
import { indicators, indicatorValues, kpiBindings } from './schema.ts';

export interface Binding {
  strategy: string;
  kpi: string;
  indicator: string;
  area: string;
}

const SYSTEM_ACTOR = 'system:statistics-binding';

/** Copies the bound series' values into the KPIs' observations (added or revised, never deleted). */
export async function syncKpiBindings(db: Database, indicatorCodes?: readonly string[], only?: { strategy: string; kpi: string }): Promise<{ bindings: number; written: number }> {
  const bindings = (await db
    .select()
    .from(kpiBindings)
    .where(indicatorCodes ? inArray(kpiBindings.indicatorCode, [...indicatorCodes]) : undefined)).filter((b) => !only || (b.strategyId === only.strategy && b.kpiId === only.kpi));
  // Every strategy this sync writes is locked first, in one order (see lockStrategies).
  await lockStrategies(db, bindings.map((b) => ({ owner: b.ownerCode, id: b.strategyId })));
  let written = 0;
  for (const b of bindings) {
    const [ind] = await db.select().from(indicators).where(eq(indicators.code, b.indicatorCode));
    if (!ind) continue;
    const values = await db
      .select({ period: indicatorValues.period, value: indicatorValues.value, flag: indicatorValues.flag })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorCode, b.indicatorCode), eq(indicatorValues.areaCode, b.areaCode), isNotNull(indicatorValues.value)));
    const rows: ObservationRow[] = values.map((v, i) => ({
      line: i + 1,
      kpiId: b.kpiId,
      period: parsePeriod(v.period),
      value: v.value,
      flag: v.flag === 'preliminary' ? 'preliminary' : v.flag === 'estimate' ? 'estimate' : v.flag === 'reference' ? 'reference' : null,
      source: ind.source,
      note: `統計から自動反映: ${ind.nameJa}（${b.areaCode}）`,
    }));
    if (rows.length === 0) continue;
    const r = await upsertObservations(db, b.strategyId, rows, { actor: SYSTEM_ACTOR, source: `indicator:${b.indicatorCode}/${b.areaCode}` });
    written += r.inserted + r.updated;
  }
  return { bindings: bindings.length, written };
}

export async function bindKpi(db: Database, b: Binding, actor: string): Promise<{ written: number }> {
  const owner = await findStrategyOwner(db, b.strategy);
  if (!owner) throw new NotFoundError(`戦略「${b.strategy}」はありません`);
  if (!(await kpiIdsOf(db, b.strategy)).has(b.kpi)) throw InputError.single({ column: 'kpi', code: 'unknown_kpi', reason: `KPI「${b.kpi}」はこの戦略にありません` });
  const [ind] = await db.select().from(indicators).where(eq(indicators.code, b.indicator));
  if (!ind) throw InputError.single({ column: 'indicator', code: 'unknown_indicator', reason: `指標「${b.indicator}」はありません` });
  if (!(await getArea(db, b.area))) throw InputError.single({ column: 'area', code: 'unknown_area', reason: `団体コード「${b.area}」の地域はありません` });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await lockStrategies(tx, [{ owner, id: b.strategy }]);
    await tx
      .insert(kpiBindings)
      .values({ ownerCode: owner, strategyId: b.strategy, kpiId: b.kpi, indicatorCode: b.indicator, areaCode: b.area, createdBy: actor })
      .onConflictDoUpdate({ target: [kpiBindings.ownerCode, kpiBindings.strategyId, kpiBindings.kpiId], set: { indicatorCode: b.indicator, areaCode: b.area, createdBy: actor } });
    await appendAudit(tx, {
      ownerCode: owner, actor, action: 'kpi.bind', entityType: 'strategy', entityId: b.strategy,
      summary: `KPI「${b.kpi}」を統計「${ind.nameJa}」（${b.area}）に連動`, details: { ...b },
    });
    const r = await syncKpiBindings(t, [b.indicator], { strategy: b.strategy, kpi: b.kpi });
    return { written: r.written };
  });
}

export async function unbindKpi(db: Database, strategy: string, kpi: string, actor: string): Promise<void> {
  const owner = await findStrategyOwner(db, strategy);
  if (!owner) throw new NotFoundError(`戦略「${strategy}」はありません`);
  await db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategy }]);
    const deleted = await tx.delete(kpiBindings).where(and(eq(kpiBindings.ownerCode, owner), eq(kpiBindings.strategyId, strategy), eq(kpiBindings.kpiId, kpi))).returning();
    if (deleted.length === 0) throw new NotFoundError(`KPI「${kpi}」は統計に連動していません`);
    await appendAudit(tx, { ownerCode: owner, actor, action: 'kpi.unbind', entityType: 'strategy', entityId: strategy, summary: `KPI「${kpi}」の統計連動を解除`, details: { kpi } });
  });
}

export async function bindingsOf(db: Database, strategy: string): Promise<Binding[]> {
  const rows = await db.select().from(kpiBindings).where(eq(kpiBindings.strategyId, strategy));
  return rows.map((r) => ({ strategy: r.strategyId, kpi: r.kpiId, indicator: r.indicatorCode, area: r.areaCode }));
}
