/**
 * Naming the reviewers' bodies of a plan (the secretariat): their members with the reviewer role
 * may read the plan unpublished and comment on it, never edit it (permissions.ts). Audited.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationOf } from '../../organisations/index.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, lockPlan, updateHeader } from '../repository.ts';

export async function assignReviewers(db: Database, id: string, orgIds: string[], by: Principal): Promise<{ reviewer_org_ids: string[] }> {
  for (const [i, o] of orgIds.entries()) {
    const org = await organisationOf(db, o);
    if (org?.kind !== 'reviewer_body')
      throw InputError.single({ row: i + 1, column: 'reviewer_org_ids', code: 'not_reviewer_body', reason: `「${o}」は登録された審査・有識者の組織ではありません` });
  }
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, id);
    assertCan(by, actor, accessOf(row), 'assign_reviewer', '審査組織を指定する');
    const next = [...new Set(orgIds)];
    await updateHeader(tx, row, { reviewerOrgIds: next });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'plan.assign_reviewers',
      entityType: 'plan',
      entityId: row.id,
      summary: `審査組織を指定: ${next.join('、') || '（なし）'}`,
      details: { before: row.reviewerOrgIds, after: next },
    });
    return { reviewer_org_ids: next };
  });
}
