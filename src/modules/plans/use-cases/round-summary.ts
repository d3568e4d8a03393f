/**
 * A round's summary for publication: per plan (its report's status, its 5W1H items by status
 * and the late ones, its KPI actuals, 「撤退基準に該当」 and its bottleneck flags), per plan type
 * and per prefecture (a plan counts in every prefecture it concerns). The secretariat (and
 * operators) see every plan and every report; other signed-in users the plans they may view;
 * the public a published round only, and only its accepted reports' figures.
 */
import type { Database } from '../../../db/client.ts';
import { checkDigit } from '../../../shared/local-gov-code.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import type { Principal } from '../../auth/index.ts';
import { organisationOf } from '../../organisations/index.ts';
import { ACTION_STATUSES, type ActionStatus, type Bottleneck, findBottlenecks } from '../domain/bottlenecks.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import { PLAN_TYPE_LABELS, PLAN_TYPES, type PlanType } from '../domain/plan-types.ts';
import { isLate } from '../domain/progress-report.ts';
import { canRunRounds, canUser } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, findPlan, versionContent, type Tx } from '../repository.ts';
import {
  acceptedReportsOfPlans,
  actionItemsOfPlans,
  plansInRound,
  publishedContentsOf,
  reportsOfRound,
  roundOrNotFound,
  type KpiValue,
  type ReportItem,
} from '../rounds-repository.ts';
import type { PlanReportRow, PlanRoundRow, PlanRow } from '../schema.ts';
import { evaluateCriteria, type RoundHistory } from './evaluate-round.ts';

export type ReportState = PlanReportRow['status'] | 'none';

export interface Counts {
  plans: number;
  not_submitted: number;
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  late_items: number;
  withdrawal_flagged: number;
}

export const roundJson = (r: PlanRoundRow) => ({
  id: r.id,
  title: r.title,
  plan_types: r.planTypes,
  period_start: r.periodStart,
  period_end: r.periodEnd,
  deadline: r.deadline,
  status: r.status,
  published_at: r.publishedAt?.toISOString() ?? null,
  opened_by: r.openedBy,
  opened_at: r.openedAt.toISOString(),
  sample: r.sample,
});

/** What the summary reads of every plan, loaded in a few queries for the whole round. */
interface Loaded {
  contents: Map<string, unknown>;
  actions: Map<string, Awaited<ReturnType<typeof actionItemsOfPlans>>>;
  history: Map<string, RoundHistory[]>;
}

async function loadPlans(db: Tx, planIds: readonly string[]): Promise<Loaded> {
  const group = <T extends { planId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.planId, [...(m.get(r.planId) ?? []), r]);
    return m;
  };
  const history = new Map(
    [...group(await acceptedReportsOfPlans(db, planIds))].map(([id, rows]) => [
      id,
      rows.map((r) => ({ round_id: r.roundId, period_end: r.periodEnd, kpi_values: r.kpiValues as KpiValue[], published: r.publishedAt !== null })),
    ]),
  );
  return { contents: await publishedContentsOf(db, planIds), actions: group(await actionItemsOfPlans(db, planIds)), history };
}

async function planSummary(db: Tx, plan: PlanRow, round: PlanRoundRow, report: PlanReportRow | undefined, asOf: string, publicOnly: boolean, loaded: Loaded) {
  const content = (loaded.contents.get(plan.id) as PlanContent | undefined) ?? (await versionContent(db, plan, plan.publishedVersion ?? plan.currentVersion));
  const actions = loaded.actions.get(plan.id) ?? [];
  const items = (report?.items ?? []) as ReportItem[];
  const byId = new Map(items.map((i) => [i.action_id, i]));
  const kpis = [...content.kgis, ...content.kpis];
  // the public sees published rounds' figures only; a report not (or no longer) accepted adds none
  const history = (loaded.history.get(plan.id) ?? []).filter((h) => (!publicOnly || h.published) && (h.round_id !== round.id || report?.status === 'accepted'));
  const withdrawals = evaluateCriteria(content, history, round.periodEnd);
  const bottlenecks: Bottleneck[] = findBottlenecks({
    as_of: asOf,
    kpis,
    actuals: history.filter((h) => h.period_end <= round.periodEnd).flatMap((h) => h.kpi_values.map((v) => ({ kpi_id: v.kpi_id, period_end: h.period_end, actual: v.value }))),
    measures: content.measures,
    action_statuses: items.map((i) => ({ action_id: i.action_id, status: i.status })),
    report: round.publishedAt === null ? { round_id: round.id, deadline: round.deadline, submitted: report?.status === 'submitted' || report?.status === 'accepted' } : null,
    withdrawals,
  });
  const reportItems = actions.map((a) => {
    const r = byId.get(a.itemId);
    const status = (r?.status ?? null) as ActionStatus | null;
    return {
      action_id: a.itemId,
      measure_id: a.measureId,
      content: a.content,
      deadline: a.deadline,
      status,
      done: r?.done ?? '',
      delay_cause: r?.delay_cause ?? '',
      late: status !== null && isLate(status, a.deadline, round.periodEnd),
    };
  });
  const names = new Map(kpis.map((k) => [k.id, k]));
  return {
    plan_id: plan.id,
    title: plan.title,
    type: plan.type as PlanType,
    status: plan.status,
    owner_org_id: plan.ownerOrgId,
    pref_codes: plan.prefCodes,
    report_status: (report?.status ?? 'none') as ReportState,
    lock_version: report?.lockVersion ?? 0,
    revision: report?.revision ?? 0,
    submitted_at: report?.submittedAt?.toISOString() ?? null,
    // the secretariat's return comment is between it and the owner
    return_comment: publicOnly ? '' : (report?.returnComment ?? ''),
    items_by_status: Object.fromEntries(ACTION_STATUSES.map((s) => [s, reportItems.filter((i) => i.status === s).length])) as Record<ActionStatus, number>,
    items_unreported: reportItems.filter((i) => i.status === null).length,
    late_items: reportItems.filter((i) => i.late).length,
    report_items: reportItems,
    kpi_values: ((report?.kpiValues ?? []) as KpiValue[]).map((v) => ({ ...v, name: names.get(v.kpi_id)?.name ?? v.kpi_id, unit: names.get(v.kpi_id)?.unit ?? '' })),
    withdrawal_flag: plan.withdrawalFlag,
    withdrawal_met: withdrawals.filter((w) => w.met).map((w) => ({ criterion_id: w.criterion_id, explanation: w.explanation })),
    bottlenecks,
  };
}

