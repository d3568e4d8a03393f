/**
 * ボトルネック: what a progress round shows to be stuck in one plan (seed 001 L223: when progress
 * is poor, find the bottleneck, remove it, add measures). Four flags: KPIs/KGIs below their
 * straight-line path, 5W1H items past their deadline and not done, the round's report not yet
 * submitted near or past its deadline, and withdrawal criteria met.
 * Decisions (module README): a deadline given as a month (YYYY-MM) runs to the month's last day;
 * an item without a reported status counts as 未報告 (not done); severity is 'critical' for a met
 * withdrawal criterion and an overdue report, 'warning' for an off-path KPI and an overdue item,
 * 'notice' for a report due within the warning window.
 */
import { formatDayWareki, formatValueText } from '../../../shared/display-format.ts';
import { formatDay } from '../../../shared/periods.ts';
import type { Measure } from './plan-content.ts';
import { isoDayOf, type KpiLike, pathGapAt, type WithdrawalEvaluation } from './withdrawal.ts';

export type ActionStatus = 'not_started' | 'in_progress' | 'done' | 'delayed';
export const ACTION_STATUSES: readonly ActionStatus[] = ['not_started', 'in_progress', 'done', 'delayed'];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: '未着手',
  in_progress: '実施中',
  done: '完了',
  delayed: '遅延',
};

export type BottleneckKind = 'kpi_off_path' | 'action_overdue' | 'report_missing' | 'withdrawal_met';
export const BOTTLENECK_KIND_LABELS: Record<BottleneckKind, string> = {
  kpi_off_path: 'KPIの遅れ',
  action_overdue: '5W1Hの期限超過',
  report_missing: '進捗報告の未提出',
  withdrawal_met: '撤退基準に該当',
};

export type BottleneckSeverity = 'critical' | 'warning' | 'notice';
export const BOTTLENECK_SEVERITY_LABELS: Record<BottleneckSeverity, string> = { critical: '重大', warning: '要対応', notice: '注意' };

export interface Bottleneck {
  kind: BottleneckKind;
  severity: BottleneckSeverity;
  /** the KPI/KGI id, the action item id, the round id or the criterion id */
  target_id: string;
  message: string;
}

export interface BottleneckInput {
  /** the day the check is made, YYYY-MM-DD */
  as_of: string;
  /** the plan's KPIs and KGIs (both may be off path) */
  kpis: readonly KpiLike[];
  /** the KPIs'/KGIs' actuals up to this round; each is judged on its latest one (a KPI without one is not flagged) */
  actuals: readonly { kpi_id: string; period_end: string; actual: number | null }[];
  measures: readonly Pick<Measure, 'id' | 'actions'>[];
  /** the reported status of each 5W1H item (absent: not reported) */
  action_statuses: readonly { action_id: string; status: ActionStatus }[];
  /** this round's report; null when the round asks for none */
  report: { round_id: string; deadline: string; submitted: boolean } | null;
  /** warn this many days before the report deadline (default 7) */
  report_warning_days?: number;
  withdrawals: readonly WithdrawalEvaluation[];
}

const SEVERITY_ORDER: Record<BottleneckSeverity, number> = { critical: 0, warning: 1, notice: 2 };
const KIND_ORDER: Record<BottleneckKind, number> = { withdrawal_met: 0, report_missing: 1, kpi_off_path: 2, action_overdue: 3 };

/** The last day of a YYYY-MM-DD or YYYY-MM deadline, or null when it is not one. */
export function deadlineDay(deadline: string): number | null {
  const month = /^(\d{4})-(\d{2})$/.exec(deadline);
  if (month) return Math.round(Date.UTC(Number(month[1]), Number(month[2]), 0) / 86_400_000);
  try {
    return isoDayOf(deadline, 'deadline');
  } catch {
    return null;
  }
}

