/**
 * Making a user staff of an organisation that is not their government (a bureau, a ministry, a
 * reviewers' body, a company): secretariat admins and operators only, audited. The user's role
 * (admin, editor, viewer, reviewer) is the one they were registered with.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { ForbiddenError, InputError, NotFoundError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, findUserByEmail, type Principal } from '../auth/index.ts';
import { canRegisterOrganisation } from './permissions.ts';
import { organisationOf } from './repository.ts';
import { organisationMembers } from './schema.ts';

export async function addMember(db: Database, input: { orgId: string; email: string }, by: Principal): Promise<{ userId: string; orgId: string }> {
  if (!canRegisterOrganisation(by)) throw new ForbiddenError('組織の職員を登録する権限がありません（事務局の管理者のみ）');
  const org = await organisationOf(db, input.orgId);
  if (!org) throw new NotFoundError(`組織「${input.orgId}」が登録されていません`);
  if (/^\d{6}$/.test(input.orgId)) throw InputError.single({ column: 'org', code: 'government_org', reason: '地方公共団体の職員は利用者の団体コードで所属します' });
  const user = await findUserByEmail(db, input.email.trim().toLowerCase());
  if (!user) throw new NotFoundError('その利用者は登録されていません');
  await db.transaction(async (tx) => {
    await tx
      .insert(organisationMembers)
      .values({ userId: user.id, orgId: org.id })
      .onConflictDoUpdate({ target: organisationMembers.userId, set: { orgId: org.id, addedAt: new Date() } });
    await appendAudit(tx, {
      ownerCode: '000000',
      actor: auditNameOf(by),
      action: 'organisation.member_add',
      entityType: 'organisation',
      entityId: org.id,
      summary: `組織の職員を登録: ${org.name}`,
      details: { user: `user:${user.id}` },
    });
  });
  return { userId: user.id, orgId: org.id };
}

/** The organisation a user acts for: their membership, or the government of their org_code. */
export async function memberOrganisationId(db: Pick<Database, 'select'>, user: { id: string; orgCode: string }): Promise<string> {
  const [m] = await db.select({ orgId: organisationMembers.orgId }).from(organisationMembers).where(eq(organisationMembers.userId, user.id));
  return m?.orgId ?? user.orgCode;
}
