/**
 * Sign-in hardening on both databases: throttling per account and per client address (state in
 * the database, shared by several server processes), the password policy where passwords are
 * set, password change and "sign out other sessions", sessions invalid after a password change,
 * no caching of /session*, the operator's reset, and users of unknown organisations refused.
 * The throttle's clock and the client address are injected, so nothing sleeps.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { errorResponse } from '../src/infra/http/errors.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { authRoutes, createUser, resetPassword, revokeSessions, sessionMiddleware, signInThrottle, users, type AuthEnv } from '../src/modules/auth/index.ts';
import { verifyAgainstDummy, verifyPassword } from '../src/modules/auth/passwords.ts';
import { InputError, NotFoundError } from '../src/shared/errors.ts';
import { checkDigit } from '../src/shared/local-gov-code.ts';
import { describeEachDatabase } from './support/databases.ts';

// Count password verifications: a locked account or address must not cost any.
vi.mock('../src/modules/auth/passwords.ts', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../src/modules/auth/passwords.ts')>();
  return { ...orig, verifyPassword: vi.fn(orig.verifyPassword), verifyAgainstDummy: vi.fn(orig.verifyAgainstDummy) };
});
const verifications = () => vi.mocked(verifyPassword).mock.calls.length + vi.mocked(verifyAgainstDummy).mock.calls.length;

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'mikan-batake no ue wo tobu karasu';
const SAPPORO = '011002';
const WRONG = 'not the password at all';

interface Clock {
  now: Date;
  advance(seconds: number): void;
}
const clock = (): Clock => ({
  now: new Date(),
  advance(seconds) {
    this.now = new Date(this.now.getTime() + seconds * 1000);
  },
});

/** The auth routes as app.ts mounts them, with an injected clock and the client address from a test header. */
function authApp(db: Database, c: Clock) {
  const app = new OpenAPIHono<AuthEnv>({
    defaultHook: (result, ctx) => {
      if (!result.success) return ctx.json({ error: { code: 'invalid_input', message: result.error.message } }, 400);
    },
  });
  app.onError((err, ctx) => errorResponse(err, ctx) ?? ctx.json({ error: { code: 'internal', message: String(err) } }, 500));
  app.use('/api/*', sessionMiddleware(db));
  app.route('/api/v1', authRoutes(db, { secureCookies: false, clientAddress: (ctx) => ctx.req.header('x-test-address'), now: () => c.now }));
  return app;
}
type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

interface Body {
  user?: { email: string } | null;
  csrf_token?: string | null;
  other_sessions?: number | null;
  revoked?: number;
  error?: { code: string; message: string; issues?: Array<{ column: string; code: string; reason: string }> };
}

/** Each test signs in from its own address (set by newUser), so that tests do not share address counts. */
let testAddress = '192.0.2.1';

async function signIn(app: App, email: string, password: string, address = testAddress) {
  const res = await app.request('/api/v1/session', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json', 'x-test-address': address },
  });
  const body = (await res.json()) as Body;
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { res, body, status: res.status, auth: { cookie, csrf: body.csrf_token ?? '' } };
}
type Auth = { cookie: string; csrf: string };

const call = (app: App, method: string, path: string, auth?: Auth, json?: unknown, address = testAddress) =>
  app.request(path, {
    method,
    body: json === undefined ? undefined : JSON.stringify(json),
    headers: { 'content-type': 'application/json', 'x-test-address': address, ...(auth ? { cookie: auth.cookie, 'x-csrf-token': auth.csrf } : {}) },
  });

async function sessionOf(app: App, auth: Auth) {
  return (await (await app.request('/api/v1/session', { headers: { cookie: auth.cookie } })).json()) as Body;
}

