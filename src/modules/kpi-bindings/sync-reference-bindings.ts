/**
 * Reference series of relative targets (「全国平均以上」): a KPI's reference binding copies its
 * series' published figures into kpi's reference observations, replaced whole on every sync (a
 * reference is data to compare with, not the KPI's own record, so nothing needs keeping).
 */
import type { Database } from '../../db/client.ts';
import { lockStrategies, writeReferenceSeries, type ReferenceSeriesInput } from '../kpi/index.ts';
import { getArea } from '../local-gov/index.ts';
import { findIndicator, referenceBindingsOfIndicators, seriesFigures } from './repository.ts';

const FLAGS = { preliminary: 'preliminary', estimate: 'estimate', reference: 'reference' } as const;

/** The series as kpi stores it: name 「指標名（地域名 コード）」, published figures only. */
export async function referenceSeriesOf(db: Database, indicatorCode: string, areaCode: string): Promise<ReferenceSeriesInput | null> {
  const ind = await findIndicator(db, indicatorCode);
  if (!ind) return null;
  const area = await getArea(db, areaCode);
  const values = await seriesFigures(db, indicatorCode, areaCode);
  return {
    name: `${ind.nameJa}（${area ? `${area.name} ` : ''}${areaCode}）`,
    source: ind.source,
    values: values.map((v) => ({ period: v.period, value: v.value!, flag: v.flag && v.flag in FLAGS ? FLAGS[v.flag as keyof typeof FLAGS] : null })),
  };
}

/** Re-copies the reference series of these indicators (all without a list); how many changed. */
export async function syncReferenceBindings(
  db: Database,
  indicatorCodes?: readonly string[],
  only?: { strategy: string; kpi: string },
): Promise<{ references: number; changed: number }> {
  const bindings = (await referenceBindingsOfIndicators(db, indicatorCodes)).filter((b) => !only || (b.strategyId === only.strategy && b.kpiId === only.kpi));
  await lockStrategies(
    db,
    bindings.map((b) => ({ owner: b.ownerCode, id: b.strategyId })),
  );
  let changed = 0;
  for (const b of bindings) {
    const series = await referenceSeriesOf(db, b.indicatorCode, b.areaCode);
    if (series && (await writeReferenceSeries(db, { owner: b.ownerCode, strategy: b.strategyId, kpi: b.kpiId }, series))) changed++;
  }
  return { references: bindings.length, changed };
}
