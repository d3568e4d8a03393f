/**
 * Sign-in, sessions, password change and the guard every write uses. The session cookie is
 * HttpOnly and SameSite=Lax; writes must also send the session's CSRF token in X-CSRF-Token (a
 * cross-site page can neither read it nor set that header without CORS, which this API does not
 * grant). Every /session* response is `Cache-Control: no-store` (it carries the CSRF token).
 * Sign-in and password change are throttled per account and per client address (429).
 */
import { createRouter } from '../../infra/http/router.ts';
import { timingSafeEqual } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Database } from '../../db/client.ts';
import { ErrorSchema, errorResponses } from '../../infra/http/errors.ts';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.ts';
import { getArea } from '../local-gov/index.ts';
import { canWriteStrategy, type Actor } from './access.ts';
import { changePassword } from './change-password.ts';
import { userPrincipal, type Principal } from './principal.ts';
import { throttledMessage } from './domain/throttle-policy.ts';
import { revokeOtherSessions } from './revoke-sessions.ts';
import { SESSION_HOURS, countOtherSessions, sessionFor, signOut } from './sessions.ts';
import { signIn } from './sign-in.ts';

export const SESSION_COOKIE = 'sousei_session';

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
  token: string;
}
export type AuthEnv = { Variables: { session: SessionInfo | null } };

/** Loads the session (if any) for every request. */
export function sessionMiddleware(db: Database): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const s = token ? await sessionFor(db, token) : null;
    c.set('session', s && token ? { ...s, token } : null);
    await next();
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The signed-in actor of a state-changing request, with its CSRF token checked. */
export function requireActor(c: Context<AuthEnv>): Actor {
  const s = c.get('session');
  if (!s) throw new UnauthorizedError();
  const sent = c.req.header('x-csrf-token') ?? '';
  if (!sameToken(sent, s.csrfToken)) throw new ForbiddenError('CSRFトークンが正しくありません。ページを再読み込みしてください');
  return s.actor;
}

/** The signed-in user of a state-changing request as a Principal (401, or 403 for a bad CSRF token). */
export const requirePrincipal = (c: Context<AuthEnv>): Principal => userPrincipal(requireActor(c));

/** The signed-in user of a read that is not public (a GET sends no CSRF token); 401 otherwise. */
export function sessionPrincipal(c: Context<AuthEnv>): Principal {
  const s = c.get('session');
  if (!s) throw new UnauthorizedError();
  return userPrincipal(s.actor);
}

/** requireActor, and the actor may write records of the government `ownerCode`. */
export function requireWriteAccess(c: Context<AuthEnv>, ownerCode: string): Actor {
  const actor = requireActor(c);
  if (!canWriteStrategy(actor, ownerCode)) throw new ForbiddenError(`この戦略（団体コード ${ownerCode}）を編集する権限がありません`);
  return actor;
}

const UserSchema = z
  .object({ email: z.string(), name: z.string(), role: z.enum(['admin', 'editor', 'viewer']), org_code: z.string(), org_name: z.string().nullable() })
  .openapi('User');
const SessionSchema = z
  .object({
    user: UserSchema.nullable(),
    csrf_token: z.string().nullable(),
    other_sessions: z.number().int().nullable().openapi({ description: 'other live sessions of the user (other browsers or devices); null when not signed in' }),
  })
  .openapi('Session');
const PasswordChangedSchema = SessionSchema.extend({ revoked: z.number().int().openapi({ description: 'other sessions that were ended' }) }).openapi('PasswordChanged');
const TooManySchema = {
  content: { 'application/json': { schema: ErrorSchema } },
  headers: z.object({ 'Retry-After': z.string().openapi({ description: 'seconds to wait' }) }),
  description: '試行回数の上限 / too many attempts (code too_many_attempts; wait Retry-After seconds)',
} as const;
const signedInErrors = {
  401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'ログインが必要 / not signed in' },
  403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'CSRF トークンが違う / bad CSRF token' },
} as const;
// Generous: the password policy (1,024 characters) answers longer ones in words.
const PasswordField = z.string().max(4096);

/** Where a request comes from: the socket's peer, or 'unknown' without one (app.request() in tests). */
export function socketClientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface AuthRoutesOptions {
  /** Secure attribute on the session cookie (set when served over HTTPS) */
  secureCookies: boolean;
  /** the client's address for sign-in throttling (default: the socket peer, see socketClientAddress) */
  clientAddress?: (c: Context) => string | null | undefined;
  /** the clock (tests) */
  now?: () => Date;
}

