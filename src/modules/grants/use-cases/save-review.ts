/**
 * An assigned reviewer saves their scores on the four criteria while the application is under
 * review. Re-saving replaces their own scores (a criterion left out is no longer scored); the
 * scores are tied to the submitted version (grant_reviews.version). Audited with the scores,
 * not the comments' text (the summary is enough to trace who changed what).
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { checkReview } from '../domain/review-input.ts';
import { GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { assertCanOnGrant } from '../permissions.ts';
import { accessOf, lockApplication } from '../repository.ts';
import { grantReviews } from '../schema.ts';
import { myReview, reviewRulesToday, type MyReview } from './get-reviews.ts';

export async function saveReview(db: Database, id: string, input: unknown, by: Principal): Promise<MyReview> {
  const rules = reviewRulesToday();
  const checked = checkReview(input, rules);
  if (!checked.ok) throw new InputError(checked.issues);
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    assertCanOnGrant(by, actor, await accessOf(tx, row), 'review', '採点する');
    if (row.status !== 'under_review')
      throw new ConflictError(`「${GRANT_STATUS_LABELS[row.status as GrantStatus] ?? row.status}」の申請は採点できません（審査中の申請が対象です）`);
    // operators act only through assignment too: the scores belong to a user
    if (!actor) throw new ConflictError('採点は割り当てられた審査員の利用者として行ってください');
    const version = row.submittedVersion ?? row.currentVersion;
    const mine = and(eq(grantReviews.ownerCode, row.ownerCode), eq(grantReviews.applicationId, row.id), eq(grantReviews.userId, actor.userId));
    const before = await tx.select({ criterion: grantReviews.criterion, score: grantReviews.score }).from(grantReviews).where(mine);
    await tx.delete(grantReviews).where(mine);
    const scores = checked.value.scores;
    if (scores.length > 0) {
      await tx
        .insert(grantReviews)
        .values(
          scores.map((s) => ({ ownerCode: row.ownerCode, applicationId: row.id, userId: actor.userId, criterion: s.criterion, score: s.score, comment: s.comment, version })),
        );
    }
    const after = scores.map((s) => ({ criterion: s.criterion, score: s.score }));
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.review',
      entityType: 'grant_application',
      entityId: row.id,
      summary: `評価基準を採点: ${row.title}（${after.map((s) => `${s.criterion}=${s.score}`).join('、') || '採点なし'}）`,
      details: { before, after, version },
    });
    return myReview(tx, row, actor.userId, rules);
  });
}
