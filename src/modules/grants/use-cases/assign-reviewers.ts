/**
 * The secretariat names the reviewers of an application (users with the reviewer role, by id or
 * e-mail) while it is submitted or under review, and may take one off again: an unassigned
 * reviewer's scores are deleted with the assignment, so the summary and the decision count only
 * the panel as it stands (README, decisions). Both audited and in the application's history; the
 * audit log names users by id only (no e-mail addresses in an append-only log).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError, NotFoundError, type InputIssue } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, users, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { assertCanOnGrant } from '../permissions.ts';
import { accessOf, insertEvent, lockApplication, reviewerIds, type ApplicationRow, type Tx } from '../repository.ts';
import { grantReviewers, grantReviews } from '../schema.ts';

/** While reviewers may be named or taken off. */
export const ASSIGNABLE: readonly GrantStatus[] = ['submitted', 'under_review'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReviewerJson {
  user_id: string;
  name: string;
}

/** Users by id or e-mail, each checked to hold the reviewer role; every bad one is named. */
async function resolveReviewers(db: Tx, refs: readonly string[]): Promise<string[]> {
  const trimmed = refs.map((r) => r.trim());
  const ids = trimmed.filter((r) => UUID.test(r));
  const emails = trimmed.filter((r) => !UUID.test(r)).map((e) => e.toLowerCase());
  const found = [
    ...(ids.length ? await db.select().from(users).where(inArray(users.id, ids)) : []),
    ...(emails.length ? await db.select().from(users).where(inArray(users.email, emails)) : []),
  ];
  const issues: InputIssue[] = [];
  const out: string[] = [];
  trimmed.forEach((ref, i) => {
    const u = found.find((f) => f.id === ref || f.email === ref.toLowerCase());
    const column = `reviewers[${i}]`;
    if (!u) issues.push({ column, code: 'unknown_user', reason: `利用者「${ref}」は登録されていません` });
    else if (u.role !== 'reviewer' || u.disabled) issues.push({ column, code: 'not_reviewer', reason: `利用者「${ref}」は審査員（reviewer の役割）ではありません` });
    else out.push(u.id);
  });
  if (trimmed.length === 0) issues.push({ column: 'reviewers', code: 'required', reason: '審査員を1人以上指定してください' });
  if (issues.length > 0) throw new InputError(issues);
  return [...new Set(out)];
}

/** The assigned reviewers with their display names, in assignment order. */
export async function reviewersOf(db: Tx, row: Pick<ApplicationRow, 'ownerCode' | 'id'>): Promise<ReviewerJson[]> {
  const ids = await reviewerIds(db, row);
  if (ids.length === 0) return [];
  const names = new Map((await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]));
  return ids.map((id) => ({ user_id: id, name: names.get(id) ?? '' }));
}

function assertAssignable(row: ApplicationRow): void {
  if (!ASSIGNABLE.includes(row.status as GrantStatus))
    throw new ConflictError(`「${GRANT_STATUS_LABELS[row.status as GrantStatus] ?? row.status}」の申請には審査員を指定・解除できません（提出済み・審査中の申請が対象です）`);
}

export async function assignReviewers(db: Database, id: string, refs: readonly string[], by: Principal): Promise<{ reviewers: ReviewerJson[] }> {
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    assertCanOnGrant(by, actor, await accessOf(tx, row), 'assign_reviewers', '審査員を指定する');
    assertAssignable(row);
    const wanted = await resolveReviewers(tx, refs);
    const before = await reviewerIds(tx, row);
    const added = wanted.filter((u) => !before.includes(u));
    if (added.length > 0) {
      // one millisecond apart, so the panel lists in the order named (reviewerIds orders by assigned_at)
      const at = Date.now();
      await tx
        .insert(grantReviewers)
        .values(added.map((userId, i) => ({ ownerCode: row.ownerCode, applicationId: row.id, userId, assignedBy: name, assignedAt: new Date(at + i) })));
      await insertEvent(tx, row, { action: 'assign_reviewers', fromStatus: row.status, toStatus: row.status, version: row.currentVersion, details: { added }, actor: name });
      await appendAudit(tx, {
        ownerCode: row.ownerCode,
        actor: name,
        action: 'grant.assign_reviewers',
        entityType: 'grant_application',
        entityId: row.id,
        summary: `審査員を指定: ${row.title}（${added.length}人）`,
        details: { before, after: [...before, ...added] },
      });
    }
    return { reviewers: await reviewersOf(tx, row) };
  });
}

export async function unassignReviewer(db: Database, id: string, userId: string, by: Principal): Promise<{ reviewers: ReviewerJson[]; scores_removed: number }> {
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    assertCanOnGrant(by, actor, await accessOf(tx, row), 'assign_reviewers', '審査員を解除する');
    assertAssignable(row);
    const before = await reviewerIds(tx, row);
    if (!before.includes(userId)) throw new NotFoundError(`利用者「${userId}」はこの申請の審査員ではありません`);
    const mine = and(eq(grantReviews.ownerCode, row.ownerCode), eq(grantReviews.applicationId, row.id), eq(grantReviews.userId, userId));
    const removed = await tx.delete(grantReviews).where(mine).returning({ criterion: grantReviews.criterion });
    await tx.delete(grantReviewers).where(and(eq(grantReviewers.ownerCode, row.ownerCode), eq(grantReviewers.applicationId, row.id), eq(grantReviewers.userId, userId)));
    await insertEvent(tx, row, {
      action: 'unassign_reviewer',
      fromStatus: row.status,
      toStatus: row.status,
      version: row.currentVersion,
      details: { removed: userId },
      actor: name,
    });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.unassign_reviewer',
      entityType: 'grant_application',
      entityId: row.id,
      summary: `審査員を解除: ${row.title}（採点${removed.length}件を削除）`,
      details: { before, after: before.filter((u) => u !== userId), scores_removed: removed.length },
    });
    return { reviewers: await reviewersOf(tx, row), scores_removed: removed.length };
  });
}
