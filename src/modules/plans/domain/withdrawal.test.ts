import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { Kgi, PlanKpi, WithdrawalCriterion, type PlanKpi as PlanKpiT } from './plan-content.ts';
import { evaluateWithdrawal, fiscalYearEndDay, pathGapAt, pathPointAt, pathProblem } from './withdrawal.ts';

// FY2023 ends 2024-03-31, FY2025 ends 2026-03-31: 730 days, so 2025-03-31 is exactly halfway.
const kpi = (over: Partial<PlanKpiT> = {}) =>
  PlanKpi.parse({ id: 'k1', name: '新規雇用者数', unit: '人', baseline_value: 100, baseline_fy: 2023, target_value: 200, target_fy: 2025, ...over });
const criterion = (over: Record<string, unknown> = {}) =>
  WithdrawalCriterion.parse({ id: 'w1', kpi_id: 'k1', comparison: 'behind_path', threshold: 10, consecutive_rounds: 2, ...over });
const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('straight-line path', () => {
  it('runs from the end of the baseline 年度 to the end of the target 年度', () => {
    expect(fiscalYearEndDay(2023)).toBe(day('2024-03-31'));
    expect(pathPointAt(kpi(), day('2025-03-31'))).toEqual({ expected_value: 150, expected_progress: 0.5 });
    expect(pathPointAt(kpi(), day('2024-03-31'))?.expected_value).toBe(100);
  });

  it('is flat before the baseline year ends and after the target year ends', () => {
    expect(pathPointAt(kpi(), day('2023-09-30'))).toEqual({ expected_value: 100, expected_progress: 0 });
    expect(pathPointAt(kpi(), day('2027-03-31'))).toEqual({ expected_value: 200, expected_progress: 1 });
  });

  it('measures the lag in percentage points of the distance, signed for a decrease', () => {
    expect(pathGapAt(kpi(), day('2025-03-31'), 135)?.lag_points).toBe(15);
    expect(pathGapAt(kpi(), day('2025-03-31'), 170)?.lag_points).toBe(-20);
    // 100 → 60: halfway should be 80; 88 covers 12 of 40 = 30 %, 20 points behind
    const down = kpi({ direction: 'decrease', target_value: 60 });
    expect(pathGapAt(down, day('2025-03-31'), 88)).toMatchObject({ expected_value: 80, lag_points: 20 });
    expect(pathGapAt(down, day('2025-03-31'), 70)?.lag_points).toBe(-25);
  });

  it('treats maintain and target = baseline as a level: shortfall in percent of it', () => {
    const keep = kpi({ direction: 'maintain', target_value: 50, baseline_value: 50 });
    expect(pathGapAt(keep, day('2025-03-31'), 45)).toMatchObject({ expected_value: 50, lag_points: 10, actual_progress: null });
    expect(pathGapAt(kpi({ target_value: 100 }), day('2025-03-31'), 120)?.lag_points).toBe(-20);
    expect(pathGapAt(kpi({ direction: 'decrease', target_value: 100 }), day('2025-03-31'), 120)?.lag_points).toBe(20);
    expect(pathProblem(kpi({ direction: 'maintain', target_value: 0 }))).toContain('水準が0');
  });

  it('has no path without baseline, target or a later target year', () => {
    expect(pathProblem(kpi({ baseline_value: null }))).toBe('基準値または基準年度が未設定です');
    expect(pathProblem(kpi({ target_fy: null }))).toBe('目標値または目標年度が未設定です');
    expect(pathProblem(kpi({ target_fy: 2023 }))).toBe('目標年度が基準年度より後ではありません');
    expect(pathGapAt(kpi({ baseline_value: null }), day('2025-03-31'), 1)).toBeNull();
  });
});

