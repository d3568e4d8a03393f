/**
 * A plan's KGIs and KPIs as a KPI catalog, so the KPI module's engine (evaluateCatalog) judges a
 * plan's progress exactly as it judges a comprehensive strategy's: the plan is the goal, its
 * KGIs sit under one impact node, each measure is an output node holding its KPIs, and KPIs
 * tied to no measure sit under 「その他のKPI」. Years are 年度 (FY), as plans set them.
 * Node ids carry a prefix (`plan:`, `measure:`) that plan ids cannot contain (parse-plan-content
 * allows only letters, digits, '-' and '_'), so a measure called 'kgi' cannot collide with them.
 */
import { type Period, comparePeriods, parsePeriod, tryParsePeriod } from '../../../shared/periods.ts';
import type { Baseline, Catalog, CatalogKpi, CatalogNode, Direction, Observation, ObservationFlag, Target } from '../../kpi/index.ts';
import type { Kgi, PlanContent, PlanKpi } from './plan-content.ts';
import type { PlanType } from './plan-types.ts';

/** One actual of a KGI or KPI, as progress rounds record it. */
export interface PlanActual {
  kpi_id: string;
  /** a period label the KPI module reads: 'FY2027', '2027-09', '2027' */
  period: string;
  value: number;
  flag?: ObservationFlag | null;
  source?: string | null;
  note?: string | null;
}

export const PLAN_NODE = 'plan';
export const KGI_NODE = 'plan:kgi';
export const OTHER_KPI_NODE = 'plan:other';
export const measureNodeId = (measureId: string): string => `measure:${measureId}`;

const fyPeriod = (fy: number): Period => parsePeriod(`FY${fy}`);

function baselineOf(k: Kgi | PlanKpi): Baseline | null {
  return k.baseline_value !== null && k.baseline_fy !== null ? { value: k.baseline_value, period: fyPeriod(k.baseline_fy) } : null;
}

// A target year without a value is no target the engine can judge, so only a value makes one.
function targetsOf(k: Kgi | PlanKpi): Target[] {
  if (k.target_value === null) return [];
  return [{ value: k.target_value, period: k.target_fy === null ? null : fyPeriod(k.target_fy), text: null, setIn: null, setInStart: null, relativeTo: null }];
}

function catalogKpi(k: Kgi | PlanKpi, node: string, direction: Direction, extra: Record<string, unknown>): CatalogKpi {
  return {
    id: k.id,
    node,
    name: k.name,
    unit: k.unit,
    direction,
    baseline: baselineOf(k),
    targets: targetsOf(k),
    targetText: null,
    isNew: false,
    components: [],
    observations: [],
    extra,
  };
}

/**
 * Actuals by KPI id, in period order; for two actuals of one period the later in the list wins
 * (a corrected figure). Unknown ids are ignored, and so are periods that cannot be read: rounds
 * store periods already validated, so such a row is stale data, not input to refuse here.
 */
function observationsById(actuals: readonly PlanActual[], known: ReadonlySet<string>): Map<string, Observation[]> {
  const byId = new Map<string, Map<string, Observation>>();
  for (const a of actuals) {
    if (!known.has(a.kpi_id) || !Number.isFinite(a.value)) continue;
    const period = tryParsePeriod(a.period);
    if (!period) continue;
    const series = byId.get(a.kpi_id) ?? new Map<string, Observation>();
    series.set(period.label, { period, value: a.value, flag: a.flag ?? null, source: a.source ?? null, note: a.note ?? null });
    byId.set(a.kpi_id, series);
  }
  return new Map([...byId].map(([id, s]) => [id, [...s.values()].sort((x, y) => comparePeriods(x.period, y.period))]));
}

function measureName(m: PlanContent['measures'][number], i: number): string {
  const text = m.issue || m.goal || m.instrument;
  return text ? `施策${i + 1}: ${text.length > 40 ? `${text.slice(0, 40)}…` : text}` : `施策${i + 1}（${m.id}）`;
}

function nodesOf(plan: { title: string }, content: PlanContent): CatalogNode[] {
  const nodes: CatalogNode[] = [
    { id: PLAN_NODE, parent: null, level: 'goal', name: plan.title },
    { id: KGI_NODE, parent: PLAN_NODE, level: 'impact', name: 'KGI' },
    ...content.measures.map((m, i): CatalogNode => ({ id: measureNodeId(m.id), parent: PLAN_NODE, level: 'output', name: measureName(m, i), extra: { measure_id: m.id } })),
  ];
  const measures = new Set(content.measures.map((m) => m.id));
  if (content.kpis.some((k) => k.measure_id === null || !measures.has(k.measure_id))) {
    nodes.push({ id: OTHER_KPI_NODE, parent: PLAN_NODE, level: 'output', name: 'その他のKPI' });
  }
  return nodes;
}

/** The plan's KGIs and KPIs with their actuals, as the KPI engine's catalog. */
export function planCatalog(plan: { id: string; title: string; type: PlanType }, content: PlanContent, actuals: readonly PlanActual[]): Catalog {
  const measures = new Set(content.measures.map((m) => m.id));
  // KGIs are all amounts or counts to raise (投資額・人材育成数・付加価値額・雇用数).
  const kgis = content.kgis.map((k) => catalogKpi(k, KGI_NODE, 'increase', { plan_item: 'kgi', kgi_kind: k.kind }));
  const kpis = content.kpis.map((k) =>
    catalogKpi(k, k.measure_id !== null && measures.has(k.measure_id) ? measureNodeId(k.measure_id) : OTHER_KPI_NODE, k.direction, { plan_item: 'kpi', measure_id: k.measure_id }),
  );
  const all = [...kgis, ...kpis];
  const observed = observationsById(actuals, new Set(all.map((k) => k.id)));
  for (const k of all) k.observations = observed.get(k.id) ?? [];
  return { strategy: { id: plan.id, name: plan.title, extra: { plan_type: plan.type } }, nodes: nodesOf(plan, content), kpis: all };
}
