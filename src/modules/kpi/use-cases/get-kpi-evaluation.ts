/** One KPI (or a component: each has its own page) in the interchange format, with its evaluation. */
import { NotFoundError } from '../../../shared/errors.ts';
import type { CatalogCache } from '../catalog-cache.ts';
import { evaluateKpi, type KpiEvaluation } from '../domain/evaluate.ts';
import { catalogToJson } from '../interchange/write-catalog.ts';

export async function getKpiEvaluation(
  catalogs: CatalogCache,
  strategyId: string,
  kpiId: string,
  asOf: number,
): Promise<{ kpi: Record<string, unknown>; evaluation: KpiEvaluation }> {
  const catalog = await catalogs.get(strategyId);
  const kpi = catalog.kpis.flatMap((k) => [k, ...k.components]).find((k) => k.id === kpiId);
  if (!kpi) throw new NotFoundError(`KPI「${kpiId}」は戦略「${strategyId}」にありません`);
  const json = catalogToJson({ ...catalog, kpis: [kpi] }) as { kpis: Record<string, unknown>[] };
  return { kpi: json.kpis[0]!, evaluation: evaluateKpi(kpi, asOf) };
}
