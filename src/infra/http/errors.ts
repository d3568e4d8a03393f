import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthorizedError, formatIssue, type InputIssue } from '../../shared/errors.ts';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string(),
      issues: z
        .array(
          z.object({
            file: z.string().optional(),
            line: z.number().int().optional(),
            row: z.number().int().optional(),
            column: z.string().optional(),
            code: z.string(),
            reason: z.string(),
          }),
        )
        .optional(),
      current: z
        .object({ version: z.string().optional() })
        .catchall(z.unknown())
        .optional()
        .openapi({ description: '409: the version of the record now stored (and, for plans, what changed: `changes`, `conflicts`)' }),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: '入力エラー / invalid input (issues name line, column and reason)' },
  404: { content: { 'application/json': { schema: ErrorSchema } }, description: '見つかりません / not found' },
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'ログインが必要 / not signed in' },
  403: { content: { 'application/json': { schema: ErrorSchema } }, description: '権限がない、または CSRF トークンが違う / not allowed' },
  413: { content: { 'application/json': { schema: ErrorSchema } }, description: "リクエスト本文が上限を超えた / body over the route's size limit" },
} as const;

/** For writes made against a version of the record (optimistic locking). */
export const conflictResponse = {
  409: { content: { 'application/json': { schema: ErrorSchema } }, description: '競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it' },
} as const;

/** For the public evaluation: its body limit and its rate limit. */
export const evaluateErrorResponses = {
  ...errorResponses,
  413: writeErrorResponses[413],
  429: { content: { 'application/json': { schema: ErrorSchema } }, description: '回数の上限に達した（Retry-After 秒後に再試行） / rate limited; retry after Retry-After seconds' },
} as const;

/** How errors name a request's body (as `file`, like an uploaded file). */
export const BODY_FILE = 'リクエスト本文';

export type ClientErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429;

/** The platform's error shape: `{"error": {"code", "message", "issues"?}}`; the message lists the issues. */
export function errorJson(c: Context, status: ClientErrorStatus, code: string, issuesOrMessage: InputIssue[] | string, headers?: Record<string, string>) {
  const body =
    typeof issuesOrMessage === 'string'
      ? { error: { code, message: issuesOrMessage } }
      : { error: { code, message: new InputError(issuesOrMessage).message, issues: issuesOrMessage } };
  return c.json(body, status, headers);
}

/** A 400 with located issues (the shape every input problem has). */
export const inputErrorResponse = (c: Context, issues: InputIssue[], code = 'invalid_input') => errorJson(c, 400, code, issues);

/** What Hono's own exceptions (validators, body parsers) mean, in Japanese. */
const HTTP_EXCEPTION_TEXT: Partial<Record<number, { code: string; message: string }>> = {
  400: { code: 'bad_request', message: 'リクエストの形式が正しくありません' },
  401: { code: 'unauthorized', message: 'ログインが必要です' },
  403: { code: 'forbidden', message: 'この操作を行う権限がありません' },
  404: { code: 'not_found', message: '見つかりません' },
  405: { code: 'method_not_allowed', message: 'このメソッドは使えません' },
  409: { code: 'conflict', message: 'ほかの変更と重なりました。読み込み直してからもう一度お試しください' },
  413: { code: 'too_large', message: 'リクエストが大きすぎます' },
  415: { code: 'unsupported_media_type', message: 'この Content-Type は受け付けていません' },
  429: { code: 'rate_limited', message: 'リクエストが多すぎます。しばらく待ってからもう一度お試しください' },
};

/**
 * PostgreSQL "data exception" errors (SQLSTATE class 22: a value the database cannot store, such
 * as NUL in text, or a number out of range) reach here only if a value slipped past the
 * checks; they are still a problem with the request's data, not a fault of the server.
 */
export function isDataException(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && typeof e === 'object' && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/** Maps domain and client errors to HTTP; anything else (null) is a 500 without internals. */
export function errorResponse(err: Error, c: Context) {
  if (err instanceof InputError) return c.json({ error: { code: 'invalid_input', message: err.message, issues: err.issues } }, 400);
  if (err instanceof NotFoundError) return c.json({ error: { code: 'not_found', message: err.message } }, 404);
  if (err instanceof UnauthorizedError) return c.json({ error: { code: 'unauthorized', message: err.message } }, 401);
  if (err instanceof ForbiddenError) return c.json({ error: { code: 'forbidden', message: err.message } }, 403);
  if (err instanceof ConflictError) return c.json({ error: { code: 'conflict', message: err.message, ...(err.current ? { current: err.current } : {}) } }, 409);
  if (err instanceof HTTPException && err.status >= 400 && err.status < 500) {
    // e.g. "Malformed JSON in request body" from a validator: the status is right, the text is
    // replaced (English, and sometimes with parser internals).
    const known = HTTP_EXCEPTION_TEXT[err.status] ?? { code: 'bad_request', message: 'リクエストに誤りがあります' };
    return c.json({ error: known }, err.status as ClientErrorStatus);
  }
  if (isDataException(err)) {
    const issue = { code: 'unstorable_value', reason: '保存できない値が含まれています（制御文字や範囲外の数値など）' };
    return c.json({ error: { code: 'invalid_input', message: formatIssue(issue), issues: [issue] } }, 400);
  }
  return null;
}
