/**
 * Strategies compared across governments (pure): every KPI bound to one statistical indicator,
 * with the asking government first, then its 類似団体 in their ranking order, then the others by
 * 団体コード. The peers (the government and its 類似団体) carry the indicator's own figures, so a
 * government without a strategy KPI on it is still seen beside those that have one.
 */
import { STATUS_LABELS, type KpiEvaluation, type Status } from '../kpi/index.ts';

/** How a row's government stands to the asking one. */
export type Relation = 'self' | 'similar' | 'other';

export interface ComparedBinding {
  ownerCode: string;
  strategyId: string;
  kpiId: string;
  areaCode: string;
}

/** The asking government and its 類似団体 (ranked, nearest first). */
export interface Group {
  area: string | null;
  similar: readonly string[];
}

export function relationOf(group: Group, code: string): { relation: Relation; similar_rank: number | null } {
  if (group.area !== null && code === group.area) return { relation: 'self', similar_rank: null };
  const i = group.similar.indexOf(code);
  return i >= 0 ? { relation: 'similar', similar_rank: i + 1 } : { relation: 'other', similar_rank: null };
}

const RELATION_ORDER: Record<Relation, number> = { self: 0, similar: 1, other: 2 };

/** Self, then 類似団体 by rank, then others by 団体コード; within one government by strategy and KPI id. */
export function orderBindings<B extends ComparedBinding>(bindings: readonly B[], group: Group): B[] {
  const key = (b: B) => {
    const r = relationOf(group, b.ownerCode);
    return [RELATION_ORDER[r.relation], r.similar_rank ?? 0] as const;
  };
  return [...bindings].sort((a, b) => {
    const [ra, sa] = key(a);
    const [rb, sb] = key(b);
    return ra - rb || sa - sb || cmp(a.ownerCode, b.ownerCode) || cmp(a.strategyId, b.strategyId) || cmp(a.kpiId, b.kpiId);
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a compared KPI shows of its evaluation (the engine's, at the evaluation date). */
export interface ComparedEvaluation {
  status: Status;
  status_label: string;
  progress: number | null;
  reached: boolean | null;
  on_track: boolean | null;
  baseline: KpiEvaluation['baseline'];
  target: KpiEvaluation['target'];
  actual: KpiEvaluation['actual'];
}

export function comparedEvaluation(ev: KpiEvaluation): ComparedEvaluation {
  return {
    status: ev.status,
    status_label: STATUS_LABELS[ev.status],
    progress: ev.progress,
    reached: ev.reached,
    on_track: ev.on_track,
    baseline: ev.baseline,
    target: ev.target,
    actual: ev.actual,
  };
}

export interface SeriesFigure {
  period: string;
  value: number | null;
  flag: string | null;
}

/** The latest published figure of a series and the one `span` figures before it (for the change). */
export function latestAndEarlier(points: readonly SeriesFigure[], span: number): { latest: SeriesFigure | null; earlier: SeriesFigure | null; change: number | null } {
  const figures = points.filter((p) => p.value !== null);
  const latest = figures.at(-1) ?? null;
  const earlier = figures.length > 1 ? figures[Math.max(0, figures.length - 1 - span)]! : null;
  const change = latest && earlier && latest.value !== null && earlier.value !== null ? roundChange(latest.value - earlier.value) : null;
  return { latest, earlier, change };
}

// Differences of decimals (12.3 − 10.1) are shown as the figures are: no binary tails.
const roundChange = (x: number) => Math.round(x * 1e6) / 1e6;
