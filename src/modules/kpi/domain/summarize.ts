/**
 * Evaluation of a whole catalog and the counts the government publishes after verification:
 * per status class, per ①B progress band, and per logic-model node (a node counts the KPIs of
 * its whole subtree, so the goal row is the grand total).
 */
import type { Catalog, CatalogNode, NodeLevel } from './catalog.ts';
import { BANDS, STATUSES, evaluateKpi, type Band, type EvaluateOptions, type KpiEvaluation, type Status } from './evaluate.ts';
import { formatDay } from '../../../shared/periods.ts';

export type StatusCounts = Record<Status, number>;
export type BandCounts = Record<Band, number>;

export interface NodeSummary {
  node: string;
  name: string;
  level: NodeLevel;
  parent: string | null;
  /** KPIs attached to this node itself */
  own: number;
  /** KPIs of this node and all its descendants */
  total: number;
  by_status: StatusCounts;
  by_band: BandCounts;
}

export interface EvaluationSummary {
  as_of: string;
  total: number;
  by_status: StatusCounts;
  by_band: BandCounts;
  by_node: NodeSummary[];
}

export interface CatalogEvaluation {
  strategy: { id: string; name: string };
  as_of: string;
  kpis: KpiEvaluation[];
  summary: EvaluationSummary;
}

const zeroStatus = (): StatusCounts => ({ '1A': 0, '1B': 0, '1C': 0, '2': 0, '3': 0 });
const zeroBand = (): BandCounts => ({ '80-<100': 0, '50-<80': 0, '<50': 0 });

export function summarize(nodes: readonly CatalogNode[], results: readonly KpiEvaluation[], asOf: number): EvaluationSummary {
  const byStatus = zeroStatus();
  const byBand = zeroBand();
  const rows = new Map<string, NodeSummary>();
  for (const n of nodes) {
    rows.set(n.id, { node: n.id, name: n.name, level: n.level, parent: n.parent, own: 0, total: 0, by_status: zeroStatus(), by_band: zeroBand() });
  }
  for (const r of results) {
    byStatus[r.status]++;
    if (r.band) byBand[r.band]++;
    const own = rows.get(r.node);
    if (own) own.own++;
    // Walk up the tree; at most one step per node, which guards against a cycle in hand-made
    // catalogs without a Set per KPI (a walk longer than the node count has met a node twice).
    let steps = rows.size;
    for (let id: string | null = r.node; id !== null && steps-- > 0; ) {
      const row = rows.get(id);
      if (!row) break;
      row.total++;
      row.by_status[r.status]++;
      if (r.band) row.by_band[r.band]++;
      id = row.parent;
    }
  }
  return { as_of: formatDay(asOf), total: results.length, by_status: byStatus, by_band: byBand, by_node: [...rows.values()] };
}

export function evaluateCatalog(catalog: Catalog, asOf: number, opts?: EvaluateOptions): CatalogEvaluation {
  const o = catalog.references && !opts?.references ? { ...opts, references: catalog.references } : opts;
  const kpis = catalog.kpis.map((k) => evaluateKpi(k, asOf, o));
  return { strategy: catalog.strategy, as_of: formatDay(asOf), kpis, summary: summarize(catalog.nodes, kpis, asOf) };
}

export { STATUSES, BANDS };
