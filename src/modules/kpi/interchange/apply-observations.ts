import { comparePeriods } from '../../../shared/periods.ts';
import type { Catalog, CatalogKpi } from '../domain/catalog.ts';
import type { ObservationRow } from './read-observation-table.ts';

export function kpiIdsOfCatalog(c: Catalog): Set<string> {
  const ids = new Set<string>();
  const walk = (ks: CatalogKpi[]): void => {
    for (const k of ks) {
      ids.add(k.id);
      walk(k.components);
    }
  };
  walk(c.kpis);
  return ids;
}

/** A copy of the catalog with the rows' values added (a row for an existing period replaces it). */
export function applyObservations(c: Catalog, rows: ObservationRow[]): Catalog {
  const byKpi = new Map<string, ObservationRow[]>();
  for (const r of rows) if (r.value !== null) (byKpi.get(r.kpiId) ?? byKpi.set(r.kpiId, []).get(r.kpiId)!).push(r);
  const apply = (k: CatalogKpi): CatalogKpi => {
    const add = byKpi.get(k.id) ?? [];
    const labels = new Set(add.map((r) => r.period.label));
    const observations = [
      ...k.observations.filter((o) => !labels.has(o.period.label)),
      ...add.map((r) => ({ period: r.period, value: r.value!, flag: r.flag, source: r.source, note: r.note })),
    ].sort((a, b) => comparePeriods(a.period, b.period));
    return { ...k, observations, components: k.components.map(apply) };
  };
  return { ...c, kpis: c.kpis.map(apply) };
}
