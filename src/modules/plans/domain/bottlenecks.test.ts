import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_LABELS, type BottleneckInput, deadlineDay, findBottlenecks } from './bottlenecks.ts';
import { Measure, PlanKpi, WithdrawalCriterion } from './plan-content.ts';
import { evaluateWithdrawal } from './withdrawal.ts';

// FY2023 → FY2025: halfway on 2025-03-31, where the path expects 150
const kpi = PlanKpi.parse({ id: 'k1', name: '新規雇用者数', unit: '人', baseline_value: 100, baseline_fy: 2023, target_value: 200, target_fy: 2025 });
const measure = Measure.parse({
  id: 'm1',
  actions: [
    { id: 'a1', content: '人材育成講座の開講', deadline: '2025-03-15' },
    { id: 'a2', content: '工業用水の確保', deadline: '2025-03' },
    { id: 'a3', content: '', deadline: '2025-02-01' },
    { id: 'a4', content: '期限なし', deadline: null },
  ],
});
const base = (over: Partial<BottleneckInput> = {}): BottleneckInput => ({
  as_of: '2025-04-10',
  kpis: [kpi],
  actuals: [],
  measures: [],
  action_statuses: [],
  report: null,
  withdrawals: [],
  ...over,
});

describe('findBottlenecks', () => {
  it('finds nothing in a plan on track', () => {
    expect(findBottlenecks(base({ actuals: [{ kpi_id: 'k1', period_end: '2025-03-31', actual: 150 }] }))).toEqual([]);
  });

  it('flags a KPI whose latest actual is below its straight-line path, with values and lag', () => {
    const flags = findBottlenecks(base({ actuals: [{ kpi_id: 'k1', period_end: '2025-03-31', actual: 135 }] }));
    expect(flags).toEqual([
      {
        kind: 'kpi_off_path',
        severity: 'warning',
        target_id: 'k1',
        message: 'KPI「新規雇用者数」の実績（135人、令和7年（2025年）3月31日時点）が直線的な到達見込み（150人）を15ポイント下回っています',
      },
    ]);
  });

  it('does not flag a KPI ahead of its path, without an actual, or without a path', () => {
    const noPath = PlanKpi.parse({ id: 'k2', name: '来訪者数', unit: '人', target_value: 10, target_fy: 2025 });
    const flags = findBottlenecks(
      base({
        kpis: [kpi, noPath],
        actuals: [
          { kpi_id: 'k1', period_end: '2025-03-31', actual: 160 },
          { kpi_id: 'k2', period_end: '2025-03-31', actual: 1 },
          { kpi_id: 'unknown', period_end: '2025-03-31', actual: 1 },
        ],
      }),
    );
    expect(flags).toEqual([]);
    expect(findBottlenecks(base({ actuals: [{ kpi_id: 'k1', period_end: '2025-03-31', actual: null }] }))).toEqual([]);
  });

  it('judges each KPI on its latest actual, whatever order the actuals come in', () => {
    const actuals = [
      { kpi_id: 'k1', period_end: '2025-03-31', actual: 150 },
      { kpi_id: 'k1', period_end: '2024-09-30', actual: 100 },
      { kpi_id: 'k1', period_end: '2025-09-30', actual: null },
    ];
    expect(findBottlenecks(base({ actuals }))).toEqual([]);
    const behind = findBottlenecks(base({ actuals: [...actuals, { kpi_id: 'k1', period_end: '2026-03-31', actual: 150 }] }));
    expect(behind.map((f) => f.message)).toEqual(['KPI「新規雇用者数」の実績（150人、令和8年（2026年）3月31日時点）が直線的な到達見込み（200人）を50ポイント下回っています']);
  });

  it('flags 5W1H items past their deadline that are not done; a month deadline runs to its last day', () => {
    const input = base({ as_of: '2025-03-31', measures: [measure], action_statuses: [{ action_id: 'a1', status: 'in_progress' }] });
    const flags = findBottlenecks(input);
    expect(flags.map((f) => f.target_id)).toEqual(['a1', 'a3']);
    expect(flags[0]?.message).toBe('5W1H「人材育成講座の開講」の期限（令和7年（2025年）3月15日）を過ぎていますが、状況は「実施中」です');
    expect(flags[1]?.message).toContain('5W1H「a3」');
    expect(flags[1]?.message).toContain('「未報告」');
    // a day later March is over: a2 (2025-03) is overdue too
    expect(findBottlenecks({ ...input, as_of: '2025-04-01' }).map((f) => f.target_id)).toEqual(['a1', 'a2', 'a3']);
    const done = findBottlenecks({
      ...input,
      action_statuses: [
        { action_id: 'a1', status: 'done' },
        { action_id: 'a3', status: 'delayed' },
      ],
    });
    expect(done.map((f) => [f.target_id, f.message.endsWith(`「${ACTION_STATUS_LABELS.delayed}」です`)])).toEqual([['a3', true]]);
  });

  it('flags the report within the warning window, on the day and past it, not earlier or once submitted', () => {
    const at = (as_of: string, submitted = false, report_warning_days?: number) =>
      findBottlenecks(base({ as_of, report: { round_id: 'r1', deadline: '2025-04-30', submitted }, report_warning_days }));
    expect(at('2025-04-22')).toEqual([]);
    expect(at('2025-04-23')).toEqual([
      { kind: 'report_missing', severity: 'notice', target_id: 'r1', message: '進捗報告が未提出です。提出期限（令和7年（2025年）4月30日）まであと7日です' },
    ]);
    expect(at('2025-04-30')[0]?.message).toBe('進捗報告が未提出です。提出期限は本日（令和7年（2025年）4月30日）です');
    expect(at('2025-05-03')[0]).toMatchObject({ severity: 'critical', message: '進捗報告が未提出です。提出期限（令和7年（2025年）4月30日）を3日過ぎています' });
    expect(at('2025-05-03', true)).toEqual([]);
    expect(at('2025-04-10', false, 30)).toHaveLength(1);
  });

  it('flags met withdrawal criteria only, first in the list', () => {
    const c = WithdrawalCriterion.parse({ id: 'w1', kpi_id: 'k1', comparison: 'behind_path', threshold: 10, consecutive_rounds: 1 });
    const met = evaluateWithdrawal(c, kpi, [{ round_id: 'r1', period_end: '2025-03-31', actual: 120 }]);
    const notMet = evaluateWithdrawal({ ...c, id: 'w2' }, kpi, [{ round_id: 'r1', period_end: '2025-03-31', actual: 150 }]);
    const flags = findBottlenecks(base({ withdrawals: [notMet, met], actuals: [{ kpi_id: 'k1', period_end: '2025-03-31', actual: 120 }], measures: [measure] }));
    expect(flags.map((f) => [f.kind, f.target_id])).toEqual([
      ['withdrawal_met', 'w1'],
      ['kpi_off_path', 'k1'],
      ['action_overdue', 'a1'],
      ['action_overdue', 'a2'],
      ['action_overdue', 'a3'],
    ]);
    expect(flags[0]?.message).toBe('撤退基準に該当します: KPI「新規雇用者数」の実績が直線的な到達見込みを10ポイント以上下回りました');
  });

  it('never meets a 5W1H deadline that does not exist: the entry items refuse it (2025-02-30 is not 2 March)', () => {
    const parsed = Measure.safeParse({ id: 'm', actions: [{ id: 'a', deadline: '2025-02-30' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('日付は YYYY-MM-DD または YYYY-MM で指定してください');
    expect(Measure.parse({ id: 'm', actions: [{ id: 'a', deadline: '2024-02-29' }] }).actions[0]?.deadline).toBe('2024-02-29');
  });

  it('reads deadlines as days or months and refuses a malformed as_of', () => {
    expect(deadlineDay('2024-02')).toBe(deadlineDay('2024-02-29'));
    expect(deadlineDay('2024-13-01')).toBeNull();
    expect(() => findBottlenecks(base({ as_of: '2025/04/10' }))).toThrow('as_of');
  });
});
