/**
 * Sign-in throttling (pure): given a key's record and the time, may an attempt proceed, and
 * what does an attempt or a success do to the record. The database layer (../throttle.ts)
 * applies these rules under a row lock so several server processes share one count.
 *
 * An attempt counts as a failure from the moment it is let through, before the password is
 * verified (argon2 takes tens of milliseconds, and a burst of parallel requests must not all
 * slip in at the same count); a success then takes it back (`afterSuccess`). Attempts refused
 * while a key is locked are not counted and cost nothing.
 *
 * - per account (SHA-256 of the normalised e-mail): after ACCOUNT_FREE_FAILURES failures in a
 *   row the account is locked for ACCOUNT_BASE_LOCK_SECONDS, doubling with every further
 *   failure up to ACCOUNT_MAX_LOCK_SECONDS; a success resets the count; failures are forgotten
 *   ACCOUNT_FORGET_SECONDS after the last one.
 * - per client address (SHA-256 of the address, IPv6 by /64): ADDRESS_MAX_FAILURES failures in
 *   a window of ADDRESS_WINDOW_SECONDS lock the address for ADDRESS_LOCK_SECONDS. A success
 *   only takes back its own attempt (signing in to one's own account must not reset the count
 *   that protects every other account).
 */

export type ThrottleKind = 'account' | 'address';

export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_BASE_LOCK_SECONDS = 60;
export const ACCOUNT_MAX_LOCK_SECONDS = 15 * 60;
export const ACCOUNT_FORGET_SECONDS = 24 * 3600;

export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_SECONDS = 10 * 60;
export const ADDRESS_LOCK_SECONDS = 10 * 60;

/** Rows older than this (and not locked) say nothing any more and may be deleted. */
export const THROTTLE_RETENTION_SECONDS = ACCOUNT_FORGET_SECONDS;

export interface ThrottleRecord {
  failures: number;
  /** start of the counting window (addresses) / of the run of failures (accounts) */
  windowStart: Date;
  lockedUntil: Date | null;
  /** the last counted attempt */
  updatedAt: Date;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const secondsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/** May an attempt proceed now? While locked, no — not even with the right password. */
export function checkThrottle(record: ThrottleRecord | null, now: Date): ThrottleDecision {
  if (record?.lockedUntil && record.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(secondsBetween(now, record.lockedUntil))) };
  }
  return { allowed: true };
}

/** Lock length after the n-th failure in a row of an account (0 below the threshold). */
export function accountLockSeconds(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_MAX_LOCK_SECONDS, ACCOUNT_BASE_LOCK_SECONDS * 2 ** (failures - ACCOUNT_FREE_FAILURES));
}

/** Is the record's count still running, or has it expired (start afresh)? */
function isCurrent(kind: ThrottleKind, record: ThrottleRecord | null, now: Date): record is ThrottleRecord {
  if (!record) return false;
  if (record.lockedUntil && record.lockedUntil.getTime() > now.getTime()) return true;
  if (kind === 'account') return secondsBetween(record.updatedAt, now) < ACCOUNT_FORGET_SECONDS;
  return secondsBetween(record.windowStart, now) < ADDRESS_WINDOW_SECONDS;
}

/** The record after an attempt was let through (counted as a failure until it succeeds). */
export function afterAttempt(kind: ThrottleKind, record: ThrottleRecord | null, now: Date): ThrottleRecord {
  const base = isCurrent(kind, record, now) ? record : { failures: 0, windowStart: now, lockedUntil: null, updatedAt: now };
  const failures = base.failures + 1;
  let lockedUntil: Date | null = null;
  if (kind === 'account') {
    const s = accountLockSeconds(failures);
    if (s > 0) lockedUntil = new Date(now.getTime() + s * 1000);
  } else if (failures >= ADDRESS_MAX_FAILURES) {
    lockedUntil = new Date(now.getTime() + ADDRESS_LOCK_SECONDS * 1000);
  }
  return { failures, windowStart: base.windowStart, lockedUntil, updatedAt: now };
}

/**
 * The record after the attempt succeeded: an account starts afresh (null = delete the record);
 * an address gets its one attempt back (and is unlocked if that takes it below the limit).
 */
export function afterSuccess(kind: ThrottleKind, record: ThrottleRecord | null): ThrottleRecord | null {
  if (kind === 'account' || !record) return null;
  const failures = Math.max(0, record.failures - 1);
  return { ...record, failures, lockedUntil: failures < ADDRESS_MAX_FAILURES ? null : record.lockedUntil };
}

/** 「5分」「30秒」: how long to wait, rounded up to whole minutes from one minute on. */
export function waitText(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)}分` : `${Math.max(1, Math.ceil(seconds))}秒`;
}

/**
 * What a refused person reads. The same for every key kind and whether or not the e-mail is
 * registered, so that it reveals nothing about accounts.
 */
export function throttledMessage(retryAfterSeconds: number): string {
  return `ログインの試行回数が多すぎるため、一時的にログインできません。${waitText(retryAfterSeconds)}ほど待ってから、もう一度お試しください。`;
}
