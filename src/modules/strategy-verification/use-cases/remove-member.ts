import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound } from '../repository.ts';
import { verificationComments, verificationMembers, verificationSignoffs } from '../schema.ts';
import { roundAndRelations } from './load-round.ts';
import { assertPanelEditable } from './set-member.ts';

/** The owner takes a member off the panel, with their comments and sign-off (while draft or open). */
export async function removeMember(db: Database, roundId: string, userId: string, by: Principal) {
  const { row, members, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('manage', relations, row.status, roundId, '委員を変更する');
  assertPanelEditable(row.status);
  if (!members.some((m) => m.userId === userId))
    throw InputError.single({ column: 'userId', code: 'not_member', reason: `利用者「${userId}」はこの検証ラウンドの委員ではありません` });
  await db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    assertPanelEditable(locked.status);
    for (const t of [verificationComments, verificationSignoffs, verificationMembers])
      await tx.delete(t).where(and(eq(t.ownerCode, locked.ownerCode), eq(t.roundId, locked.id), eq(t.userId, userId)));
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor: auditNameOf(by),
      action: 'verification.remove_member',
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `検証委員を外す: 利用者 ${userId}`,
      details: { user_id: userId },
    });
  });
  return { removed: userId };
}