describeEachDatabase('sign-in hardening', (db) => {
  let h: Database;
  let userId: (email: string) => Promise<string>;
  let n = 0;
  /** A fresh editor of Sapporo per test, so that tests do not share throttle state. */
  const newUser = async (password = PASSWORD) => {
    const email = `planner${++n}@city.sapporo.jp`;
    testAddress = `10.0.${n}.1`;
    await createUser(h, { email, name: `札幌市 企画課 ${n}`, role: 'editor', orgCode: SAPPORO, password });
    return email;
  };
  beforeAll(() => {
    h = db().handle.db;
    userId = async (email) => (await h.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  });
  beforeEach(() => {
    vi.mocked(verifyPassword).mockClear();
    vi.mocked(verifyAgainstDummy).mockClear();
  });

  describe('throttling', () => {
    it('locks an account after 5 failures: 429 with Retry-After, even the right password, and no password hashing while locked', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      for (let i = 0; i < 5; i++) expect((await signIn(app, email, WRONG)).status).toBe(401);
      expect(verifications()).toBe(5);
      const locked = await signIn(app, email, PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.res.headers.get('retry-after')).toBe('60');
      expect(locked.body.error).toEqual({ code: 'too_many_attempts', message: expect.stringContaining('1分ほど待って') });
      expect(locked.res.headers.get('set-cookie')).toBeNull();
      for (let i = 0; i < 10; i++) expect((await signIn(app, email, WRONG)).status).toBe(429);
      expect(verifications()).toBe(5); // refused before the password was looked at
      c.advance(30);
      expect((await signIn(app, email, PASSWORD)).res.headers.get('retry-after')).toBe('30');
      c.advance(30);
      expect((await signIn(app, email, PASSWORD)).status).toBe(200);
    });

    it('backs off exponentially (1, 2, 4 … minutes) and a success resets the account', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      for (let i = 0; i < 5; i++) await signIn(app, email, WRONG);
      const waits: string[] = [];
      for (const s of [60, 120, 240]) {
        c.advance(s);
        expect((await signIn(app, email, WRONG)).status).toBe(401);
        waits.push((await signIn(app, email, PASSWORD)).res.headers.get('retry-after')!);
      }
      expect(waits).toEqual(['120', '240', '480']);
      c.advance(480);
      expect((await signIn(app, email, PASSWORD)).status).toBe(200);
      // The count starts afresh: four more failures are not yet a lock.
      for (let i = 0; i < 4; i++) expect((await signIn(app, email, WRONG)).status).toBe(401);
      expect((await signIn(app, email, PASSWORD)).status).toBe(200);
    });

    it('answers an unknown e-mail exactly like a known one (401, then the same 429)', async () => {
      const c = clock();
      const app = authApp(h, c);
      const known = await newUser();
      const unknown = `nobody${n}@city.sapporo.jp`;
      const seen = { known: [] as unknown[], unknown: [] as unknown[] };
      for (let i = 0; i < 7; i++) {
        for (const [k, email] of [
          ['known', known],
          ['unknown', unknown],
        ] as const) {
          const r = await signIn(app, email, WRONG, `198.51.100.${k === 'known' ? 1 : 2}`);
          seen[k].push([r.status, r.res.headers.get('retry-after'), r.body]);
        }
      }
      expect(seen.known).toEqual(seen.unknown);
      expect(seen.known.map((s) => (s as unknown[])[0])).toEqual([401, 401, 401, 401, 401, 429, 429]);
    });

    it('locks a client address after 20 failures in 10 minutes, whatever the accounts; other addresses go on', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      const address = '203.0.113.9';
      for (let i = 0; i < 20; i++) {
        expect((await signIn(app, `guess${i}@example.jp`, WRONG, address)).status).toBe(401);
        c.advance(20);
      }
      const locked = await signIn(app, email, PASSWORD, address);
      expect(locked.status).toBe(429);
      expect(Number(locked.res.headers.get('retry-after'))).toBe(600 - 20);
      expect(locked.body.error!.message).toContain('10分ほど待って');
      // A locked address writes nothing, not even rows for e-mails never seen before.
      const rowsBefore = (await h.select().from(signInThrottle)).length;
      for (let i = 0; i < 5; i++) expect((await signIn(app, `never-seen-${i}@example.jp`, WRONG, address)).status).toBe(429);
      expect((await h.select().from(signInThrottle)).length).toBe(rowsBefore);
      expect((await signIn(app, email, PASSWORD, '203.0.113.10')).status).toBe(200);
      // IPv6: the whole /64 counts as one client.
      for (let i = 0; i < 20; i++) await signIn(app, `v6guess${i}@example.jp`, WRONG, `2001:db8:5:6::${i + 1}`);
      expect((await signIn(app, email, PASSWORD, '2001:db8:5:6:ffff::1')).status).toBe(429);
      expect((await signIn(app, email, PASSWORD, '2001:db8:5:7::1')).status).toBe(200);
      c.advance(600);
      expect((await signIn(app, email, PASSWORD, address)).status).toBe(200);
    });

    it('a successful sign-in does not reset the address count that protects other accounts', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      const address = '203.0.113.50';
      for (let i = 0; i < 19; i++) await signIn(app, `spray${i}@example.jp`, WRONG, address);
      expect((await signIn(app, email, PASSWORD, address)).status).toBe(200);
      expect((await signIn(app, 'spray-last@example.jp', WRONG, address)).status).toBe(401);
      expect((await signIn(app, email, PASSWORD, address)).status).toBe(429);
    });

    it('is shared by server processes on one database, and a parallel burst gets no more than 5 guesses', async () => {
      const c = clock();
      const url = db().url;
      const second = url ? await openDatabase({ databaseUrl: url }) : null;
      try {
        const apps = [authApp(h, c), authApp(second?.db ?? h, c)];
        const email = await newUser();
        const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(apps[i % 2]!, email, WRONG, `192.0.2.${100 + i}`)));
        const statuses = burst.map((r) => r.status).sort();
        expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(7).fill(429)]);
        expect(verifications()).toBe(5);
        // Locked on both processes.
        for (const app of apps) expect((await signIn(app, email, PASSWORD, '192.0.2.200')).status).toBe(429);
      } finally {
        await second?.close();
      }
    });

    it('stores neither e-mail addresses nor IP addresses in clear', async () => {
      const app = authApp(h, clock());
      const email = await newUser();
      await signIn(app, email, WRONG, '192.0.2.77');
      const rows = await h.select().from(signInThrottle);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.key).toMatch(/^(account|address):[0-9a-f]{64}$/);
        expect(JSON.stringify(r)).not.toMatch(/planner|sapporo|192\.0\.2|10\.0\.|@/);
      }
    });
  });

  describe('password change', () => {
    it('checks the current password, applies the policy, ends the other sessions and renews this one; audited without personal data', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      const a = await signIn(app, email, PASSWORD);
      const b = await signIn(app, email, PASSWORD, '10.255.0.2');
      c.advance(5);
      expect((await sessionOf(app, a.auth)).other_sessions).toBe(1);
      const put = (auth: Auth, current_password: string, new_password: string) => call(app, 'PUT', '/api/v1/session/password', auth, { current_password, new_password });

      const wrong = await put(a.auth, WRONG, NEW_PASSWORD);
      expect(wrong.status).toBe(400);
      expect(((await wrong.json()) as Body).error!.issues).toEqual([expect.objectContaining({ column: 'current_password', code: 'wrong_password' })]);
      for (const weak of ['aaaaaaaaaaaa', '123456789012', 'password1234', `${email}2026`]) {
        const res = await put(a.auth, PASSWORD, weak);
        expect(res.status, weak).toBe(400);
        const issue = ((await res.json()) as Body).error!.issues![0]!;
        expect(issue).toMatchObject({ column: 'new_password', code: 'weak_password' });
        expect(issue.reason).toContain('長い文や複数の単語を組み合わせてください');
      }
      expect((await put(a.auth, PASSWORD, PASSWORD)).status).toBe(400);
      expect((await sessionOf(app, b.auth)).user?.email).toBe(email); // nothing changed so far

      const ok = await put(a.auth, PASSWORD, NEW_PASSWORD);
      expect(ok.status).toBe(200);
      const body = (await ok.json()) as Body;
      expect(body).toMatchObject({ user: { email }, revoked: 1, other_sessions: 0 });
      const renewed = { cookie: ok.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrf_token! };
      expect(renewed.cookie).not.toBe(a.auth.cookie);
      expect(renewed.csrf).not.toBe(a.auth.csrf);
      expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
      expect((await sessionOf(app, a.auth)).user).toBeNull();
      expect((await sessionOf(app, b.auth)).user).toBeNull();
      expect(await sessionOf(app, renewed)).toMatchObject({ user: { email }, csrf_token: renewed.csrf, other_sessions: 0 });
      expect((await signIn(app, email, PASSWORD)).status).toBe(401);
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
      const [user] = await h.select().from(users).where(eq(users.email, email));
      expect(user!.passwordChangedAt).toBeInstanceOf(Date);

      const audit = await listAudit(h, { ownerCode: SAPPORO, entityType: 'user', entityId: user!.id });
      expect(audit[0]).toMatchObject({ actor: `user:${user!.id}`, action: 'user.password_change', entity_id: user!.id, details: { revoked_sessions: 1 } });
      expect(audit[0]!.summary).toContain('他の端末のログイン1件を終了');
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
      expect(JSON.stringify(audit.map((e) => [e.summary, e.entity_id, e.details]))).not.toContain(email);
    });

    it('needs a session and the CSRF token, and counts wrong current passwords like sign-ins', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      const a = await signIn(app, email, PASSWORD);
      const body = { current_password: WRONG, new_password: NEW_PASSWORD };
      expect((await call(app, 'PUT', '/api/v1/session/password', undefined, body)).status).toBe(401);
      expect((await call(app, 'PUT', '/api/v1/session/password', { cookie: a.auth.cookie, csrf: 'forged' }, body)).status).toBe(403);
      for (let i = 0; i < 5; i++) expect((await call(app, 'PUT', '/api/v1/session/password', a.auth, body)).status).toBe(400);
      const locked = await call(app, 'PUT', '/api/v1/session/password', a.auth, { ...body, current_password: PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('60');
      expect(((await locked.json()) as Body).error!.code).toBe('too_many_attempts');
      expect((await signIn(app, email, PASSWORD, '192.0.2.3')).status).toBe(429); // the same account lock
    });
  });

  describe('sessions', () => {
    it('reports the other sessions and signs them out (the current one stays), audited', async () => {
      const app = authApp(h, clock());
      const email = await newUser();
      const first = await signIn(app, email, PASSWORD);
      expect(first.body.other_sessions).toBe(0);
      const b = await signIn(app, email, PASSWORD);
      const c = await signIn(app, email, PASSWORD);
      expect(c.body.other_sessions).toBe(2);
      expect((await sessionOf(app, first.auth)).other_sessions).toBe(2);
      expect((await call(app, 'DELETE', '/api/v1/sessions/others', { cookie: c.auth.cookie, csrf: '' })).status).toBe(403);
      expect((await call(app, 'DELETE', '/api/v1/sessions/others')).status).toBe(401);
      const res = await call(app, 'DELETE', '/api/v1/sessions/others', c.auth);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ revoked: 2 });
      expect((await sessionOf(app, first.auth)).user).toBeNull();
      expect((await sessionOf(app, b.auth)).user).toBeNull();
      expect(await sessionOf(app, c.auth)).toMatchObject({ user: { email }, other_sessions: 0 });
      const id = await userId(email);
      const audit = await listAudit(h, { ownerCode: SAPPORO, entityType: 'user', entityId: id });
      // The append-only log keeps the user's id, not the e-mail address (personal data).
      expect(audit[0]).toMatchObject({ action: 'user.sessions_revoke_others', actor: `user:${id}`, details: { revoked_sessions: 2 } });
      expect(JSON.stringify(audit)).not.toContain(email);
    });

    it('no longer accepts a session created before the password was changed (even if it was not deleted)', async () => {
      const app = authApp(h, clock());
      const email = await newUser();
      const s = await signIn(app, email, PASSWORD);
      expect((await sessionOf(app, s.auth)).user?.email).toBe(email);
      // As if another process changed the password and this session's row survived.
      await h
        .update(users)
        .set({ passwordChangedAt: new Date(Date.now() + 1000) })
        .where(eq(users.email, email));
      expect((await sessionOf(app, s.auth)).user).toBeNull();
      expect((await call(app, 'DELETE', '/api/v1/session', s.auth)).status).toBe(401);
    });

    it('marks every /api/v1/session* response no-store (the real app, with its default client address)', async () => {
      const app = createApp({ db: h, webRoot: null });
      const email = await newUser();
      const noStore = (res: Response) => [res.status, res.headers.get('cache-control'), res.headers.get('pragma')];
      const anonymous = await app.request('/api/v1/session');
      expect(noStore(anonymous)).toEqual([200, 'no-store', 'no-cache']);
      expect(await anonymous.json()).toEqual({ user: null, csrf_token: null, other_sessions: null });
      const bad = await signIn(app, email, WRONG);
      expect(noStore(bad.res)).toEqual([401, 'no-store', 'no-cache']);
      const s = await signIn(app, email, PASSWORD);
      expect(noStore(s.res)).toEqual([200, 'no-store', 'no-cache']);
      expect(noStore(await app.request('/api/v1/session', { headers: { cookie: s.auth.cookie } }))).toEqual([200, 'no-store', 'no-cache']);
      expect(noStore(await call(app, 'PUT', '/api/v1/session/password', s.auth, { current_password: PASSWORD, new_password: 'aaaaaaaaaaaa' }))).toEqual([
        400,
        'no-store',
        'no-cache',
      ]);
      expect(noStore(await call(app, 'PUT', '/api/v1/session/password', s.auth, { current_password: 1 }))).toEqual([400, 'no-store', 'no-cache']);
      expect(noStore(await call(app, 'DELETE', '/api/v1/sessions/others'))).toEqual([401, 'no-store', 'no-cache']);
      expect(noStore(await call(app, 'DELETE', '/api/v1/sessions/others', s.auth))).toEqual([200, 'no-store', 'no-cache']);
      expect(noStore(await call(app, 'DELETE', '/api/v1/session', s.auth))).toEqual([204, 'no-store', 'no-cache']);
      // Other API responses keep their own caching.
      expect((await app.request('/api/v1/health')).headers.get('cache-control')).toBeNull();
    });
  });

  describe('operator', () => {
    it('resets a password: policy applied, every session ended, a lockout lifted, audited as the CLI', async () => {
      const c = clock();
      const app = authApp(h, c);
      const email = await newUser();
      const s1 = await signIn(app, email, PASSWORD);
      const s2 = await signIn(app, email, PASSWORD);
      c.advance(5);
      for (let i = 0; i < 5; i++) await signIn(app, email, WRONG);
      expect((await signIn(app, email, PASSWORD)).status).toBe(429);

      await expect(resetPassword(h, { email, password: 'password1234' })).rejects.toThrow(InputError);
      await expect(resetPassword(h, { email: 'nobody@example.jp', password: NEW_PASSWORD })).rejects.toThrow(NotFoundError);
      expect(await resetPassword(h, { email: email.toUpperCase(), password: NEW_PASSWORD })).toEqual({ revoked: 2 });
      expect((await sessionOf(app, s1.auth)).user).toBeNull();
      expect((await sessionOf(app, s2.auth)).user).toBeNull();
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
      const audit = await listAudit(h, { ownerCode: SAPPORO, entityType: 'user', entityId: await userId(email) });
      expect(audit[0]).toMatchObject({ actor: 'cli:users passwd', action: 'user.password_reset', details: { revoked_sessions: 2 } });
      expect(JSON.stringify(audit[0])).not.toContain(email);
      expect(JSON.stringify(audit[0])).not.toContain(NEW_PASSWORD);
    });

    it('revokes every session of a user', async () => {
      const app = authApp(h, clock());
      const email = await newUser();
      const s = await signIn(app, email, PASSWORD);
      expect(await revokeSessions(h, email)).toBe(1);
      expect((await sessionOf(app, s.auth)).user).toBeNull();
      expect(await revokeSessions(h, email, { actor: 'cli:test' })).toBe(0);
      const audit = await listAudit(h, { ownerCode: SAPPORO, entityType: 'user', entityId: await userId(email) });
      expect(audit.map((e) => [e.actor, e.action])).toEqual([
        ['cli:test', 'user.sessions_revoke'],
        ['cli:users revoke-sessions', 'user.sessions_revoke'],
        ['cli:users add', 'user.create'],
      ]);
      await expect(revokeSessions(h, 'nobody@example.jp')).rejects.toThrow(NotFoundError);
    });
  });

  describe('creating users', () => {
    const base = { name: '担当者', role: 'editor' as const, password: PASSWORD };
    const issuesOf = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        if (e instanceof InputError) return e.issues;
        throw e;
      }
      throw new Error('accepted');
    };

    it('refuses an organisation that is not registered, with the normalised code', async () => {
      const code = `99999${checkDigit('99999')}`;
      expect(await issuesOf(createUser(h, { ...base, email: 'ghost@example.jp', orgCode: '99999' }))).toEqual([
        { column: 'org', code: 'unknown_org', reason: `団体コード「${code}」の団体が登録されていません` },
      ]);
      expect((await issuesOf(createUser(h, { ...base, email: 'ghost@example.jp', orgCode: '12' })))[0]).toMatchObject({ column: 'org', code: 'invalid_code' });
      expect(await h.select().from(users).where(eq(users.email, 'ghost@example.jp'))).toEqual([]);
    });

    it('accepts the nation and 5-digit codes of registered governments', async () => {
      expect((await createUser(h, { ...base, email: 'nation@example.go.jp', orgCode: '000000' })).orgCode).toBe('000000');
      expect((await createUser(h, { ...base, email: 'sapporo5@city.sapporo.jp', orgCode: '01100' })).orgCode).toBe(SAPPORO);
    });

    it('refuses weak passwords, naming the column password', async () => {
      for (const password of ['aaaaaaaaaaaa', '123456789012', 'password1234', 'weakling@example.jp2026', 'short']) {
        const issues = await issuesOf(createUser(h, { ...base, email: 'weakling@example.jp', orgCode: SAPPORO, password }));
        expect(issues, password).toEqual([expect.objectContaining({ column: 'password' })]);
      }
      expect(await h.select().from(users).where(eq(users.email, 'weakling@example.jp'))).toEqual([]);
    });
  });
});

describe('password verifications are counted by the mock', () => {
  it('still verifies for real', async () => {
    const { hashPassword } = await import('../src/modules/auth/passwords.ts');
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);
    expect(await verifyPassword(stored, WRONG)).toBe(false);
  });
});
