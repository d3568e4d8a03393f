/**
 * An operator sets a user's password (`sousei users passwd`): the password policy applies, every
 * session of the user ends, a sign-in lockout of the account is lifted. Audited without the
 * password or the e-mail.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { appendAudit } from '../audit/index.ts';
import { assertAcceptablePassword } from './domain/password-policy.ts';
import { accountThrottleKey } from './domain/throttle-keys.ts';
import { hashPassword } from './passwords.ts';
import { userByEmailOrNotFound } from './repository.ts';
import { users } from './schema.ts';
import { deleteSessions } from './sessions.ts';
import { clearThrottle } from './throttle.ts';

export interface ResetPasswordInput {
  email: string;
  password: string;
  /** who does it, for the audit log (default 'cli:users passwd') */
  actor?: string;
  now?: Date;
}

/** Throws NotFoundError for an unknown e-mail, InputError (column password) for a weak password. */
export async function resetPassword(db: Database, input: ResetPasswordInput): Promise<{ revoked: number }> {
  const now = input.now ?? new Date();
  const user = await userByEmailOrNotFound(db, input.email);
  await assertAcceptablePassword(input.password, { email: user.email, name: user.name });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Counted before password_changed_at moves (which makes them no longer count).
    const revoked = await deleteSessions(tx, user.id, null, now);
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, user.id));
    await clearThrottle(tx, [accountThrottleKey(user.email)]);
    await appendAudit(tx, {
      ownerCode: user.orgCode,
      actor: input.actor ?? 'cli:users passwd',
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      summary: `管理者がパスワードを再設定し、すべてのログイン（${revoked}件）を終了しました`,
      details: { revoked_sessions: revoked },
    });
    return { revoked };
  });
}
