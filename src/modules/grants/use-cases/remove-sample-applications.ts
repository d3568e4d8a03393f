/**
 * Removing the sample applications (`sousei demo remove`): every application marked `sample`
 * with all its rows, in one transaction, one audit entry each. Nothing without the mark is
 * touched; the audit log keeps the entries of their creation (append-only).
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { grantApplications, grantApplicationVersions, grantDecisions, grantEvents, grantReviewers, grantReviews, grantVerifications } from '../schema.ts';

const CHILD_TABLES = [grantApplicationVersions, grantEvents, grantReviewers, grantReviews, grantDecisions, grantVerifications] as const;

export async function removeSampleApplications(db: Pick<Database, 'transaction'>, by: Principal): Promise<number> {
  const actor = auditNameOf(by);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ ownerCode: grantApplications.ownerCode, id: grantApplications.id, title: grantApplications.title })
      .from(grantApplications)
      .where(eq(grantApplications.sample, true))
      .for('update');
    for (const r of rows) {
      for (const t of CHILD_TABLES) await tx.delete(t).where(and(eq(t.ownerCode, r.ownerCode), eq(t.applicationId, r.id)));
      await tx.delete(grantApplications).where(and(eq(grantApplications.ownerCode, r.ownerCode), eq(grantApplications.id, r.id)));
      await appendAudit(tx, {
        ownerCode: r.ownerCode,
        actor,
        action: 'grant.delete',
        entityType: 'grant_application',
        entityId: r.id,
        summary: `サンプルの申請を削除: ${r.title}`,
      });
    }
    return rows.length;
  });
}
