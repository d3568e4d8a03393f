/**
 * What the engine returns for a KPI, and the number helpers every judgement shares. Pure.
 */
import type { CatalogKpi, Direction, Observation, Target } from './catalog.ts';
import { OBSERVATION_FLAGS } from './catalog.ts';

export type Status = '1A' | '1B' | '1C' | '2' | '3';
export const STATUSES: readonly Status[] = ['1A', '1B', '1C', '2', '3'];
export const STATUS_LABELS: Record<Status, string> = {
  '1A': '①A 目標達成',
  '1B': '①B 進捗',
  '1C': '①C 数値目標なし',
  '2': '② 進捗なし・悪化',
  '3': '③ 測定不能',
};

/** Progress bands of ①B, as in the official tables. */
export type Band = '80-<100' | '50-<80' | '<50';
export const BANDS: readonly Band[] = ['80-<100', '50-<80', '<50'];

export type TargetKind = 'numeric' | 'direction' | 'relative' | 'none';

/** The series a relative target (「東京圏以上」) is compared with, and whether it is bound. */
export interface ReferenceResult {
  name: string;
  /** false: no series bound for the comparison, so the KPI is 'reference not bound' (③), never ①C */
  bound: boolean;
  /** the bound series' own name (e.g. 合計特殊出生率（全国 00000）); null when not bound */
  series: string | null;
  period: string | null;
  value: number | null;
}

export interface KpiEvaluation {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: Direction;
  status: Status;
  /** 進捗率, rounded half away from zero to an integer; may be negative or above 100 */
  progress: number | null;
  /** unrounded, for charts and bands */
  progress_exact: number | null;
  band: Band | null;
  reached: boolean | null;
  target_kind: TargetKind;
  baseline: { period: string; value: number } | null;
  target: { period: string | null; value: number | null; text: string | null } | null;
  actual: { period: string; value: number; flag: string | null; flag_label: string | null } | null;
  /** the current target's period has ended on or before the evaluation date */
  target_due: boolean | null;
  /** the actual is at or ahead of the straight line from baseline to target */
  on_track: boolean | null;
  /** value of that straight line at the actual's period */
  expected: number | null;
  /** a target in force before the latest revision was already reached */
  pre_revision_target_reached: boolean;
  /** relative targets only: the reference series (bound or not) */
  reference?: ReferenceResult;
  /** the judgement in words (Japanese), as a planner would write it; '' when not asked for */
  reason: string;
  components?: KpiEvaluation[];
}

/** A reference series for a relative target, as data: its name and its values by period. */
export interface ReferenceSeries {
  name: string;
  observations: readonly Observation[];
}

export interface EvaluateOptions {
  /** write `reason` (default true); a count or a chart does not need the words, which cost most */
  reasons?: boolean;
  /** reference series by KPI id, for relative targets (「東京圏以上」「全国平均と同水準」) */
  references?: ReadonlyMap<string, ReferenceSeries>;
}

// The relative size below which two doubles count as equal once binary noise is removed
// (toPrecision(12)); well above the noise, well below any difference a table prints.
const NOISE = 1e-9;

/** Number(x.toPrecision(12)), which removes binary noise; skipped (it builds a string) when it cannot matter. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** clean(a) >= clean(b), without the strings unless a and b are within noise of each other. */
export function cleanGte(a: number, b: number): boolean {
  const d = a - b;
  if (Math.abs(d) > NOISE * Math.max(Math.abs(a), Math.abs(b))) return d > 0;
  return clean(a) >= clean(b);
}

/** 四捨五入 to an integer, away from zero, after removing binary floating-point noise. */
export function roundProgress(x: number): number {
  const ax = Math.abs(x);
  // Only a value next to a half (…​.5) can round differently once cleaned.
  const c = ax < 1e15 && Math.abs(ax - Math.floor(ax) - 0.5) > NOISE * Math.max(1, ax) ? x : clean(x);
  const r = Math.round(Math.abs(c));
  return c < 0 ? (r === 0 ? 0 : -r) : r;
}

export function bandOf(progressExact: number): Band {
  if (cleanGte(progressExact, 80)) return '80-<100';
  if (cleanGte(progressExact, 50)) return '50-<80';
  return '<50';
}

// One formatter for all calls: toLocaleString builds a new one each time, which dominated 10^5-KPI runs.
const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });
export function fmt(n: number): string {
  // Whole numbers of up to 12 digits (most KPI values) need neither the noise removal nor Intl:
  // the same digits with a comma every three, as ja-JP writes them.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return groupDigits(n);
  return numberFormat.format(clean(n));
}

function groupDigits(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.length > 3 ? '' : digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  }
  return n < 0 ? `-${out}` : out;
}

export function actualOf(o: Observation): NonNullable<KpiEvaluation['actual']> {
  return { period: o.period.label, value: o.value, flag: o.flag, flag_label: o.flag ? OBSERVATION_FLAGS[o.flag] : null };
}

export function targetOf(t: Target): KpiEvaluation['target'] {
  return { period: t.period?.label ?? null, value: t.value, text: t.text };
}

export function baseResult(kpi: CatalogKpi): KpiEvaluation {
  return {
    id: kpi.id,
    node: kpi.node,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    status: '3',
    progress: null,
    progress_exact: null,
    band: null,
    reached: null,
    target_kind: 'none',
    baseline: kpi.baseline ? { period: kpi.baseline.period.label, value: kpi.baseline.value } : null,
    target: null,
    actual: null,
    target_due: null,
    on_track: null,
    expected: null,
    pre_revision_target_reached: false,
    reason: '',
  };
}

/**
 * The latest observation on or before `asOf` ending after `floor` (the base period's last day):
 * an observation for the base period itself (or earlier) is not an actual.
 */
export function latestAfter(observations: readonly Observation[], asOf: number, floor: number): Observation | null {
  let best: Observation | null = null;
  let bestEnd = floor;
  let bestStart = -Infinity;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const p = o.period;
    const end = p.end;
    if (end > asOf || end < bestEnd || (end === bestEnd && (best === null || p.start <= bestStart))) continue;
    best = o;
    bestEnd = end;
    bestStart = p.start;
  }
  return best;
}
