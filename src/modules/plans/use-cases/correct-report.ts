/**
 * Correcting an accepted report: accepted reports are locked, so a correction is a new revision
 * (revision 1, 2, …) with its reason, audited with the contents before and after. The owner's
 * writers and the secretariat may correct; the report stays accepted and the withdrawal criteria
 * are evaluated again with the corrected figures.
 */
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError, NotFoundError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { checkReport, type KpiValueInput, type ReportItemInput } from '../domain/progress-report.ts';
import { canUser } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, lockPlan } from '../repository.ts';
import { findReport, updateReport } from '../rounds-repository.ts';
import { evaluatePlanInRound } from './evaluate-round.ts';
import { reportEntityId, reportJson, reportTarget } from './report-context.ts';
import { assertFresh } from './save-report.ts';

export interface ReportCorrection {
  planId: string;
  roundId: string;
  lockVersion: number;
  items: ReportItemInput[];
  kpiValues: KpiValueInput[];
  reason: string;
}

export async function correctReport(db: Database, c: ReportCorrection, by: Principal) {
  const reason = c.reason.trim();
  if (reason === '') throw InputError.single({ column: 'reason', code: 'required', reason: '訂正の理由を入力してください' });
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const t = await reportTarget(tx, c.planId, c.roundId, true);
    const access = accessOf(t.plan);
    if (actor !== null && !canUser(actor, access, 'report') && !canUser(actor, access, 'review_report')) throw new ForbiddenError('この計画の進捗報告を訂正する権限がありません');
    const report = await findReport(tx, t.plan, c.roundId, true);
    if (!report) throw new NotFoundError(`計画「${t.plan.title}」のラウンド「${t.round.title}」の報告はまだありません`);
    assertFresh(report, c.lockVersion);
    if (report.status !== 'accepted') throw new ForbiddenError('訂正できるのは受理された報告です（受理前の報告は下書きとして編集してください）');
    const contents = checkReport({ items: c.items, kpi_values: c.kpiValues }, t.ctx);
    const revision = report.revision + 1;
    await updateReport(tx, report, { revision, items: contents.items, kpiValues: contents.kpi_values, updatedBy: name });
    await appendAudit(tx, {
      ownerCode: t.plan.ownerCode,
      actor: name,
      action: 'plan_report.correct',
      entityType: 'plan_report',
      entityId: reportEntityId(t.plan.id, c.roundId),
      summary: `受理済みの進捗報告を訂正（第${revision}版）: ${t.plan.title}（${t.round.title}）「${reason.slice(0, 200)}」`,
      details: { revision, reason, before: { revision: report.revision, items: report.items, kpi_values: report.kpiValues }, after: { revision, ...contents } },
    });
    const met = await evaluatePlanInRound(tx, await lockPlan(tx, t.plan.id), t.round, name);
    return { report: reportJson((await findReport(tx, t.plan, c.roundId))!), withdrawal_met: met.map((e) => ({ criterion_id: e.criterion_id, explanation: e.explanation })) };
  });
}
