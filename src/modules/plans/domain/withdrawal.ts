/**
 * 撤退基準 (B ⑦, C ⑥): evaluates one structured WithdrawalCriterion for its KPI over the plan's
 * progress rounds, and the straight-line path maths the bottleneck flags reuse.
 *
 * The path runs from the end of the baseline 年度 (31 March of baseline_fy + 1) to the end of the
 * target 年度, from 0 % to 100 % of the distance baseline → target. Progress is signed
 * ((actual − baseline) / (target − baseline)), so a 'decrease' KPI needs no special case.
 * Decisions where the seed is silent (module README):
 * - A target equal to its baseline (and any 'maintain' KPI) has no distance to cover: the path is
 *   the level itself (the target), and the lag is the shortfall below it in percent of the level
 *   (|level| = 0 → not computable). 'maintain' means not falling below, as in the kpi module;
 *   a 'decrease' KPI whose target equals its baseline lags when it rises above that level.
 * - "Lags by `threshold` points" is met at exactly `threshold` (≥): the Japanese criteria and the
 *   explanation say 「…ポイント以上下回る」. Lags are rounded to 1e-9 so 0.1 + 0.2 cannot decide.
 * - A round without an actual (not yet reported, or not computable) is `breached: null` and is
 *   skipped: it neither extends nor resets a run, so a plan cannot escape its criterion by not
 *   reporting; the missing report is a bottleneck of its own (bottlenecks.ts).
 */
import { formatNumberText } from '../../../shared/display-format.ts';
import { InputError } from '../../../shared/errors.ts';
import { formatDay, parseDay } from '../../../shared/periods.ts';
import type { Kgi, PlanKpi, WithdrawalCriterion } from './plan-content.ts';

export type PathKpi = Pick<PlanKpi, 'id' | 'name' | 'unit' | 'baseline_value' | 'baseline_fy' | 'target_value' | 'target_fy'> & { direction?: PlanKpi['direction'] };
export type KpiLike = PlanKpi | Kgi | PathKpi;

export interface ProgressRound {
  round_id: string;
  /** the last day the round reports on, YYYY-MM-DD */
  period_end: string;
  actual: number | null;
}

export interface RoundVerdict {
  round_id: string;
  period_end: string;
  /** null: no actual, or nothing to compare it with — skipped in the run count */
  breached: boolean | null;
  /** the value on the straight-line path at period_end (behind_path only) */
  expected?: number;
  /** how many percentage points the actual lags the path (behind_path only; negative = ahead) */
  lag_points?: number;
  actual: number | null;
}

export interface WithdrawalEvaluation {
  criterion_id: string;
  kpi_id: string;
  met: boolean;
  /** breached rounds in a row up to the latest round with an actual */
  consecutive: number;
  rounds: RoundVerdict[];
  explanation: string;
}

export interface PathPoint {
  /** the value the KPI should have at the day on its straight line */
  expected_value: number;
  /** 0–1 share of the distance that should be covered (0 before the baseline year's end, 1 after the target year's) */
  expected_progress: number;
}

export interface PathGap extends PathPoint {
  /** signed share covered by the actual; null for a level (target = baseline) */
  actual_progress: number | null;
  /** percentage points behind the path (negative when ahead) */
  lag_points: number;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A strict YYYY-MM-DD (what rounds store) as a day number; bad text is an InputError naming it. */
export function isoDayOf(value: string, column: string): number {
  try {
    if (!DAY_RE.test(value)) throw new Error();
    const day = parseDay(value);
    if (formatDay(day) !== value) throw new Error();
    return day;
  } catch {
    throw InputError.single({ column, code: 'invalid_date', reason: `日付「${value}」は YYYY-MM-DD の実在する日付で指定してください` });
  }
}

/** 31 March closing the 年度 `fy`. */
export const fiscalYearEndDay = (fy: number): number => Math.round(Date.UTC(fy + 1, 2, 31) / 86_400_000);

/** Why a KPI has no straight-line path, or null when it has one. */
export function pathProblem(kpi: KpiLike): string | null {
  if (kpi.target_value === null || kpi.target_fy === null) return '目標値または目標年度が未設定です';
  if (isLevel(kpi)) return kpi.target_value === 0 ? '目標とする水準が0のため、下回った割合を計算できません' : null;
  if (kpi.baseline_value === null || kpi.baseline_fy === null) return '基準値または基準年度が未設定です';
  if (kpi.target_fy <= kpi.baseline_fy) return '目標年度が基準年度より後ではありません';
  return null;
}

function isLevel(kpi: KpiLike): boolean {
  return ('direction' in kpi && kpi.direction === 'maintain') || (kpi.baseline_value !== null && kpi.baseline_value === kpi.target_value);
}

/** The straight-line point at `day`, or null (see pathProblem). */
export function pathPointAt(kpi: KpiLike, day: number): PathPoint | null {
  if (pathProblem(kpi) !== null) return null;
  const target = kpi.target_value as number;
  if (isLevel(kpi)) return { expected_value: target, expected_progress: 1 };
  const baseline = kpi.baseline_value as number;
  const start = fiscalYearEndDay(kpi.baseline_fy as number);
  const end = fiscalYearEndDay(kpi.target_fy as number);
  const share = Math.min(1, Math.max(0, (day - start) / (end - start)));
  return { expected_value: baseline + (target - baseline) * share, expected_progress: share };
}

const roundLag = (x: number): number => Math.round(x * 1e9) / 1e9;

/** How far `actual` lags the path at `day`, in percentage points; null when there is no path. */
export function pathGapAt(kpi: KpiLike, day: number, actual: number): PathGap | null {
  const point = pathPointAt(kpi, day);
  if (point === null) return null;
  const target = kpi.target_value as number;
  if (isLevel(kpi)) {
    // a level is held from below ('maintain', increase) or from above (a decrease KPI kept at its baseline)
    const shortfall = 'direction' in kpi && kpi.direction === 'decrease' ? actual - target : target - actual;
    const lag = roundLag((shortfall / Math.abs(target)) * 100);
    return Number.isFinite(lag) ? { ...point, actual_progress: null, lag_points: lag } : null;
  }
  const baseline = kpi.baseline_value as number;
  const progress = (actual - baseline) / (target - baseline);
  const lag = roundLag((point.expected_progress - progress) * 100);
  return Number.isFinite(lag) ? { ...point, actual_progress: progress, lag_points: lag } : null;
}

const COMPARISON_WORDS: Record<Exclude<WithdrawalCriterion['comparison'], 'behind_path'>, string> = {
  lt: '未満',
  le: '以下',
  gt: '超',
  ge: '以上',
};

function compare(comparison: WithdrawalCriterion['comparison'], actual: number, threshold: number): boolean {
  if (comparison === 'lt') return actual < threshold;
  if (comparison === 'le') return actual <= threshold;
  if (comparison === 'gt') return actual > threshold;
  return actual >= threshold;
}

function judgeRound(criterion: WithdrawalCriterion, kpi: KpiLike, round: ProgressRound, day: number): RoundVerdict {
  const base = { round_id: round.round_id, period_end: round.period_end, actual: round.actual };
  if (round.actual === null || !Number.isFinite(round.actual)) return { ...base, actual: null, breached: null };
  if (criterion.comparison !== 'behind_path') return { ...base, breached: compare(criterion.comparison, round.actual, criterion.threshold) };
  const gap = pathGapAt(kpi, day, round.actual);
  if (gap === null) return { ...base, breached: null };
  return { ...base, breached: gap.lag_points >= criterion.threshold, expected: gap.expected_value, lag_points: gap.lag_points };
}

/** The trailing run of breached rounds, skipping rounds without a verdict. */
function trailingRun(verdicts: readonly RoundVerdict[]): number {
  let run = 0;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const b = verdicts[i]!.breached;
    if (b === null) continue;
    if (!b) break;
    run++;
  }
  return run;
}

