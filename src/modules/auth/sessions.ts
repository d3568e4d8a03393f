/**
 * Server-side sessions. The cookie holds a random token; the database only its SHA-256. A
 * session is valid until it expires, the user is disabled, or the user's password changes
 * (sessions created before users.password_changed_at no longer count, even if one was missed
 * when the others were deleted).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, gte, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Actor } from './access.ts';
import { toActor, type Queryable } from './repository.ts';
import { sessions, users } from './schema.ts';

export const SESSION_HOURS = 12;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewSession {
  token: string;
  csrfToken: string;
}

/** A new session of the user, created at `now` (the same clock as password_changed_at). */
export async function createSession(db: Queryable, userId: string, now: Date): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
  return { token, csrfToken };
}

/** Sessions that still count: not expired, and not older than the user's last password change. */
const liveSession = (now: Date): SQL => and(gt(sessions.expiresAt, now), or(isNull(users.passwordChangedAt), gte(sessions.createdAt, users.passwordChangedAt)))!;

export async function sessionFor(db: Queryable, token: string, now = new Date()): Promise<{ actor: Actor; csrfToken: string } | null> {
  const rows = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), liveSession(now), eq(users.disabled, false)));
  const r = rows[0];
  return r ? { actor: toActor(r.user), csrfToken: r.csrfToken } : null;
}

/** How many other live sessions the user has (other browsers, other devices). */
export async function countOtherSessions(db: Queryable, userId: string, currentToken: string | null, now = new Date()): Promise<number> {
  const conds = [eq(sessions.userId, userId), liveSession(now)];
  if (currentToken) conds.push(ne(sessions.tokenHash, tokenHash(currentToken)));
  const [r] = await db
    .select({ n: count() })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(...conds));
  return Number(r?.n ?? 0);
}

/**
 * Deletes the user's sessions except the one with `keepToken` (all of them without it);
 * returns how many live ones were ended (expired or superseded rows go too, uncounted).
 */
export async function deleteSessions(db: Queryable, userId: string, keepToken: string | null, now = new Date()): Promise<number> {
  const live = await countOtherSessions(db, userId, keepToken, now);
  const conds = [eq(sessions.userId, userId)];
  if (keepToken) conds.push(ne(sessions.tokenHash, tokenHash(keepToken)));
  await db.delete(sessions).where(and(...conds));
  return live;
}

export async function signOut(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