export function authRoutes(db: Database, opts: AuthRoutesOptions) {
  const app = createRouter<AuthEnv>();
  const now = opts.now ?? (() => new Date());
  const clientAddress = (c: Context) => opts.clientAddress?.(c) || socketClientAddress(c);
  const userJson = async (a: Actor) => ({ email: a.email, name: a.name, role: a.role, org_code: a.orgCode, org_name: (await getArea(db, a.orgCode))?.name ?? null });
  const setSessionCookie = (c: Context, token: string) =>
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: opts.secureCookies, maxAge: SESSION_HOURS * 3600 });
  const tooMany = (retryAfterSeconds: number) => ({ error: { code: 'too_many_attempts', message: throttledMessage(retryAfterSeconds) } });

  // Session state and CSRF tokens must never be stored by a browser or a proxy cache.
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('Pragma', 'no-cache');
  };
  app.use('/session', noStore);
  app.use('/session/*', noStore);
  app.use('/sessions/*', noStore);

  app.openapi(
    createRoute({ method: 'get', path: '/session', tags: ['auth'], summary: '現在のログイン状態 / the current session', responses: { 200: { content: { 'application/json': { schema: SessionSchema } }, description: 'OK' } } }),
    async (c) => {
      const s = c.get('session');
      if (!s) return c.json({ user: null, csrf_token: null, other_sessions: null }, 200);
      return c.json({ user: await userJson(s.actor), csrf_token: s.csrfToken, other_sessions: await countOtherSessions(db, s.actor.id, s.token) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/session', tags: ['auth'], summary: 'ログイン / sign in',
      request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().min(1).max(320), password: PasswordField.min(1) }) } }, required: true } },
      responses: {
        200: { content: { 'application/json': { schema: SessionSchema } }, description: 'signed in; sets the session cookie' },
        401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'wrong email or password' },
        429: TooManySchema,
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const r = await signIn(db, { email, password, clientAddress: clientAddress(c), now: now() });
      if (!r.ok && r.reason === 'too_many_attempts') {
        c.header('Retry-After', String(r.retryAfterSeconds));
        return c.json(tooMany(r.retryAfterSeconds), 429);
      }
      if (!r.ok) return c.json({ error: { code: 'invalid_credentials', message: 'メールアドレスまたはパスワードが正しくありません' } }, 401);
      setSessionCookie(c, r.token);
      return c.json({ user: await userJson(r.actor), csrf_token: r.csrfToken, other_sessions: r.otherSessions }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/session', tags: ['auth'], summary: 'ログアウト / sign out (X-CSRF-Token)', responses: { 204: { description: 'signed out' }, ...errorResponses, ...signedInErrors } }),
    async (c) => {
      requireActor(c);
      await signOut(db, c.get('session')!.token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/session/password', tags: ['auth'],
      summary: 'パスワードの変更 / change the password (X-CSRF-Token); ends every other session and renews this one',
      request: { body: { content: { 'application/json': { schema: z.object({ current_password: PasswordField.min(1), new_password: PasswordField }) } }, required: true } },
      responses: {
        200: { content: { 'application/json': { schema: PasswordChangedSchema } }, description: 'changed; a new session cookie and CSRF token' },
        ...errorResponses,
        ...signedInErrors,
        429: TooManySchema,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { current_password, new_password } = c.req.valid('json');
      const r = await changePassword(db, { actor, sessionToken: c.get('session')!.token, currentPassword: current_password, newPassword: new_password, clientAddress: clientAddress(c), now: now() });
      if (!r.ok) {
        c.header('Retry-After', String(r.retryAfterSeconds));
        return c.json(tooMany(r.retryAfterSeconds), 429);
      }
      setSessionCookie(c, r.token);
      return c.json({ user: await userJson(actor), csrf_token: r.csrfToken, other_sessions: 0, revoked: r.revoked }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/sessions/others', tags: ['auth'], summary: '他の端末のログインをすべて終了 / sign out every other session (X-CSRF-Token)',
      responses: { 200: { content: { 'application/json': { schema: z.object({ revoked: z.number().int() }).openapi('SessionsRevoked') } }, description: 'how many sessions were ended' }, ...signedInErrors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const revoked = await revokeOtherSessions(db, { actor, sessionToken: c.get('session')!.token, now: now() });
      return c.json({ revoked }, 200);
    },
  );
  return app;
}
