/**
 * The KPI catalog as the evaluation engine sees it: periods already parsed, values already numbers.
 * Built from the interchange format (JSON/CSV/Excel) or from the database; never from raw input.
 */
import type { Period } from '../../../shared/periods.ts';

export type Direction = 'increase' | 'decrease' | 'maintain';
export const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'maintain'];

export type NodeLevel = 'goal' | 'impact' | 'outcome' | 'output' | 'other';
export const NODE_LEVELS: readonly NodeLevel[] = ['goal', 'impact', 'outcome', 'output', 'other'];

/** Observation flags. Japanese statistics mark provisional figures; the engine reports, never hides, them. */
export type ObservationFlag = 'preliminary' | 'estimate' | 'provisional' | 'reference' | 'final';
export const OBSERVATION_FLAGS: Record<ObservationFlag, string> = {
  preliminary: '速報値',
  estimate: '推計値',
  provisional: '暫定値',
  reference: '参考値',
  final: '確報値',
};

/** Fields the engine does not use but that must survive a round trip (name_en, source_line, …). */
export type Extra = Record<string, unknown>;

export interface CatalogNode {
  id: string;
  parent: string | null;
  level: NodeLevel;
  name: string;
  extra?: Extra;
}

export interface Observation {
  period: Period;
  value: number;
  flag: ObservationFlag | null;
  source: string | null;
  note: string | null;
}

export interface Target {
  /** null: no number (a direction word such as 増加, a relative target, or a qualitative goal) */
  value: number | null;
  period: Period | null;
  text: string | null;
  /** edition/date the target was set in, as written (e.g. '2014', '2026-06-30') */
  setIn: string | null;
  /** first day the target existed, when setIn could be read as a period or date */
  setInStart: number | null;
  /** what a relative target is compared with (e.g. 東京圏); the engine cannot judge it without that series */
  relativeTo: string | null;
  extra?: Extra;
}

export interface Baseline {
  value: number;
  period: Period;
}

export interface CatalogKpi {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: Direction;
  baseline: Baseline | null;
  /** in order of revision; the last one in force at the evaluation date is the current target */
  targets: Target[];
  targetText: string | null;
  /** a new KPI (新規) is not yet measurable whatever its data */
  isNew: boolean;
  components: CatalogKpi[];
  /** sorted by period (see comparePeriods) */
  observations: Observation[];
  extra?: Extra;
}

export interface Catalog {
  strategy: { id: string; name: string; extra?: Extra };
  /** top-level fields of the document besides strategy/nodes/kpis (e.g. milestones) */
  extra?: Extra;
  nodes: CatalogNode[];
  kpis: CatalogKpi[];
  /** reference series of relative targets by KPI id, as stored (bound by kpi-bindings); the evaluation's default `references` */
  references?: ReadonlyMap<string, { name: string; observations: readonly Observation[] }>;
}
