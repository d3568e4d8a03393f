/**
 * What every report use case reads first: the plan (locked for writes: the lock order is plan,
 * then report, then the audit chain), the round, whether the round asks this plan, and what the
 * plan's published version offers to report on (its 5W1H items and KPIs/KGIs).
 */
import { InputError } from '../../../shared/errors.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import type { ReportContext } from '../domain/progress-report.ts';
import { lockPlan, planOrNotFound, versionContent, type Tx } from '../repository.ts';
import { actionItemsOf, REPORTING_STATUSES, roundOrNotFound } from '../rounds-repository.ts';
import type { PlanReportRow, PlanRoundRow, PlanRow } from '../schema.ts';

export interface ReportTarget {
  plan: PlanRow;
  round: PlanRoundRow;
  content: PlanContent;
  ctx: ReportContext;
}

export function isAskedBy(round: Pick<PlanRoundRow, 'planTypes'>, plan: Pick<PlanRow, 'type' | 'status' | 'publishedVersion'>): boolean {
  return round.planTypes.includes(plan.type) && plan.publishedVersion !== null && (REPORTING_STATUSES as readonly string[]).includes(plan.status);
}

export async function reportTarget(tx: Tx, planId: string, roundId: string, lock: boolean): Promise<ReportTarget> {
  const plan = lock ? await lockPlan(tx, planId) : await planOrNotFound(tx, planId);
  const round = await roundOrNotFound(tx, roundId, lock ? 'share' : false);
  if (plan.publishedVersion === null)
    throw InputError.single({ column: 'plan_id', code: 'not_in_round', reason: `計画「${plan.title}」は国が公表していないため、進捗報告の対象ではありません` });
  const content = await versionContent(tx, plan, plan.publishedVersion);
  const actions = await actionItemsOf(tx, plan);
  return {
    plan,
    round,
    content,
    ctx: {
      actions: actions.map((a) => ({ itemId: a.itemId, content: a.content, deadline: a.deadline })),
      kpis: [...content.kgis, ...content.kpis].map((k) => ({ id: k.id, name: k.name })),
      periodEnd: round.periodEnd,
    },
  };
}

/** Writes need the round to ask the plan and to be still unpublished. */
export function assertWritable(t: ReportTarget): void {
  if (t.round.publishedAt !== null) {
    throw InputError.single({
      column: 'round_id',
      code: 'round_published',
      reason: `ラウンド「${t.round.title}」は公表済みのため、報告を変更できません（受理済みの報告は訂正できます）`,
    });
  }
  if (!isAskedBy(t.round, t.plan)) {
    const reason = `計画「${t.plan.title}」はラウンド「${t.round.title}」の対象ではありません（対象: 国が公表し実行中の${t.round.planTypes.join('・')}の計画）`;
    throw InputError.single({ column: 'round_id', code: 'not_in_round', reason });
  }
}

export const reportJson = (r: PlanReportRow) => ({
  plan_id: r.planId,
  round_id: r.roundId,
  status: r.status,
  lock_version: r.lockVersion,
  revision: r.revision,
  items: r.items as { action_id: string; status: string; done: string; delay_cause: string }[],
  kpi_values: r.kpiValues as { kpi_id: string; period: string; value: number }[],
  return_comment: r.returnComment,
  submitted_at: r.submittedAt?.toISOString() ?? null,
  accepted_at: r.acceptedAt?.toISOString() ?? null,
  updated_at: r.updatedAt.toISOString(),
  updated_by: r.updatedBy,
});

export const reportEntityId = (planId: string, roundId: string): string => `${planId}/${roundId}`;
