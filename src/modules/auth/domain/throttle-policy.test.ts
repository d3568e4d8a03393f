import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_BASE_LOCK_SECONDS,
  ACCOUNT_FORGET_SECONDS,
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_LOCK_SECONDS,
  ADDRESS_LOCK_SECONDS,
  ADDRESS_MAX_FAILURES,
  ADDRESS_WINDOW_SECONDS,
  accountLockSeconds,
  afterAttempt,
  afterSuccess,
  checkThrottle,
  throttledMessage,
  waitText,
  type ThrottleKind,
  type ThrottleRecord,
} from './throttle-policy.ts';

const T0 = new Date('2026-04-01T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** n attempts at time t (each let through only if allowed); returns the record and how many were refused. */
function attempts(kind: ThrottleKind, n: number, t: Date, start: ThrottleRecord | null = null) {
  let r = start;
  let refused = 0;
  for (let i = 0; i < n; i++) {
    if (checkThrottle(r, t).allowed) r = afterAttempt(kind, r, t);
    else refused++;
  }
  return { r: r!, refused };
}

describe('account throttle', () => {
  it(`lets ${ACCOUNT_FREE_FAILURES} failures through, then locks for a minute — even the right password waits`, () => {
    const { r, refused } = attempts('account', ACCOUNT_FREE_FAILURES + 3, T0);
    expect(r.failures).toBe(ACCOUNT_FREE_FAILURES);
    expect(refused).toBe(3);
    expect(checkThrottle(r, at(1))).toEqual({ allowed: false, retryAfterSeconds: ACCOUNT_BASE_LOCK_SECONDS - 1 });
    expect(checkThrottle(r, at(ACCOUNT_BASE_LOCK_SECONDS)).allowed).toBe(true);
  });

  it('doubles the lock with every further failure, up to 15 minutes', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 30].map(accountLockSeconds)).toEqual([0, 60, 120, 240, 480, 900, 900, 900]);
    let r = attempts('account', ACCOUNT_FREE_FAILURES, T0).r;
    let t = 0;
    const locks: number[] = [];
    for (let i = 0; i < 6; i++) {
      t += (r.lockedUntil!.getTime() - at(t).getTime()) / 1000; // wait out the lock
      expect(checkThrottle(r, at(t)).allowed).toBe(true);
      r = afterAttempt('account', r, at(t));
      locks.push((r.lockedUntil!.getTime() - at(t).getTime()) / 1000);
    }
    expect(locks).toEqual([120, 240, 480, ACCOUNT_MAX_LOCK_SECONDS, ACCOUNT_MAX_LOCK_SECONDS, ACCOUNT_MAX_LOCK_SECONDS]);
  });

  it('a success starts the account afresh', () => {
    const { r } = attempts('account', 3, T0);
    expect(afterSuccess('account', r)).toBeNull();
  });

  it(`forgets failures ${ACCOUNT_FORGET_SECONDS / 3600} hours after the last one`, () => {
    const { r } = attempts('account', ACCOUNT_FREE_FAILURES - 1, T0);
    expect(afterAttempt('account', r, at(ACCOUNT_FORGET_SECONDS - 1)).failures).toBe(ACCOUNT_FREE_FAILURES);
    expect(afterAttempt('account', r, at(ACCOUNT_FORGET_SECONDS)).failures).toBe(1);
  });
});

describe('address throttle', () => {
  it(`locks an address for ${ADDRESS_LOCK_SECONDS / 60} minutes after ${ADDRESS_MAX_FAILURES} failures in ${ADDRESS_WINDOW_SECONDS / 60} minutes`, () => {
    const { r, refused } = attempts('address', ADDRESS_MAX_FAILURES + 1, at(10));
    expect(r.failures).toBe(ADDRESS_MAX_FAILURES);
    expect(refused).toBe(1);
    expect(checkThrottle(r, at(10 + ADDRESS_LOCK_SECONDS - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    const after = at(10 + ADDRESS_LOCK_SECONDS);
    expect(checkThrottle(r, after).allowed).toBe(true);
    expect(afterAttempt('address', r, after).failures).toBe(1); // the window has passed
  });

  it('counts within the window only', () => {
    const first = attempts('address', ADDRESS_MAX_FAILURES - 1, T0).r;
    expect(afterAttempt('address', first, at(ADDRESS_WINDOW_SECONDS - 1)).lockedUntil).not.toBeNull();
    expect(afterAttempt('address', first, at(ADDRESS_WINDOW_SECONDS))).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('a success only takes back its own attempt (and the lock, if that was the one that reached the limit)', () => {
    const some = attempts('address', 7, T0).r;
    expect(afterSuccess('address', some)).toMatchObject({ failures: 6, lockedUntil: null });
    const limit = attempts('address', ADDRESS_MAX_FAILURES, T0).r;
    expect(limit.lockedUntil).not.toBeNull();
    expect(afterSuccess('address', limit)).toMatchObject({ failures: ADDRESS_MAX_FAILURES - 1, lockedUntil: null });
  });
});

describe('message', () => {
  it('says how long to wait, the same whatever the key', () => {
    expect(waitText(30)).toBe('30秒');
    expect(waitText(61)).toBe('2分');
    expect(waitText(900)).toBe('15分');
    expect(throttledMessage(61)).toContain('2分ほど待って');
    expect(throttledMessage(61)).not.toMatch(/メールアドレス|アカウント/);
  });
});
