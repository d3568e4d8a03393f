/**
 * The KPI evaluation engine: the government's KPI verification methodology (地方創生 KPI 検証).
 *
 * 進捗率 = (actual − baseline) / (target − baseline) × 100, or actual / target × 100 without a baseline.
 * Status classes:
 *   1A ① numeric target reached (judged on values, not on the rounded rate), or a target in
 *        words met (a direction from its base, a level relative to a reference series)
 *   1B ① numeric target set, not yet reached, progress > 0
 *   1C ① no target to judge at all (qualitative policy goal); never a target in words
 *   2  ② no progress or worsening (progress ≤ 0, a 'maintain' target not held, words not met)
 *   3  ③ not measurable (no actual or base yet, a new KPI, or 比較対象未登録: a relative
 *        target whose reference series is not bound)
 * Pure: no I/O. Days are integers (days since 1970-01-01) so comparisons are cheap at 10^6 observations.
 */
import type { Baseline, CatalogKpi, Direction, Observation, Target } from './catalog.ts';
import { judgeDirection, judgeRelative } from './evaluate-wording.ts';
import {
  actualOf,
  bandOf,
  baseResult,
  cleanGte,
  fmt,
  latestAfter,
  roundProgress,
  targetOf,
  type EvaluateOptions,
  type KpiEvaluation,
  type ReferenceSeries,
  type TargetKind,
} from './evaluation-result.ts';
import { parseTargetWording, type TargetWording, type WordSense } from './target-wording.ts';

export * from './evaluation-result.ts';
export { parseTargetWording, senseFor, type TargetWording, type DirectionWording, type RelativeWording, type WordBase, type WordSense } from './target-wording.ts';

/**
 * A target written only as a direction (「増加」「減少（2019年45.0％）」「改善させる」「横ばい」), or null.
 * 改善 is reported as 'improve' (its sense is the KPI's declared direction, see senseFor).
 */
export function directionWordOf(text: string | null): WordSense | null {
  const w = parseTargetWording(text);
  return w?.kind === 'direction' ? w.sense : null;
}

/**
 * The target in force at `asOf`: the last one not set after that date. Set-in dates only choose
 * among revisions: a KPI evaluated before its first target was set still has that target.
 */
export function currentTarget(targets: readonly Target[], asOf: number): { current: Target | null; earlier: Target[] } {
  const idx = currentTargetIndex(targets, asOf);
  return idx < 0 ? { current: null, earlier: [] } : { current: targets[idx]!, earlier: targets.slice(0, idx) };
}

/** Index of the target in force (-1 without targets); no arrays made, for the engine's loop. */
function currentTargetIndex(targets: readonly Target[], asOf: number): number {
  if (targets.length === 0) return -1;
  let idx = 0;
  for (let i = 1; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.setInStart !== null && t.setInStart > asOf) continue;
    idx = i;
  }
  return idx;
}

/**
 * The latest observation on or before `asOf` that is an actual: an observation for the
 * baseline period itself (or earlier) is not one.
 */
