/**
 * Sign-in, sessions and password change. Every /session* response is `Cache-Control: no-store`
 * (it carries the CSRF token). Sign-in and password change are throttled per account and per
 * client address (429). The session middleware and write guards are in http-session.ts.
 */
import { createRouter } from '../../infra/http/router.ts';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Database } from '../../db/client.ts';
import { getArea } from '../local-gov/index.ts';
import type { Actor } from './access.ts';
import { changePassword } from './change-password.ts';
import { createUser } from './create-user.ts';
import { userPrincipal } from './principal.ts';
import { throttledMessage } from './domain/throttle-policy.ts';
import { changePasswordRoute, createUserRoute, getSessionRoute, revokeOtherSessionsRoute, signInRoute, signOutRoute } from './http-routes.ts';
import { SESSION_COOKIE, requireActor, socketClientAddress, type AuthEnv } from './http-session.ts';
import { revokeOtherSessions } from './revoke-sessions.ts';
import { SESSION_HOURS, countOtherSessions, signOut } from './sessions.ts';
import { signIn } from './sign-in.ts';

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

  app.openapi(getSessionRoute, async (c) => {
    const s = c.get('session');
    if (!s) return c.json({ user: null, csrf_token: null, other_sessions: null }, 200);
    return c.json({ user: await userJson(s.actor), csrf_token: s.csrfToken, other_sessions: await countOtherSessions(db, s.actor.id, s.token) }, 200);
  });

  app.openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const r = await signIn(db, { email, password, clientAddress: clientAddress(c), now: now() });
    if (!r.ok && r.reason === 'too_many_attempts') {
      c.header('Retry-After', String(r.retryAfterSeconds));
      return c.json(tooMany(r.retryAfterSeconds), 429);
    }
    if (!r.ok) return c.json({ error: { code: 'invalid_credentials', message: 'メールアドレスまたはパスワードが正しくありません' } }, 401);
    // The session id rotates: the one the browser came with (if any) ends, whoever it belonged to.
    const previous = c.get('session');
    if (previous) await signOut(db, previous.token);
    setSessionCookie(c, r.token);
    return c.json({ user: await userJson(r.actor), csrf_token: r.csrfToken, other_sessions: r.otherSessions }, 200);
  });

  app.openapi(signOutRoute, async (c) => {
    requireActor(c);
    await signOut(db, c.get('session')!.token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(changePasswordRoute, async (c) => {
    const actor = requireActor(c);
    const { current_password, new_password } = c.req.valid('json');
    const r = await changePassword(db, {
      actor,
      sessionToken: c.get('session')!.token,
      currentPassword: current_password,
      newPassword: new_password,
      clientAddress: clientAddress(c),
      now: now(),
    });
    if (!r.ok) {
      c.header('Retry-After', String(r.retryAfterSeconds));
      return c.json(tooMany(r.retryAfterSeconds), 429);
    }
    setSessionCookie(c, r.token);
    return c.json({ user: await userJson(actor), csrf_token: r.csrfToken, other_sessions: 0, revoked: r.revoked }, 200);
  });

  app.openapi(revokeOtherSessionsRoute, async (c) => {
    const actor = requireActor(c);
    const revoked = await revokeOtherSessions(db, { actor, sessionToken: c.get('session')!.token, now: now() });
    return c.json({ revoked }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const by = userPrincipal(requireActor(c));
    const b = c.req.valid('json');
    const user = await createUser(db, { email: b.email, name: b.name, role: b.role, orgCode: b.org_code, password: b.password }, by);
    return c.json({ user: await userJson(user) }, 201);
  });
  return app;
}
