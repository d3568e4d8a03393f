/**
 * The KPI evaluation engine: the government's KPI verification methodology (地方創生 KPI 検証).
 *
 * 進捗率 = (actual − baseline) / (target − baseline) × 100, or actual / target × 100 without a baseline.
 * Status classes:
 *   1A ① numeric target reached (judged on values, not on the rounded rate)
 *   1B ① numeric target set, not yet reached, progress > 0
 *   1C ① no numeric target (qualitative policy goal)
 *   2  ② no progress or worsening (progress ≤ 0, or a 'maintain' target not held)
 *   3  ③ not measurable (no actual yet, or a new KPI)
 * Pure: no I/O. Days are integers (days since 1970-01-01) so comparisons are cheap at 10^6 observations.
 */
import type { Baseline, CatalogKpi, Direction, Observation, Target } from './catalog.ts';
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
  /** the judgement in words (Japanese), as a planner would write it */
  reason: string;
  components?: KpiEvaluation[];
}

/** 四捨五入 to an integer, away from zero, after removing binary floating-point noise. */
export function roundProgress(x: number): number {
  const clean = Number(x.toPrecision(12));
  const r = Math.round(Math.abs(clean));
  return clean < 0 ? (r === 0 ? 0 : -r) : r;
}

export function bandOf(progressExact: number): Band {
  const p = Number(progressExact.toPrecision(12));
  if (p >= 80) return '80-<100';
  if (p >= 50) return '50-<80';
  return '<50';
}

const DIRECTION_WORDS: ReadonlyArray<[RegExp, Direction | 'reversal']> = [
  [/^(増加|上昇|向上|拡大|増大)(させる|する)?$/, 'increase'],
  [/^(減少|低下|縮小|削減)(させる|する)?$/, 'decrease'],
  [/^維持(する)?$/, 'maintain'],
  [/^反転(させる|する)?$/, 'reversal'],
];

/** A target written only as a direction word (「増加」「低下」「維持」「反転」), or null. */
export function directionWordOf(text: string | null): Direction | 'reversal' | null {
  if (!text) return null;
  const t = text.trim();
  for (const [re, dir] of DIRECTION_WORDS) if (re.test(t)) return dir;
  return null;
}

/**
 * The target in force at `asOf`: the last one not set after that date. Set-in dates only choose
 * among revisions: a KPI evaluated before its first target was set still has that target.
 */
export function currentTarget(targets: readonly Target[], asOf: number): { current: Target | null; earlier: Target[] } {
  if (targets.length === 0) return { current: null, earlier: [] };
  let idx = 0;
  for (let i = 1; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.setInStart !== null && t.setInStart > asOf) continue;
    idx = i;
  }
  return { current: targets[idx]!, earlier: targets.slice(0, idx) };
}

/**
 * The latest observation on or before `asOf` that is an actual: an observation for the
 * baseline period itself (or earlier) is not one.
 */
export function latestActual(observations: readonly Observation[], asOf: number, baseline: Baseline | null): Observation | null {
  const floor = baseline ? baseline.period.end : -Infinity;
  let best: Observation | null = null;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const p = o.period;
    if (p.end > asOf || p.end <= floor) continue;
    if (best === null || p.end > best.period.end || (p.end === best.period.end && p.start > best.period.start)) best = o;
  }
  return best;
}

export function isReached(direction: Direction, actual: number, target: number): boolean {
  // 'maintain' means keeping the level: not falling below it.
  return direction === 'decrease' ? actual <= target : actual >= target;
}

/**
 * 進捗率 (unrounded), or null when it cannot be computed:
 * - the target equals the baseline: there is no distance to cover, so no rate (the official
 *   formula divides by target − baseline); the KPI is judged on the values alone (reached or not).
 *   Falling back to actual / target would call a fall below the baseline 「①B 80%」;
 * - no baseline and a target of 0;
 * - the ratio overflows (a difference of values near the smallest doubles): never Infinity.
 */
export function progressRate(actual: number, target: number, baseline: number | null): number | null {
  let rate: number;
  if (baseline !== null) {
    if (target === baseline) return null;
    rate = ((actual - baseline) / (target - baseline)) * 100;
  } else {
    if (target === 0) return null;
    rate = (actual / target) * 100;
  }
  return Number.isFinite(rate) ? rate : null;
}

/** Why progressRate gave null, for the reason text. */
function noRateReason(target: number, baseline: number | null): string {
  if (baseline !== null && target === baseline) return '目標値が基準値と同じため進捗率は計算できない';
  if (baseline === null && target === 0) return '基準値がなく目標値が0のため進捗率は計算できない';
  return '進捗率を計算できない（基準値と目標値の差が小さすぎる）';
}