/** 「2回連続で」; nothing for a single round, where 「1回連続で」 would read oddly. */
const inARow = (n: number): string => (n === 1 ? '' : `${n}回連続で`);

/** What the criterion says, in Japanese: 「直線的な到達見込みを10ポイント以上下回る」「50人未満」. */
export function describeCriterion(criterion: WithdrawalCriterion, kpi: KpiLike): string {
  const t = formatNumberText(criterion.threshold);
  const condition = criterion.comparison === 'behind_path' ? `直線的な到達見込みを${t}ポイント以上下回る` : `${t}${kpi.unit}${COMPARISON_WORDS[criterion.comparison]}となる`;
  return `KPI「${kpi.name}」の実績が${inARow(criterion.consecutive_rounds)}${condition}`;
}

function explain(criterion: WithdrawalCriterion, kpi: KpiLike, verdicts: readonly RoundVerdict[], run: number): string {
  const n = criterion.consecutive_rounds;
  const t = formatNumberText(criterion.threshold);
  if (run >= n) {
    if (criterion.comparison === 'behind_path') return `KPI「${kpi.name}」の実績が直線的な到達見込みを${inARow(n)}${t}ポイント以上下回りました`;
    return `KPI「${kpi.name}」の実績が${inARow(n)}${t}${kpi.unit}${COMPARISON_WORDS[criterion.comparison]}でした`;
  }
  const problem = criterion.comparison === 'behind_path' ? pathProblem(kpi) : null;
  if (problem !== null) return `KPI「${kpi.name}」は${problem}。到達見込みと比べられないため、撤退基準は判定できません`;
  if (!verdicts.some((v) => v.breached !== null)) return `KPI「${kpi.name}」の実績がまだ報告されていないため、撤退基準は判定できません`;
  return `撤退基準（${describeCriterion(criterion, kpi)}）には該当しません（直近の連続該当は${run}回）`;
}

/**
 * Evaluates `criterion` for `kpi` over its progress rounds (sorted here by period_end, then
 * round_id). Met when the last `consecutive_rounds` rounds with an actual are all breached.
 */
export function evaluateWithdrawal(criterion: WithdrawalCriterion, kpi: KpiLike, rounds: readonly ProgressRound[]): WithdrawalEvaluation {
  if (criterion.kpi_id !== kpi.id) {
    throw InputError.single({
      column: 'kpi_id',
      code: 'kpi_mismatch',
      reason: `撤退基準「${criterion.id}」の対象KPI「${criterion.kpi_id}」と評価するKPI「${kpi.id}」が一致しません`,
    });
  }
  const dated = rounds.map((round, i) => ({ round, day: isoDayOf(round.period_end, `rounds[${i}].period_end`) }));
  dated.sort((a, b) => a.day - b.day || (a.round.round_id < b.round.round_id ? -1 : a.round.round_id > b.round.round_id ? 1 : 0));
  const verdicts = dated.map(({ round, day }) => judgeRound(criterion, kpi, round, day));
  const consecutive = trailingRun(verdicts);
  return {
    criterion_id: criterion.id,
    kpi_id: criterion.kpi_id,
    met: consecutive >= criterion.consecutive_rounds,
    consecutive,
    rounds: verdicts,
    explanation: explain(criterion, kpi, verdicts, consecutive),
  };
}
