/**
 * The sign-in throttle in the database (table sign_in_throttle), so that every server process
 * on the same PostgreSQL counts the same attempts. Each decision reads and writes the keys'
 * rows under a row lock (SELECT … FOR UPDATE, keys in a fixed order), applying the pure rules
 * of domain/throttle-policy.ts.
 */
import { and, asc, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { ThrottleKey } from './domain/throttle-keys.ts';
import { THROTTLE_RETENTION_SECONDS, afterAttempt, afterSuccess, checkThrottle, type ThrottleDecision, type ThrottleRecord } from './domain/throttle-policy.ts';
import { signInThrottle } from './schema.ts';

type Row = typeof signInThrottle.$inferSelect;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const sortKeys = (keys: readonly ThrottleKey[]) => [...new Map(keys.map((k) => [k.key, k])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
const record = (r: Row | undefined): ThrottleRecord | null => (r ? { failures: r.failures, windowStart: r.windowStart, lockedUntil: r.lockedUntil, updatedAt: r.updatedAt } : null);

async function lockRows(tx: Tx, keys: ThrottleKey[]): Promise<Map<string, Row>> {
  const rows = await tx
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.key,
        keys.map((k) => k.key),
      ),
    )
    .orderBy(asc(signInThrottle.key))
    .for('update');
  return new Map(rows.map((r) => [r.key, r]));
}

async function write(tx: Tx, key: string, next: ThrottleRecord | null): Promise<void> {
  if (!next) {
    await tx.delete(signInThrottle).where(inArray(signInThrottle.key, [key]));
    return;
  }
  await tx
    .insert(signInThrottle)
    .values({ key, ...next })
    .onConflictDoUpdate({ target: signInThrottle.key, set: { failures: next.failures, windowStart: next.windowStart, lockedUntil: next.lockedUntil, updatedAt: next.updatedAt } });
}

/**
 * Before a password is verified: refused (how long to wait) if any key is locked — nothing is
 * counted then — otherwise the attempt is counted against every key and may proceed.
 */
export async function beginAttempt(db: Database, keys: readonly ThrottleKey[], now: Date): Promise<ThrottleDecision> {
  const sorted = sortKeys(keys);
  const longestWait = (rows: Map<string, Row>) => {
    let wait = 0;
    for (const k of sorted) {
      const d = checkThrottle(record(rows.get(k.key)), now);
      if (!d.allowed) wait = Math.max(wait, d.retryAfterSeconds);
    }
    return wait;
  };
  return db.transaction(async (tx) => {
    let rows = await lockRows(tx, sorted);
    let wait = longestWait(rows);
    // Refused before anything is written: a locked address cannot create rows for new e-mails.
    if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    if (rows.size < sorted.length) {
      // Create the missing rows and lock them, so that concurrent first attempts queue up too;
      // another process may have counted (and locked) meanwhile: decide again.
      await tx
        .insert(signInThrottle)
        .values(sorted.filter((k) => !rows.has(k.key)).map((k) => ({ key: k.key, failures: 0, windowStart: now, lockedUntil: null, updatedAt: now })))
        .onConflictDoNothing();
      rows = await lockRows(tx, sorted);
      wait = longestWait(rows);
      if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    }
    for (const k of sorted) await write(tx, k.key, afterAttempt(k.kind, record(rows.get(k.key)), now));
    return { allowed: true };
  });
}

/** After the password was right: the account starts afresh, the address gets its attempt back. */
export async function attemptSucceeded(db: Database, keys: readonly ThrottleKey[]): Promise<void> {
  const sorted = sortKeys(keys);
  await db.transaction(async (tx) => {
    const rows = await lockRows(tx, sorted);
    for (const k of sorted) await write(tx, k.key, afterSuccess(k.kind, record(rows.get(k.key))));
  });
}

/** Forgets the count of these keys (an operator's password reset unlocks the account). */
export async function clearThrottle(db: Pick<Database, 'delete'>, keys: readonly ThrottleKey[]): Promise<void> {
  if (keys.length > 0)
    await db.delete(signInThrottle).where(
      inArray(
        signInThrottle.key,
        keys.map((k) => k.key),
      ),
    );
}

/** Deletes rows that no longer matter (no lock, nothing counted for a day). */
export async function pruneThrottle(db: Pick<Database, 'delete'>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - THROTTLE_RETENTION_SECONDS * 1000);
  await db.delete(signInThrottle).where(and(lt(signInThrottle.updatedAt, before), or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now))));
}
