/**
 * Sign-in, sessions and the guard every write uses. The session cookie is HttpOnly and
 * SameSite=Lax; writes must also send the session's CSRF token in X-CSRF-Token (a cross-site page
 * can neither read it nor set that header without CORS, which this API does not grant).
 */
import { timingSafeEqual } from 'node:crypto';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Database } from '../../db/client.ts';
import { ErrorSchema, errorResponses } from '../../http/errors.ts';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.ts';
import { getArea } from '../local-gov/index.ts';
import { canWriteStrategy, type Actor } from './access.ts';
import { SESSION_HOURS, sessionFor, signIn, signOut } from './repository.ts';

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

/** requireActor, and the actor may write records of the government `ownerCode`. */
export function requireWriteAccess(c: Context<AuthEnv>, ownerCode: string): Actor {
  const actor = requireActor(c);
  if (!canWriteStrategy(actor, ownerCode)) throw new ForbiddenError(`この戦略（団体コード ${ownerCode}）を編集する権限がありません`);
  return actor;
}

const UserSchema = z
  .object({ email: z.string(), name: z.string(), role: z.enum(['admin', 'editor', 'viewer']), org_code: z.string(), org_name: z.string().nullable() })
  .openapi('User');
const SessionSchema = z.object({ user: UserSchema.nullable(), csrf_token: z.string().nullable() }).openapi('Session');

export function authRoutes(db: Database, opts: { secureCookies: boolean }) {
  const app = new OpenAPIHono<AuthEnv>();
  const userJson = async (a: Actor) => ({ email: a.email, name: a.name, role: a.role, org_code: a.orgCode, org_name: (await getArea(db, a.orgCode))?.name ?? null });

  app.openapi(
    createRoute({ method: 'get', path: '/session', tags: ['auth'], summary: '現在のログイン状態 / the current session', responses: { 200: { content: { 'application/json': { schema: SessionSchema } }, description: 'OK' } } }),
    async (c) => {
      const s = c.get('session');
      return c.json({ user: s ? await userJson(s.actor) : null, csrf_token: s?.csrfToken ?? null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/session', tags: ['auth'], summary: 'ログイン / sign in',
      request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) }) } }, required: true } },
      responses: { 200: { content: { 'application/json': { schema: SessionSchema } }, description: 'signed in; sets the session cookie' }, 401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'wrong email or password' } },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const r = await signIn(db, email, password);
      if (!r) return c.json({ error: { code: 'invalid_credentials', message: 'メールアドレスまたはパスワードが正しくありません' } }, 401);
      setCookie(c, SESSION_COOKIE, r.token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: opts.secureCookies, maxAge: SESSION_HOURS * 3600 });
      return c.json({ user: await userJson(r.actor), csrf_token: r.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/session', tags: ['auth'], summary: 'ログアウト / sign out (X-CSRF-Token)', responses: { 204: { description: 'signed out' }, ...errorResponses } }),
    async (c) => {
      requireActor(c);
      await signOut(db, c.get('session')!.token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
  return app;
}
