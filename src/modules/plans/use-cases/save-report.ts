/**
 * Saving a progress report as a draft (the plan's owner and co-owners' writers): per 5W1H item
 * its status, what was done and the delay's cause (required when late), per KPI its actual.
 * Optimistic locking on lock_version: a save made on an older version is a 409 and changes
 * nothing. A submitted report is with the secretariat, an accepted one is locked (corrections
 * are revisions, correct-report.ts); a returned one is edited again as a draft.
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { checkReport, type KpiValueInput, type ReportItemInput } from '../domain/progress-report.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf } from '../repository.ts';
import { findReport, insertReport, updateReport } from '../rounds-repository.ts';
import type { PlanReportRow } from '../schema.ts';
import { assertWritable, reportEntityId, reportJson, reportTarget } from './report-context.ts';

export interface ReportSave {
  planId: string;
  roundId: string;
  /** the lock_version the editor started from; null or 0 for a report not yet saved */
  lockVersion: number | null;
  items: ReportItemInput[];
  kpiValues: KpiValueInput[];
}

export const REPORT_STATUS_LABELS: Record<PlanReportRow['status'], string> = { draft: '下書き', submitted: '提出済み', accepted: '受理', returned: '差し戻し' };

/** The 409 of a stale write: what the client should reload. */
export function assertFresh(report: PlanReportRow | null, lockVersion: number | null): void {
  const expected = report?.lockVersion ?? 0;
  if ((lockVersion ?? 0) === expected) return;
  throw new ConflictError(
    report
      ? `進捗報告はほかの人が更新しました（あなたが開いた版 ${lockVersion ?? 0} → 現在の版 ${report.lockVersion}、状態「${REPORT_STATUS_LABELS[report.status]}」）。読み込み直してください`
      : '進捗報告はまだ保存されていません。読み込み直してください',
    { version: String(expected), status: report?.status ?? null },
  );
}

export function assertEditable(report: PlanReportRow | null): void {
  if (report?.status === 'submitted') throw new ForbiddenError('提出済みの報告は事務局が確認中のため編集できません（差し戻されると編集できます）');
  if (report?.status === 'accepted') throw new ForbiddenError('受理された報告はロックされています。変更は「訂正」（新しい版として監査記録に残ります）で行ってください');
}

export async function saveReport(db: Database, s: ReportSave, by: Principal) {
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const t = await reportTarget(tx, s.planId, s.roundId, true);
    assertCan(by, actor, accessOf(t.plan), 'report', '進捗報告する');
    assertWritable(t);
    const report = await findReport(tx, t.plan, s.roundId, true);
    assertFresh(report, s.lockVersion);
    assertEditable(report);
    const contents = checkReport({ items: s.items, kpi_values: s.kpiValues }, t.ctx);
    if (report) await updateReport(tx, report, { status: 'draft', items: contents.items, kpiValues: contents.kpi_values, updatedBy: name });
    else await insertReport(tx, t.plan, s.roundId, { items: contents.items, kpiValues: contents.kpi_values, updatedBy: name });
    await appendAudit(tx, {
      ownerCode: t.plan.ownerCode,
      actor: name,
      action: 'plan_report.save',
      entityType: 'plan_report',
      entityId: reportEntityId(t.plan.id, s.roundId),
      summary: `進捗報告を下書き保存: ${t.plan.title}（${t.round.title}、5W1H ${contents.items.length}項目、KPI実績 ${contents.kpi_values.length}件）`,
      details: {
        before: report ? { status: report.status, items: report.items, kpi_values: report.kpiValues } : null,
        after: { status: 'draft', ...contents },
      },
    });
    const saved = await findReport(tx, t.plan, s.roundId);
    return { report: reportJson(saved!) };
  });
}
