/**
 * KPIs fed by published statistics: a KPI bound to a series (indicator × area) takes the series'
 * values as its observations, so nobody re-types numbers published elsewhere. Syncing runs in
 * the importer's transaction (the statistics module's afterStatisticsImport point): new
 * statistics and the KPI observations they feed commit together.
 */
import type { Database } from '../../db/client.ts';
import { parsePeriod } from '../../shared/periods.ts';
import { lockStrategies, upsertObservations, type ObservationRow } from '../kpi/index.ts';
import type { AfterStatisticsImport } from '../statistics/index.ts';
import { bindingsOfIndicators, findIndicator, referenceBindingsOfIndicators, seriesFigures } from './repository.ts';
import { syncReferenceBindings } from './sync-reference-bindings.ts';

const SYSTEM_ACTOR = 'system:statistics-binding';

/** Copies the bound series' values into the KPIs' observations (added or revised, never deleted). */
export async function syncKpiBindings(db: Database, indicatorCodes?: readonly string[], only?: { strategy: string; kpi: string }): Promise<{ bindings: number; written: number }> {
  const bindings = (await bindingsOfIndicators(db, indicatorCodes)).filter((b) => !only || (b.strategyId === only.strategy && b.kpiId === only.kpi));
  // Every strategy this sync writes is locked first, in one order (see lockStrategies).
  await lockStrategies(
    db,
    bindings.map((b) => ({ owner: b.ownerCode, id: b.strategyId })),
  );
  let written = 0;
  for (const b of bindings) {
    const ind = await findIndicator(db, b.indicatorCode);
    if (!ind) continue;
    const values = await seriesFigures(db, b.indicatorCode, b.areaCode);
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

/**
 * The contribution to statistics' afterStatisticsImport: sync the imported indicators' bindings,
 * own values and reference series (counted as bindings; a changed series as one record). Every
 * strategy either writes is locked first, in one order, before any audit entry.
 */
export const syncAfterStatisticsImport: AfterStatisticsImport = async (tx, imported) => {
  const [own, refs] = await Promise.all([bindingsOfIndicators(tx, imported.indicators), referenceBindingsOfIndicators(tx, imported.indicators)]);
  await lockStrategies(
    tx,
    [...own, ...refs].map((b) => ({ owner: b.ownerCode, id: b.strategyId })),
  );
  const r = await syncReferenceBindings(tx, imported.indicators);
  const o = await syncKpiBindings(tx, imported.indicators);
  return { bindings: o.bindings + r.references, written: o.written + r.changed };
};