describe('evaluateWithdrawal', () => {
  const rounds = (...actuals: (number | null)[]) =>
    actuals.map((actual, i) => ({ round_id: `r${i + 1}`, period_end: ['2024-09-30', '2025-03-31', '2025-09-30', '2026-03-31'][i]!, actual }));

  it('is met when the last N rounds all lag the path by the threshold or more', () => {
    // halfway expected 150 (140 lags exactly 10 points); at 2026-03-31 expected 200
    const r = evaluateWithdrawal(criterion(), kpi(), [
      { round_id: 'r1', period_end: '2025-03-31', actual: 140 },
      { round_id: 'r2', period_end: '2026-03-31', actual: 180 },
    ]);
    expect(r.met).toBe(true);
    expect(r.consecutive).toBe(2);
    expect(r.rounds.map((x) => x.breached)).toEqual([true, true]);
    expect(r.rounds[0]).toMatchObject({ expected: 150, lag_points: 10, actual: 140 });
    expect(r.explanation).toBe('KPI「新規雇用者数」の実績が直線的な到達見込みを2回連続で10ポイント以上下回りました');
  });

  it('is not met just under the threshold', () => {
    const r = evaluateWithdrawal(criterion({ consecutive_rounds: 1 }), kpi(), [{ round_id: 'r1', period_end: '2025-03-31', actual: 141 }]);
    expect(r.met).toBe(false);
    expect(r.rounds[0]?.breached).toBe(false);
    expect(r.explanation).toContain('該当しません');
  });

  it('resets the run when a round is on path', () => {
    // expected at the four ends: 2024-09-30 ≈ 125.07, 150, ≈ 175.07, 200
    const r = evaluateWithdrawal(criterion(), kpi(), rounds(100, 150, 100, 195));
    expect(r.rounds.map((x) => x.breached)).toEqual([true, false, true, false]);
    expect(r.consecutive).toBe(0);
    expect(r.met).toBe(false);
    const again = evaluateWithdrawal(criterion(), kpi(), rounds(100, 150, 100, 100));
    expect(again.consecutive).toBe(2);
    expect(again.met).toBe(true);
  });

  it('skips rounds without an actual: they neither extend nor break a run', () => {
    const r = evaluateWithdrawal(criterion(), kpi(), rounds(100, null, 100, null));
    expect(r.rounds.map((x) => x.breached)).toEqual([true, null, true, null]);
    expect(r.consecutive).toBe(2);
    expect(r.met).toBe(true);
    const none = evaluateWithdrawal(criterion(), kpi(), rounds(null, null));
    expect(none).toMatchObject({ met: false, consecutive: 0 });
    expect(none.explanation).toBe('KPI「新規雇用者数」の実績がまだ報告されていないため、撤退基準は判定できません');
  });

  it('orders rounds by period_end whatever order they come in', () => {
    const r = evaluateWithdrawal(criterion(), kpi(), rounds(100, 150, 100, 100).reverse());
    expect(r.rounds.map((x) => x.round_id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(r.met).toBe(true);
  });

  it('cannot judge behind_path without a baseline and says why', () => {
    const r = evaluateWithdrawal(criterion({ consecutive_rounds: 1 }), kpi({ baseline_value: null }), rounds(10));
    expect(r.rounds[0]?.breached).toBeNull();
    expect(r.met).toBe(false);
    expect(r.explanation).toBe('KPI「新規雇用者数」は基準値または基準年度が未設定です。到達見込みと比べられないため、撤退基準は判定できません');
  });

  it('works for a decrease KPI and for a KGI (no direction: the sign of target − baseline)', () => {
    const down = kpi({ direction: 'decrease', baseline_value: 100, target_value: 60 });
    expect(evaluateWithdrawal(criterion({ consecutive_rounds: 1 }), down, [{ round_id: 'r', period_end: '2025-03-31', actual: 88 }]).met).toBe(true);
    expect(evaluateWithdrawal(criterion({ consecutive_rounds: 1 }), down, [{ round_id: 'r', period_end: '2025-03-31', actual: 80 }]).met).toBe(false);
    const kgi = Kgi.parse({ id: 'g', kind: 'value_added', name: '付加価値増加額', unit: '円', baseline_value: 0, baseline_fy: 2023, target_value: 1e9, target_fy: 2025 });
    const r = evaluateWithdrawal(criterion({ kpi_id: 'g', consecutive_rounds: 1, threshold: 20 }), kgi, [{ round_id: 'r', period_end: '2025-03-31', actual: 2.5e8 }]);
    expect(r.rounds[0]).toMatchObject({ breached: true, expected: 5e8, lag_points: 25 });
  });

  it('compares against a value with lt / le / gt / ge at their boundaries', () => {
    const at = (comparison: string, actual: number) =>
      evaluateWithdrawal(criterion({ comparison, threshold: 50, consecutive_rounds: 1 }), kpi({ baseline_value: null }), [{ round_id: 'r', period_end: '2025-03-31', actual }]).met;
    expect([at('lt', 49), at('lt', 50), at('le', 50), at('le', 51)]).toEqual([true, false, true, false]);
    expect([at('gt', 51), at('gt', 50), at('ge', 50), at('ge', 49)]).toEqual([true, false, true, false]);
    const r = evaluateWithdrawal(criterion({ comparison: 'lt', threshold: 50, consecutive_rounds: 1 }), kpi(), [{ round_id: 'r', period_end: '2025-03-31', actual: 10 }]);
    expect(r.explanation).toBe('KPI「新規雇用者数」の実績が50人未満でした');
  });

  it('refuses a malformed period_end with a Japanese error naming it', () => {
    const bad = () => evaluateWithdrawal(criterion(), kpi(), [{ round_id: 'r', period_end: '2025-02-30', actual: 1 }]);
    expect(bad).toThrow(InputError);
    expect(bad).toThrow('rounds[0].period_end');
    expect(bad).toThrow('YYYY-MM-DD の実在する日付');
  });

  it('refuses to evaluate a criterion against another KPI', () => {
    expect(() => evaluateWithdrawal(criterion({ kpi_id: 'k2' }), kpi(), [])).toThrow('撤退基準「w1」の対象KPI「k2」と評価するKPI「k1」が一致しません');
  });

  it('has no rounds: nothing met', () => {
    expect(evaluateWithdrawal(criterion(), kpi(), [])).toMatchObject({ met: false, consecutive: 0, rounds: [] });
  });
});
