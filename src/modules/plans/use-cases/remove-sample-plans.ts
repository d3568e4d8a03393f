/**
 * Removing the sample plans (`sousei demo remove`): every plan marked `sample` with all its rows
 * (versions, events, comments, verdicts, map rows, 5W1H items, reports, decisions), and the
 * sample rounds and map snapshots — one transaction, one audit entry per plan. Nothing without
 * the mark is touched. The audit log keeps the entries of their creation (append-only).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import {
  investmentMapSnapshots,
  planActionItems,
  planComments,
  planEvents,
  planInvestments,
  planReports,
  planRequirementVerdicts,
  planRounds,
  plans,
  planVersions,
  planWithdrawalDecisions,
} from '../schema.ts';

const CHILD_TABLES = [planVersions, planEvents, planComments, planRequirementVerdicts, planInvestments, planActionItems, planReports, planWithdrawalDecisions] as const;

export async function removeSamplePlans(db: Pick<Database, 'transaction'>, by: Principal): Promise<{ plans: number; rounds: number; snapshots: number }> {
  const actor = auditNameOf(by);
  return db.transaction(async (tx) => {
    const rows = await tx.select({ ownerCode: plans.ownerCode, id: plans.id, title: plans.title }).from(plans).where(eq(plans.sample, true)).for('update');
    for (const r of rows) {
      for (const t of CHILD_TABLES) await tx.delete(t).where(and(eq(t.ownerCode, r.ownerCode), eq(t.planId, r.id)));
      await tx.delete(plans).where(and(eq(plans.ownerCode, r.ownerCode), eq(plans.id, r.id)));
      await appendAudit(tx, {
        ownerCode: r.ownerCode,
        actor,
        action: 'plan.delete',
        entityType: 'plan',
        entityId: r.id,
        summary: `サンプルの計画を削除: ${r.title}`,
        details: { source: 'sousei demo remove' },
      });
    }
    const rounds = await tx.delete(planRounds).where(eq(planRounds.sample, true)).returning({ id: planRounds.id });
    // reports of real plans in a sample round (there are none unless someone reported in one) go with it
    if (rounds.length > 0)
      await tx.delete(planReports).where(
        inArray(
          planReports.roundId,
          rounds.map((r) => r.id),
        ),
      );
    const snapshots = await tx.delete(investmentMapSnapshots).where(eq(investmentMapSnapshots.sample, true)).returning({ id: investmentMapSnapshots.id });
    if (rounds.length + snapshots.length > 0) {
      await appendAudit(tx, {
        ownerCode: '000000',
        actor,
        action: 'plan_samples.delete',
        entityType: 'plan_samples',
        entityId: 'demo',
        summary: `サンプルの進捗確認ラウンド ${rounds.length}件・投資マップのスナップショット ${snapshots.length}件を削除`,
        details: { rounds: rounds.map((r) => r.id), snapshots: snapshots.map((s) => s.id) },
      });
    }
    return { plans: rows.length, rounds: rounds.length, snapshots: snapshots.length };
  });
}
