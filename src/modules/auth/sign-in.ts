/**
 * Signing in: the throttle first (a locked account or address costs no password hashing and
 * is refused even with the right password), then the password, then a new session.
 */
import type { Database } from '../../db/client.ts';
import type { Actor } from './access.ts';
import { accountThrottleKey, addressThrottleKey } from './domain/throttle-keys.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { findUserByEmail, toActor } from './repository.ts';
import { countOtherSessions, createSession, deleteExpiredSessions } from './sessions.ts';
import { attemptSucceeded, beginAttempt, pruneThrottle } from './throttle.ts';

export interface SignInInput {
  email: string;
  password: string;
  /** the client's network address as the HTTP layer sees it (IP; for throttling only) */
  clientAddress: string;
  now?: Date;
}

export type SignInResult =
  | { ok: true; actor: Actor; token: string; csrfToken: string; otherSessions: number }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number };

/** Unknown e-mail, disabled user and wrong password look alike (message and timing). */
export async function signIn(db: Database, input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const keys = [accountThrottleKey(input.email), addressThrottleKey(input.clientAddress)];
  const gate = await beginAttempt(db, keys, now);
  if (!gate.allowed) return { ok: false, reason: 'too_many_attempts', retryAfterSeconds: gate.retryAfterSeconds };
  const user = await findUserByEmail(db, input.email);
  if (!user || user.disabled) {
    await verifyAgainstDummy(input.password);
    return { ok: false, reason: 'invalid_credentials' };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: 'invalid_credentials' };
  await attemptSucceeded(db, keys);
  await deleteExpiredSessions(db, now);
  await pruneThrottle(db, now);
  const session = await createSession(db, user.id, now);
  return { ok: true, actor: toActor(user), ...session, otherSessions: await countOtherSessions(db, user.id, session.token, now) };
}
