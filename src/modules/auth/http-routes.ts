/** The OpenAPI definitions of the auth routes (sign-in, session, password); http.ts registers the handlers. */
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorSchema, errorResponses } from '../../infra/http/errors.ts';

const UserSchema = z
  .object({ email: z.string(), name: z.string(), role: z.enum(['admin', 'editor', 'viewer', 'reviewer']), org_code: z.string(), org_name: z.string().nullable() })
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

export const getSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  tags: ['auth'],
  summary: '現在のログイン状態 / the current session',
  responses: { 200: { content: { 'application/json': { schema: SessionSchema } }, description: 'OK' } },
});

export const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  tags: ['auth'],
  summary: 'ログイン / sign in',
  request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().min(1).max(320), password: PasswordField.min(1) }) } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: SessionSchema } }, description: 'signed in; sets the session cookie' },
    401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'wrong email or password' },
    429: TooManySchema,
  },
});

export const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  tags: ['auth'],
  summary: 'ログアウト / sign out (X-CSRF-Token)',
  responses: { 204: { description: 'signed out' }, ...errorResponses, ...signedInErrors },
});

export const changePasswordRoute = createRoute({
  method: 'put',
  path: '/session/password',
  tags: ['auth'],
  summary: 'パスワードの変更 / change the password (X-CSRF-Token); ends every other session and renews this one',
  request: { body: { content: { 'application/json': { schema: z.object({ current_password: PasswordField.min(1), new_password: PasswordField }) } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: PasswordChangedSchema } }, description: 'changed; a new session cookie and CSRF token' },
    ...errorResponses,
    ...signedInErrors,
    429: TooManySchema,
  },
});

export const revokeOtherSessionsRoute = createRoute({
  method: 'delete',
  path: '/sessions/others',
  tags: ['auth'],
  summary: '他の端末のログインをすべて終了 / sign out every other session (X-CSRF-Token)',
  responses: {
    200: { content: { 'application/json': { schema: z.object({ revoked: z.number().int() }).openapi('SessionsRevoked') } }, description: 'how many sessions were ended' },
    ...signedInErrors,
  },
});

export const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['auth'],
  summary: '利用者の登録（管理者のみ、X-CSRF-Token） / add a user (admins only; the same rules as `sousei users add`; audited)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            email: z.string().max(320),
            name: z.string().max(500),
            role: z.enum(['admin', 'editor', 'viewer', 'reviewer']),
            org_code: z.string().max(20).openapi({ description: '団体コード (6 digits, or 5 without the check digit; 000000 = the nation)', example: '011002' }),
            password: PasswordField,
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ user: UserSchema }) } }, description: 'registered' },
    ...errorResponses,
    ...signedInErrors,
  },
});
