/**
 * The session endpoints the auth and account pages use (GET/POST/DELETE /api/v1/session,
 * PUT /api/v1/session/password, DELETE /api/v1/sessions/others). A refused sign-in because of
 * too many attempts (HTTP 429) becomes a ThrottledError carrying the Retry-After seconds.
 */
import { ApiError, errorFromBody, getCsrfToken, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import type { Session } from '../../api/types.ts';

const V1 = '/api/v1';

/** The session as the API reports it, with the number of the user's other live sessions. */
export type SessionState = Session;

/** After a password change: the session, and how many other sessions were ended. */
export type PasswordChanged = components['schemas']['PasswordChanged'];

/** 429 too_many_attempts: the API's message says how long to wait; retryAfterSeconds says it in numbers. */
export class ThrottledError extends ApiError {
  readonly retryAfterSeconds: number | null;
  constructor(base: ApiError, retryAfterSeconds: number | null) {
    super(base.status, base.code, base.message, base.issues);
    this.name = 'ThrottledError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const NETWORK_MESSAGE = 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。';

/** A JSON request that keeps the Retry-After of a 429 (the shared client does not expose headers). */
async function send<T>(method: 'POST' | 'PUT', path: string, json: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const csrf = getCsrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: JSON.stringify(json), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const text = await res.text();
  if (!res.ok) {
    const err = errorFromBody(res.status, text);
    if (res.status === 429) {
      const s = Number(res.headers.get('Retry-After'));
      throw new ThrottledError(err, Number.isFinite(s) && s > 0 ? s : null);
    }
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, 'bad_response', 'サーバーの応答を読み取れませんでした。');
  }
}

export function getSessionState(): Promise<SessionState> {
  return request(`${V1}/session`);
}

export function postSignIn(email: string, password: string): Promise<SessionState> {
  return send('POST', `${V1}/session`, { email, password });
}

export function deleteSession(): Promise<void> {
  return request(`${V1}/session`, { method: 'DELETE' });
}

export function putPassword(currentPassword: string, newPassword: string): Promise<PasswordChanged> {
  return send('PUT', `${V1}/session/password`, { current_password: currentPassword, new_password: newPassword });
}

export function deleteOtherSessions(): Promise<{ revoked: number }> {
  return request(`${V1}/sessions/others`, { method: 'DELETE' });
}
