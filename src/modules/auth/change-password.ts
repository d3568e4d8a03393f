/**
 * A signed-in user changes their password: the current password is checked (and counted by
 * the sign-in throttle, like a sign-in), the new one must pass the password policy; then
 * password_changed_at is set, every other session of the user ends, and the current session is
 * replaced by a new one (new token and CSRF token), all in one transaction with its audit entry.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { InputError, UnauthorizedError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import type { Actor } from './access.ts';
import { auditNameOf, userPrincipal } from './principal.ts';
import { checkPassword } from './domain/password-policy.ts';
import { accountThrottleKey, addressThrottleKey } from './domain/throttle-keys.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { findUserById } from './repository.ts';
import { users } from './schema.ts';
import { countOtherSessions, createSession, deleteSessions } from './sessions.ts';
import { attemptSucceeded, beginAttempt } from './throttle.ts';

export interface ChangePasswordInput {
  actor: Actor;
  /** the token of the session making the change (it is replaced) */
  sessionToken: string;
  currentPassword: string;
  newPassword: string;
  clientAddress: string;
  now?: Date;
}

export type ChangePasswordResult = { ok: true; token: string; csrfToken: string; revoked: number } | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number };

/** Throws InputError (column current_password or new_password) for a wrong or weak password. */
export async function changePassword(db: Database, input: ChangePasswordInput): Promise<ChangePasswordResult> {
  const now = input.now ?? new Date();
  const keys = [accountThrottleKey(input.actor.email), addressThrottleKey(input.clientAddress)];
  const gate = await beginAttempt(db, keys, now);
  if (!gate.allowed) return { ok: false, reason: 'too_many_attempts', retryAfterSeconds: gate.retryAfterSeconds };
  const user = await findUserById(db, input.actor.id);
  if (!user || user.disabled) throw new UnauthorizedError();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw InputError.single({ column: 'current_password', code: 'wrong_password', reason: '現在のパスワードが正しくありません' });
  }
  await attemptSucceeded(db, keys);
  if (input.newPassword === input.currentPassword) {
    throw InputError.single({ column: 'new_password', code: 'same_password', reason: '新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。' });
  }
  const issues = await checkPassword(input.newPassword, { email: user.email, name: user.name }, 'new_password');
  if (issues.length > 0) throw new InputError(issues);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    // Counted before password_changed_at moves (which makes them no longer count).
    const revoked = await countOtherSessions(tx, user.id, input.sessionToken, now);
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, user.id));
    await deleteSessions(tx, user.id, null, now);
    const session = await createSession(tx, user.id, now);
    await appendAudit(tx, {
      ownerCode: user.orgCode,
      actor: auditNameOf(userPrincipal(input.actor)),
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      summary: revoked > 0 ? `パスワードを変更し、他の端末のログイン${revoked}件を終了しました` : 'パスワードを変更しました（他の端末のログインはありませんでした）',
      details: { revoked_sessions: revoked },
    });
    return { ok: true as const, ...session, revoked };
  });
}
