/**
 * Submitting a draft (or returned) report to the secretariat: it must report on every 5W1H item
 * of the published version, and its contents are checked again (the plan may have been revised
 * since the draft was saved). Optimistic lock as for saves; audited.
 */
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError, NotFoundError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { checkReport, type KpiValueInput, type ReportItemInput, unreportedItems } from '../domain/progress-report.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf } from '../repository.ts';
import { findReport, updateReport } from '../rounds-repository.ts';
import { assertWritable, reportEntityId, reportJson, reportTarget } from './report-context.ts';
import { assertEditable, assertFresh } from './save-report.ts';

export async function submitReport(db: Database, s: { planId: string; roundId: string; lockVersion: number }, by: Principal) {
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const t = await reportTarget(tx, s.planId, s.roundId, true);
    assertCan(by, actor, accessOf(t.plan), 'report', '進捗報告する');
    assertWritable(t);
    const report = await findReport(tx, t.plan, s.roundId, true);
    if (!report) throw new NotFoundError('進捗報告がまだ保存されていません。下書きを保存してから提出してください');
    assertFresh(report, s.lockVersion);
    assertEditable(report);
    if (report.status !== 'draft' && report.status !== 'returned') throw new ForbiddenError('この報告は提出できません');
    const contents = checkReport({ items: report.items as ReportItemInput[], kpi_values: report.kpiValues as KpiValueInput[] }, t.ctx);
    const missing = unreportedItems(contents, t.ctx);
    if (missing.length > 0) throw new InputError(missing);
    await updateReport(tx, report, { status: 'submitted', submittedAt: new Date(), updatedBy: name });
    await appendAudit(tx, {
      ownerCode: t.plan.ownerCode,
      actor: name,
      action: 'plan_report.submit',
      entityType: 'plan_report',
      entityId: reportEntityId(t.plan.id, s.roundId),
      summary: `進捗報告を提出: ${t.plan.title}（${t.round.title}）`,
      details: { before: { status: report.status }, after: { status: 'submitted' }, lock_version: report.lockVersion + 1 },
    });
    return { report: reportJson((await findReport(tx, t.plan, s.roundId))!) };
  });
}
