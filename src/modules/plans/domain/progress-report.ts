/**
 * A progress report's contents, checked against the plan it reports on (pure): every 5W1H item
 * and KPI named must be the published version's, a late item needs its cause, KPI actuals are
 * numbers (「1.2万」「3億」 typed in are read exactly) for a period the KPI engine reads. Every
 * problem is an issue naming the item, never a partial save.
 * Decisions (module README 「進捗確認（ラウンド）」): an item is late when its status is 遅延, or
 * when its deadline fell on or before the round's period end and it is not 完了; a period left
 * empty is the month of the round's period end; a submitted report covers every 5W1H item.
 */
import { type InputIssue, InputError } from '../../../shared/errors.ts';
import { parseJapaneseNumber } from '../../../shared/japanese-numbers.ts';
import { tryParsePeriod } from '../../../shared/periods.ts';
import { ACTION_STATUS_LABELS, type ActionStatus, deadlineDay } from './bottlenecks.ts';
import { isoDayOf } from './withdrawal.ts';

export interface ReportItemInput {
  action_id: string;
  status: ActionStatus;
  done?: string;
  delay_cause?: string;
}

export interface KpiValueInput {
  kpi_id: string;
  period?: string | null;
  value: number | string;
}

export interface ReportContext {
  /** the 5W1H items of the published version */
  actions: readonly { itemId: string; content: string; deadline: string | null }[];
  /** ids and names of its KPIs and KGIs */
  kpis: readonly { id: string; name: string }[];
  /** the round's period end, YYYY-MM-DD */
  periodEnd: string;
}

export interface ReportContents {
  items: { action_id: string; status: ActionStatus; done: string; delay_cause: string }[];
  kpi_values: { kpi_id: string; period: string; value: number }[];
}

const label = (a: { itemId: string; content: string }): string => `5W1H「${a.content.trim() === '' ? a.itemId : a.content.trim().slice(0, 40)}」`;

/** Late: 遅延, or past its deadline at the period's end and not done. */
export function isLate(status: ActionStatus, deadline: string | null, periodEnd: string): boolean {
  if (status === 'delayed') return true;
  if (status === 'done' || deadline === null) return false;
  const due = deadlineDay(deadline);
  return due !== null && due <= isoDayOf(periodEnd, 'period_end');
}

function checkItems(items: readonly ReportItemInput[], ctx: ReportContext, issues: InputIssue[]): ReportContents['items'] {
  const byId = new Map(ctx.actions.map((a) => [a.itemId, a]));
  const seen = new Set<string>();
  const out: ReportContents['items'] = [];
  for (const [i, it] of items.entries()) {
    const column = `items[${i}]`;
    const action = byId.get(it.action_id);
    if (!action) {
      issues.push({ column, code: 'unknown_action', reason: `5W1H項目「${it.action_id}」はこの計画（公表版）にありません` });
      continue;
    }
    if (seen.has(it.action_id)) {
      issues.push({ column, code: 'duplicate_action', reason: `${label(action)}が2回報告されています` });
      continue;
    }
    seen.add(it.action_id);
    const cause = (it.delay_cause ?? '').trim();
    if (cause === '' && isLate(it.status, action.deadline, ctx.periodEnd)) {
      const why = it.status === 'delayed' ? '状況が「遅延」' : `期限（${action.deadline}）を過ぎて「${ACTION_STATUS_LABELS[it.status]}」`;
      issues.push({ column: `${column}.delay_cause`, code: 'delay_cause_required', reason: `${label(action)}は${why}です。遅れの原因を入力してください` });
      continue;
    }
    out.push({ action_id: it.action_id, status: it.status, done: (it.done ?? '').trim(), delay_cause: cause });
  }
  return out;
}

const monthOf = (day: string): string => day.slice(0, 7);

function checkKpis(values: readonly KpiValueInput[], ctx: ReportContext, issues: InputIssue[]): ReportContents['kpi_values'] {
  const names = new Map(ctx.kpis.map((k) => [k.id, k.name]));
  const seen = new Set<string>();
  const out: ReportContents['kpi_values'] = [];
  for (const [i, v] of values.entries()) {
    const column = `kpi_values[${i}]`;
    const name = names.get(v.kpi_id);
    if (name === undefined) {
      issues.push({ column, code: 'unknown_kpi', reason: `KPI「${v.kpi_id}」はこの計画（公表版）にありません` });
      continue;
    }
    const period = (v.period ?? '').trim() || monthOf(ctx.periodEnd);
    if (!/^(FY)?\d{4}(-\d{2})?$/.test(period) || tryParsePeriod(period) === null) {
      issues.push({ column: `${column}.period`, code: 'invalid_period', reason: `KPI「${name}」の期間「${period}」を読めません（例: FY2027、2027-09）` });
      continue;
    }
    if (seen.has(`${v.kpi_id}\u0000${period}`)) {
      issues.push({ column, code: 'duplicate_kpi', reason: `KPI「${name}」の${period}の実績が2回あります` });
      continue;
    }
    seen.add(`${v.kpi_id}\u0000${period}`);
    const parsed = parseJapaneseNumber(v.value);
    if (!parsed.ok || parsed.value === null || ('percent' in parsed && parsed.percent)) {
      issues.push({ column: `${column}.value`, code: 'not_a_number', reason: `KPI「${name}」の実績「${v.value}」を数値として読めません（例: 120、1.2万、3億）` });
      continue;
    }
    out.push({ kpi_id: v.kpi_id, period, value: parsed.value });
  }
  return out;
}

/** The report's contents, or an InputError naming every bad item. */
export function checkReport(input: { items: readonly ReportItemInput[]; kpi_values: readonly KpiValueInput[] }, ctx: ReportContext): ReportContents {
  const issues: InputIssue[] = [];
  const items = checkItems(input.items, ctx, issues);
  const kpi_values = checkKpis(input.kpi_values, ctx, issues);
  if (issues.length > 0) throw new InputError(issues);
  return { items, kpi_values };
}

/** What a report lacks to be submitted: the 5W1H items it does not report on. */
export function unreportedItems(contents: Pick<ReportContents, 'items'>, ctx: Pick<ReportContext, 'actions'>): InputIssue[] {
  const reported = new Set(contents.items.map((i) => i.action_id));
  return ctx.actions
    .filter((a) => !reported.has(a.itemId))
    .map((a) => ({ column: `items.${a.itemId}`, code: 'item_not_reported', reason: `${label(a)}の状況が報告されていません` }));
}