/** Each KPI's latest actual (by period_end; rounds without a value do not hide an earlier one). */
function latestActuals(input: BottleneckInput): Map<string, { day: number; actual: number; period_end: string }> {
  const latest = new Map<string, { day: number; actual: number; period_end: string }>();
  input.actuals.forEach((a, i) => {
    const day = isoDayOf(a.period_end, `actuals[${i}].period_end`);
    if (a.actual === null || !Number.isFinite(a.actual)) return;
    const seen = latest.get(a.kpi_id);
    if (!seen || day > seen.day) latest.set(a.kpi_id, { day, actual: a.actual, period_end: a.period_end });
  });
  return latest;
}

function kpiFlags(input: BottleneckInput): Bottleneck[] {
  const flags: Bottleneck[] = [];
  const latest = latestActuals(input);
  for (const kpi of input.kpis) {
    const a = latest.get(kpi.id);
    if (!a) continue;
    const gap = pathGapAt(kpi, a.day, a.actual);
    if (gap === null || gap.lag_points <= 0) continue;
    const lag = formatValueText(gap.lag_points, 'ポイント', 'ja', 1);
    flags.push({
      kind: 'kpi_off_path',
      severity: 'warning',
      target_id: kpi.id,
      message: `KPI「${kpi.name}」の実績（${formatValueText(a.actual, kpi.unit)}、${formatDayWareki(a.period_end)}時点）が直線的な到達見込み（${formatValueText(gap.expected_value, kpi.unit)}）を${lag}下回っています`,
    });
  }
  return flags;
}

function actionFlags(input: BottleneckInput, today: number): Bottleneck[] {
  const status = new Map(input.action_statuses.map((s) => [s.action_id, s.status]));
  const flags: Bottleneck[] = [];
  for (const measure of input.measures) {
    for (const item of measure.actions) {
      const due = item.deadline === null ? null : deadlineDay(item.deadline);
      const s = status.get(item.id);
      if (due === null || due >= today || s === 'done') continue;
      const what = item.content.trim() === '' ? item.id : item.content.trim().slice(0, 60);
      flags.push({
        kind: 'action_overdue',
        severity: 'warning',
        target_id: item.id,
        message: `5W1H「${what}」の期限（${formatDayWareki(formatDay(due))}）を過ぎていますが、状況は「${s === undefined ? '未報告' : ACTION_STATUS_LABELS[s]}」です`,
      });
    }
  }
  return flags;
}

function reportFlag(input: BottleneckInput, today: number): Bottleneck[] {
  const report = input.report;
  if (report === null || report.submitted) return [];
  const due = isoDayOf(report.deadline, 'report.deadline');
  const days = due - today;
  const window = input.report_warning_days ?? 7;
  if (days > window) return [];
  const when = formatDayWareki(report.deadline);
  const message =
    days < 0
      ? `進捗報告が未提出です。提出期限（${when}）を${-days}日過ぎています`
      : days === 0
        ? `進捗報告が未提出です。提出期限は本日（${when}）です`
        : `進捗報告が未提出です。提出期限（${when}）まであと${days}日です`;
  return [{ kind: 'report_missing', severity: days < 0 ? 'critical' : 'notice', target_id: report.round_id, message }];
}

function withdrawalFlags(input: BottleneckInput): Bottleneck[] {
  return input.withdrawals
    .filter((w) => w.met)
    .map((w) => ({ kind: 'withdrawal_met' as const, severity: 'critical' as const, target_id: w.criterion_id, message: `撤退基準に該当します: ${w.explanation}` }));
}

/** Every bottleneck of one plan in one round, most severe first (then kind, then target id). */
export function findBottlenecks(input: BottleneckInput): Bottleneck[] {
  const today = isoDayOf(input.as_of, 'as_of');
  const flags = [...withdrawalFlags(input), ...reportFlag(input, today), ...kpiFlags(input), ...actionFlags(input, today)];
  return flags.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.target_id < b.target_id ? -1 : a.target_id > b.target_id ? 1 : 0),
  );
}
