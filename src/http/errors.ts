import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ForbiddenError, InputError, NotFoundError, UnauthorizedError } from '../shared/errors.ts';

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
} as const;

/** Maps domain errors to HTTP; anything else is a 500 without internals. */
export function errorResponse(err: Error, c: Context) {
  if (err instanceof InputError) return c.json({ error: { code: 'invalid_input', message: err.message, issues: err.issues } }, 400);
  if (err instanceof NotFoundError) return c.json({ error: { code: 'not_found', message: err.message } }, 404);
  if (err instanceof UnauthorizedError) return c.json({ error: { code: 'unauthorized', message: err.message } }, 401);
  if (err instanceof ForbiddenError) return c.json({ error: { code: 'forbidden', message: err.message } }, 403);
  return null;
}