export type PlanSummary = Awaited<ReturnType<typeof planSummary>>;

function countOf(rows: readonly PlanSummary[]): Counts {
  const n = (s: ReportState) => rows.filter((r) => r.report_status === s).length;
  return {
    plans: rows.length,
    not_submitted: n('none'),
    draft: n('draft'),
    submitted: n('submitted'),
    accepted: n('accepted'),
    returned: n('returned'),
    late_items: rows.reduce((s, r) => s + r.late_items, 0),
    withdrawal_flagged: rows.filter((r) => r.withdrawal_met.length > 0).length,
  };
}

async function byPrefecture(db: Tx, rows: readonly PlanSummary[]) {
  const codes = [...new Set(rows.flatMap((r) => r.pref_codes))].sort();
  return Promise.all(
    codes.map(async (pref) => {
      const org = await organisationOf(db, `${pref}000${checkDigit(`${pref}000`)}`);
      return { pref_code: pref, name: org?.name ?? pref, ...countOf(rows.filter((r) => r.pref_codes.includes(pref))) };
    }),
  );
}

/** The plans a round concerns: those it asks now, and any with a report in it (since withdrawn, say). */
async function roundPlans(db: Tx, round: PlanRoundRow, reports: readonly PlanReportRow[]): Promise<PlanRow[]> {
  const asked = await plansInRound(db, round);
  const seen = new Set(asked.map((p) => p.id));
  for (const r of reports) {
    if (seen.has(r.planId)) continue;
    const p = await findPlan(db, r.planId);
    if (p) asked.push(p);
    seen.add(r.planId);
  }
  return asked;
}

export async function roundSummary(db: Database, roundId: string, by: Principal | null) {
  const round = await roundOrNotFound(db, roundId);
  const actor = by ? await planActorOf(db, by) : null;
  const all = by !== null && (actor === null || canRunRounds(actor));
  if (by === null && round.publishedAt === null) throw new NotFoundError(`進捗確認のラウンド「${roundId}」はありません`);
  const reports = await reportsOfRound(db, roundId);
  const visible = by === null ? reports.filter((r) => r.status === 'accepted') : reports;
  const asOf = formatDay(todayDay());
  // by === null is the public: every plan of a published round; users see those they may view
  const shown = (await roundPlans(db, round, reports)).filter((plan) => all || actor === null || canUser(actor, accessOf(plan), 'view'));
  const loaded = await loadPlans(
    db,
    shown.map((p) => p.id),
  );
  const reportOf = new Map(visible.map((r) => [r.planId, r]));
  const rows: PlanSummary[] = [];
  for (const plan of shown) rows.push(await planSummary(db, plan, round, reportOf.get(plan.id), asOf, by === null, loaded));
  return {
    round: roundJson(round),
    as_of: asOf,
    view: by === null ? ('public' as const) : all ? ('all' as const) : ('own' as const),
    totals: countOf(rows),
    by_type: PLAN_TYPES.filter((t) => round.planTypes.includes(t)).map((t) => ({ type: t, label: PLAN_TYPE_LABELS[t], ...countOf(rows.filter((r) => r.type === t)) })),
    by_prefecture: await byPrefecture(db, rows),
    plans: rows,
  };
}

export type RoundSummary = Awaited<ReturnType<typeof roundSummary>>;