export function latestActual(observations: readonly Observation[], asOf: number, baseline: Baseline | null): Observation | null {
  return latestAfter(observations, asOf, baseline ? baseline.period.end : -Infinity);
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

function targetKindOf(t: Target | null, w: TargetWording | null): TargetKind {
  if (!t) return 'none';
  if (t.value !== null) return 'numeric';
  if (t.relativeTo || w?.kind === 'relative') return 'relative';
  if (w) return 'direction';
  return 'none';
}

const NO_OPTIONS: EvaluateOptions = {};

export function evaluateKpi(kpi: CatalogKpi, asOf: number, opts: EvaluateOptions = NO_OPTIONS): KpiEvaluation {
  if (kpi.components.length > 0) return evaluateComposite(kpi, asOf, opts);
  const reasons = opts.reasons !== false;
  const r = baseResult(kpi);
  const idx = currentTargetIndex(kpi.targets, asOf);
  const current = idx < 0 ? null : kpi.targets[idx]!;
  const wording = current && current.value === null ? parseTargetWording(current.text) : null;
  const kind = targetKindOf(current, wording);
  r.target_kind = kind;
  if (current) r.target = targetOf(current);
  if (current?.period) r.target_due = current.period.end <= asOf;

  if (kind === 'none') {
    r.status = '1C';
    if (reasons) r.reason = '数値目標が設定されていない（定性的な目標）（①C）';
    return r;
  }
  if (kpi.isNew) {
    if (reasons) r.reason = '新規に設定されたKPIのため測定できない（③）';
    return r;
  }
  if (kind === 'relative') {
    const w = wording?.kind === 'relative' ? wording : null;
    const ref: ReferenceSeries | undefined = opts.references?.get(kpi.id);
    judgeRelative(r, kpi, current!.relativeTo ?? w!.reference, w, ref, asOf, reasons);
    return r;
  }
  if (kind === 'direction') {
    judgeDirection(r, kpi, current!, wording as Extract<TargetWording, { kind: 'direction' }>, asOf, reasons);
    return r;
  }
  const actual = latestActual(kpi.observations, asOf, kpi.baseline);
  if (!actual) {
    if (reasons) r.reason = kpi.baseline ? `基準値（${kpi.baseline.period.label}）より後の実績値がまだない（③）` : '実績値がまだない（③）';
    return r;
  }
  r.actual = actualOf(actual);
  judgeNumeric(r, kpi, idx, actual, reasons);
  return r;
}

function judgeNumeric(r: KpiEvaluation, kpi: CatalogKpi, idx: number, actual: Observation, reasons: boolean): void {
  const current = kpi.targets[idx]!;
  const a = actual.value;
  const t = current.value!;
  const b = kpi.baseline ? kpi.baseline.value : null;
  const reached = isReached(kpi.direction, a, t);
  const exact = progressRate(a, t, b);
  r.reached = reached;
  r.progress_exact = exact;
  r.progress = exact === null ? null : roundProgress(exact);
  if (!reached) {
    for (let i = 0; i < idx; i++) {
      const e = kpi.targets[i]!.value;
      if (e !== null && isReached(kpi.direction, a, e)) r.pre_revision_target_reached = true;
    }
  }
  if (reached) r.status = '1A';
  else if (kpi.direction === 'maintain') r.status = '2';
  else if (exact !== null && exact > 0) {
    // exact > 0 is the same test as after removing noise: toPrecision keeps sign and non-zero.
    r.status = '1B';
    r.band = bandOf(exact);
  } else r.status = '2';
  if (reasons) r.reason = numericReason(r, kpi, t, b, actual, exact);
  applyTrack(r, kpi, current, actual, reached);
}

function numericReason(r: KpiEvaluation, kpi: CatalogKpi, t: number, b: number | null, actual: Observation, exact: number | null): string {
  const a = actual.value;
  const rateText = r.progress === null ? '' : b !== null && t !== b ? `基準値から目標値までの進捗率 ${r.progress}%` : `目標値に対する達成率 ${r.progress}%`;
  let reason: string;
  if (r.reached) reason = `目標値 ${fmt(t)} を達成（実績 ${fmt(a)}、${actual.period.label}）${rateText ? `、${rateText}` : ''}（①A）`;
  else if (kpi.direction === 'maintain') reason = `維持目標 ${fmt(t)} を下回った（実績 ${fmt(a)}、${actual.period.label}）（②）`;
  else if (r.status === '1B') reason = `${rateText}（①B）`;
  else reason = exact === null ? `${noRateReason(t, b)}: 目標値 ${fmt(t)} に届いていない（実績 ${fmt(a)}、${actual.period.label}）（②）` : `${rateText}: 進捗していない・悪化（②）`;
  return r.pre_revision_target_reached ? `${reason}。改定前の目標値は達成済み` : reason;
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
  r.on_track = cleanGte(covered, frac);
}

/**
 * A KPI made of sub-indicators: the simple average of the components' progress rates;
 * reached (①A) only when every component's target is reached.
 */
function evaluateComposite(kpi: CatalogKpi, asOf: number, opts: EvaluateOptions): KpiEvaluation {
  const reasons = opts.reasons !== false;
  const r = baseResult(kpi);
  const parts = kpi.components.map((c) => evaluateKpi(c, asOf, opts));
  r.components = parts;
  // One pass over the parts (no intermediate arrays: composites are a tenth of a large catalog).
  let numeric = false;
  let allQualitative = true;
  let allReached = true;
  let anyPre = false;
  let dues = 0;
  let allDue = true;
  let measured = 0;
  let tracks = 0;
  let allOnTrack = true;
  let sum = 0;
  let rates = 0;
  for (const p of parts) {
    if (p.target_kind === 'numeric') numeric = true;
    if (p.status !== '1C') allQualitative = false;
    if (p.reached !== true) allReached = false;
    if (p.pre_revision_target_reached) anyPre = true;
    if (p.target_due !== null) {
      dues++;
      if (!p.target_due) allDue = false;
    }
    if (p.status === '3' || p.status === '1C') continue;
    measured++;
    if (p.on_track !== null) {
      tracks++;
      if (!p.on_track) allOnTrack = false;
    }
    if (p.progress_exact !== null) {
      sum += p.progress_exact;
      rates++;
    }
  }
  r.target_kind = numeric ? 'numeric' : (parts[0]?.target_kind ?? 'none');
  const last = kpi.targets.at(-1);
  r.target = last ? targetOf(last) : null;
  r.target_due = dues > 0 ? allDue : null;

  if (allQualitative) {
    r.status = '1C';
    if (reasons) r.reason = '構成指標のいずれにも数値目標がない（①C）';
    return r;
  }
  if (kpi.isNew) {
    if (reasons) r.reason = '新規に設定されたKPIのため測定できない（③）';
    return r;
  }
  if (measured === 0) {
    if (reasons) r.reason = '構成指標の実績値がまだない（③）';
    return r;
  }
  r.reached = allReached;
  r.pre_revision_target_reached = !allReached && anyPre;
  r.on_track = tracks > 0 ? allOnTrack : null;
  if (rates > 0) {
    let avg = sum / rates;
    // Huge finite rates can overflow the sum; averaging term by term cannot.
    if (!Number.isFinite(avg)) avg = averageByTerms(parts, rates);
    r.progress_exact = avg;
    r.progress = roundProgress(avg);
  }
  if (allReached) r.status = '1A';
  else if (r.progress_exact !== null && r.progress_exact > 0) {
    r.status = '1B';
    r.band = bandOf(r.progress_exact);
  } else r.status = '2';
  if (reasons) r.reason = compositeReason(r, parts.length, measured);
  return r;
}

function averageByTerms(parts: readonly KpiEvaluation[], n: number): number {
  let avg = 0;
  for (const p of parts) if (p.status !== '3' && p.status !== '1C' && p.progress_exact !== null) avg += p.progress_exact / n;
  return avg;
}

function compositeReason(r: KpiEvaluation, count: number, measured: number): string {
  const detail = `構成指標${count}件のうち${measured}件の進捗率の単純平均`;
  const missing = count - measured;
  const missingText = missing > 0 ? `、${missing}件は実績なし` : '';
  if (r.status === '1A') return `全ての構成指標が目標値を達成${r.progress !== null ? `（${detail} ${r.progress}%）` : ''}（①A）`;
  if (r.status === '1B') return `${detail} ${r.progress}%${missingText}（①B）`;
  return r.progress !== null ? `${detail} ${r.progress}%${missingText}: 進捗していない・悪化（②）` : `構成指標が目標に届いていない${missingText}（②）`;
}
