/**
 * The secretariat's review of a submitted report: accept it (it is locked from then on, and the
 * plan's withdrawal criteria are evaluated with it) or return it with a comment saying what to
 * fix. Optimistic lock as for saves; both audited with before/after status.
 */
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError, NotFoundError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, lockPlan } from '../repository.ts';
import { findReport, updateReport } from '../rounds-repository.ts';
import { evaluatePlanInRound } from './evaluate-round.ts';
import { reportEntityId, reportJson, reportTarget } from './report-context.ts';
import { REPORT_STATUS_LABELS, assertFresh } from './save-report.ts';

export interface ReportReview {
  planId: string;
  roundId: string;
  lockVersion: number;
  decision: 'accept' | 'return';
  comment?: string;
}

export async function reviewReport(db: Database, r: ReportReview, by: Principal) {
  const comment = (r.comment ?? '').trim();
  if (r.decision === 'return' && comment === '')
    throw InputError.single({ column: 'comment', code: 'required', reason: '差し戻すときは、直してほしい点をコメントに書いてください' });
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const t = await reportTarget(tx, r.planId, r.roundId, true);
    assertCan(by, actor, accessOf(t.plan), 'review_report', '進捗報告を確認する');
    const report = await findReport(tx, t.plan, r.roundId, true);
    if (!report) throw new NotFoundError(`計画「${t.plan.title}」のラウンド「${t.round.title}」の報告はまだありません`);
    assertFresh(report, r.lockVersion);
    if (report.status !== 'submitted') throw new ForbiddenError(`報告は「${REPORT_STATUS_LABELS[report.status]}」のため受理・差し戻しできません（提出済みの報告が対象です）`);
    const accept = r.decision === 'accept';
    const to = accept ? 'accepted' : 'returned';
    await updateReport(tx, report, accept ? { status: to, acceptedAt: new Date(), updatedBy: name } : { status: to, returnComment: comment, updatedBy: name });
    await appendAudit(tx, {
      ownerCode: t.plan.ownerCode,
      actor: name,
      action: accept ? 'plan_report.accept' : 'plan_report.return',
      entityType: 'plan_report',
      entityId: reportEntityId(t.plan.id, r.roundId),
      summary: `${accept ? '進捗報告を受理' : '進捗報告を差し戻し'}: ${t.plan.title}（${t.round.title}）${comment ? `「${comment.slice(0, 200)}」` : ''}`,
      details: { before: { status: report.status }, after: { status: to }, comment },
    });
    const met = accept ? await evaluatePlanInRound(tx, await lockPlan(tx, t.plan.id), t.round, name) : [];
    return { report: reportJson((await findReport(tx, t.plan, r.roundId))!), withdrawal_met: met.map((e) => ({ criterion_id: e.criterion_id, explanation: e.explanation })) };
  });
}
