/** Indicators that KPIs are bound to, with how many KPIs and governments: what can be compared. */
import type { Database } from '../../db/client.ts';
import type { StatisticsReader } from '../statistics/index.ts';
import { bindingCountsByIndicator } from './repository.ts';

export async function comparableIndicators(db: Database, stats: StatisticsReader) {
  const [catalog, counts] = await Promise.all([stats.catalog(), bindingCountsByIndicator(db)]);
  const byCode = new Map(counts.map((c) => [c.indicator, c]));
  // In the catalog's order (the announced order, then category), as every indicator picker shows them.
  return catalog.indicators.flatMap((i) => {
    const c = byCode.get(i.code);
    return c ? [{ code: i.code, name: i.name, unit: i.unit, category_label: i.category_label, kpi_count: c.kpis, government_count: c.governments }] : [];
  });
}