// One formatter for all calls: toLocaleString builds a new one each time, which dominated 10^5-KPI runs.
const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });
function fmt(n: number): string {
  return numberFormat.format(Number(n.toPrecision(12)));
}

function flagOf(o: Observation): { flag: string | null; flag_label: string | null } {
  return { flag: o.flag, flag_label: o.flag ? OBSERVATION_FLAGS[o.flag] : null };
}

function baseResult(kpi: CatalogKpi): KpiEvaluation {
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

function targetKindOf(t: Target | null): TargetKind {
  if (!t) return 'none';
  if (t.value !== null) return 'numeric';
  if (t.relativeTo) return 'relative';
  if (directionWordOf(t.text)) return 'direction';
  return 'none';
}

export function evaluateKpi(kpi: CatalogKpi, asOf: number): KpiEvaluation {
  if (kpi.components.length > 0) return evaluateComposite(kpi, asOf);
  const r = baseResult(kpi);
  const { current, earlier } = currentTarget(kpi.targets, asOf);
  const kind = targetKindOf(current);
  r.target_kind = kind;
  if (current) r.target = { period: current.period?.label ?? null, value: current.value, text: current.text };
  if (current?.period) r.target_due = current.period.end <= asOf;

  if (kind === 'none') {
    r.status = '1C';
    r.reason = '数値目標が設定されていない（定性的な目標）（①C）';
    return r;
  }
  if (kpi.isNew) {
    r.reason = '新規に設定されたKPIのため測定できない（③）';
    return r;
  }
  const actual = latestActual(kpi.observations, asOf, kpi.baseline);
  if (!actual) {
    r.reason = kpi.baseline ? `基準値（${kpi.baseline.period.label}）より後の実績値がまだない（③）` : '実績値がまだない（③）';
    return r;
  }
  r.actual = { period: actual.period.label, value: actual.value, ...flagOf(actual) };
  const a = actual.value;

  if (kind === 'relative') {
    r.reason = `目標は「${current!.relativeTo}」との比較で判定するが、比較対象の系列が登録されていない（③）`;
    return r;
  }

  if (kind === 'direction') {
    if (!kpi.baseline) {
      r.reason = `目標「${current!.text}」は基準値との比較で判定するが、基準値がない（③）`;
      return r;
    }
    const word = directionWordOf(current!.text)!;
    const b = kpi.baseline.value;
    const sense = word === 'reversal' ? kpi.direction : word;
    const reached = sense === 'increase' ? a > b : sense === 'decrease' ? a < b : a >= b;
    r.reached = reached;
    r.status = reached ? '1A' : '2';
    r.on_track = reached;
    r.reason = `目標「${current!.text}」: 基準値 ${fmt(b)}（${kpi.baseline.period.label}）に対し実績 ${fmt(a)}（${actual.period.label}）で${reached ? '達成（①A）' : '未達成・進捗なし（②）'}`;
    return r;
  }

  // numeric target
  const t = current!.value!;
  const b = kpi.baseline ? kpi.baseline.value : null;
  const reached = isReached(kpi.direction, a, t);
  const exact = progressRate(a, t, b);
  r.reached = reached;
  r.progress_exact = exact;
  r.progress = exact === null ? null : roundProgress(exact);
  r.pre_revision_target_reached = !reached && earlier.some((e) => e.value !== null && isReached(kpi.direction, a, e.value));

  const rateText = r.progress === null ? '' : b !== null && t !== b ? `基準値から目標値までの進捗率 ${r.progress}%` : `目標値に対する達成率 ${r.progress}%`;
  if (reached) {
    r.status = '1A';
    r.reason = `目標値 ${fmt(t)} を達成（実績 ${fmt(a)}、${actual.period.label}）${rateText ? `、${rateText}` : ''}（①A）`;
  } else if (kpi.direction === 'maintain') {
    r.status = '2';
    r.reason = `維持目標 ${fmt(t)} を下回った（実績 ${fmt(a)}、${actual.period.label}）（②）`;
  } else if (exact !== null && Number(exact.toPrecision(12)) > 0) {
    r.status = '1B';
    r.band = bandOf(exact);
    r.reason = `${rateText}（①B）`;
  } else {
    r.status = '2';
    r.reason = exact === null ? `${noRateReason(t, b)}: 目標値 ${fmt(t)} に届いていない（実績 ${fmt(a)}、${actual.period.label}）（②）` : `${rateText}: 進捗していない・悪化（②）`;
  }
  if (r.pre_revision_target_reached) r.reason += '。改定前の目標値は達成済み';
  applyTrack(r, kpi, current!, actual, reached);
  return r;
}

/** On track against the straight line from (baseline period, baseline) to (target period, target). */
function applyTrack(r: KpiEvaluation, kpi: CatalogKpi, target: Target, actual: Observation, reached: boolean): void {
  if (reached) {
    r.on_track = true;
    if (target.value !== null) r.expected = target.value;
    return;
  }
  if (kpi.direction === 'maintain') {
    r.on_track = false;
    return;
  }
  if (!kpi.baseline || !target.period || target.value === null) return;
  const t0 = kpi.baseline.period.end;
  const t1 = target.period.end;
  if (t1 <= t0) return;
  const frac = Math.min(1, Math.max(0, (actual.period.end - t0) / (t1 - t0)));
  const b = kpi.baseline.value;
  const expected = b + (target.value - b) * frac;
  r.expected = Number.isFinite(expected) ? expected : null;
  // Ahead of the line when the share of the distance covered is at least the share of time used.
  const covered = target.value === b ? (reached ? 1 : 0) : (actual.value - b) / (target.value - b);
  r.on_track = Number(covered.toPrecision(12)) >= Number(frac.toPrecision(12));
}

/**
 * A KPI made of sub-indicators: the simple average of the components' progress rates;
 * reached (①A) only when every component's target is reached.
 */
function evaluateComposite(kpi: CatalogKpi, asOf: number): KpiEvaluation {
  const r = baseResult(kpi);
  const parts = kpi.components.map((c) => evaluateKpi(c, asOf));
  r.components = parts;
  r.target_kind = parts.some((p) => p.target_kind === 'numeric') ? 'numeric' : (parts[0]?.target_kind ?? 'none');
  r.target = kpi.targets.length > 0 ? { period: kpi.targets.at(-1)!.period?.label ?? null, value: kpi.targets.at(-1)!.value, text: kpi.targets.at(-1)!.text } : null;
  const dues = parts.map((p) => p.target_due).filter((d): d is boolean => d !== null);
  r.target_due = dues.length > 0 ? dues.every(Boolean) : null;

  if (parts.every((p) => p.status === '1C')) {
    r.status = '1C';
    r.reason = '構成指標のいずれにも数値目標がない（①C）';
    return r;
  }
  if (kpi.isNew) {
    r.reason = '新規に設定されたKPIのため測定できない（③）';
    return r;
  }
  const measured = parts.filter((p) => p.status !== '3' && p.status !== '1C');
  if (measured.length === 0) {
    r.reason = '構成指標の実績値がまだない（③）';
    return r;
  }
  const rates = measured.map((p) => p.progress_exact).filter((x): x is number => x !== null);
  const reached = parts.every((p) => p.reached === true);
  r.reached = reached;
  r.pre_revision_target_reached = !reached && parts.some((p) => p.pre_revision_target_reached);
  const tracks = measured.map((p) => p.on_track).filter((x): x is boolean => x !== null);
  r.on_track = tracks.length > 0 ? tracks.every(Boolean) : null;
  if (rates.length > 0) {
    let avg = rates.reduce((s, x) => s + x, 0) / rates.length;
    // Huge finite rates can overflow the sum; averaging term by term cannot.
    if (!Number.isFinite(avg)) avg = rates.reduce((s, x) => s + x / rates.length, 0);
    r.progress_exact = avg;
    r.progress = roundProgress(avg);
  }
  const detail = `構成指標${parts.length}件のうち${measured.length}件の進捗率の単純平均`;
  const missing = parts.length - measured.length;
  const missingText = missing > 0 ? `、${missing}件は実績なし` : '';
  if (reached) {
    r.status = '1A';
    r.reason = `全ての構成指標が目標値を達成${r.progress !== null ? `（${detail} ${r.progress}%）` : ''}（①A）`;
  } else if (r.progress_exact !== null && Number(r.progress_exact.toPrecision(12)) > 0) {
    r.status = '1B';
    r.band = bandOf(r.progress_exact);
    r.reason = `${detail} ${r.progress}%${missingText}（①B）`;
  } else {
    r.status = '2';
    r.reason = r.progress !== null ? `${detail} ${r.progress}%${missingText}: 進捗していない・悪化（②）` : `構成指標が目標に届いていない${missingText}（②）`;
  }
  return r;
}
