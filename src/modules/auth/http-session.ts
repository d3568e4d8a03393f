/**
 * The session of each request and the guards every write uses. The session cookie is HttpOnly
 * and SameSite=Lax; writes must also send the session's CSRF token in X-CSRF-Token (a cross-site
 * page can neither read it nor set that header without CORS, which this API does not grant).
 */
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../db/client.ts';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.ts';
import type { Actor } from './access.ts';
import { userPrincipal, type Principal } from './principal.ts';
import { sessionFor } from './sessions.ts';

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
/** The signed-in reader of a public route, or null: public records show more to those who may see them. */
export function readerOf(c: Context<AuthEnv>): Principal | null {
  const s = c.get('session');
  return s ? userPrincipal(s.actor) : null;
}

export function sessionPrincipal(c: Context<AuthEnv>): Principal {
  const s = c.get('session');
  if (!s) throw new UnauthorizedError();
  return userPrincipal(s.actor);
}

/** Where a request comes from: the socket's peer, or 'unknown' without one (app.request() in tests). */
export function socketClientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
