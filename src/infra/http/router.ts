/**
 * Every module's routes start from createRouter(): an OpenAPIHono whose request validation
 * failures answer in the platform's error shape (400, `invalid_input`, one issue per field) —
 * one validation hook for the whole API.
 */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';

// biome-ignore lint/suspicious/noExplicitAny: the hook serves every route's schema and target
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ column: i.path.map(String).join('.'), code: 'invalid_parameter', reason: i.message }));
    return c.json({ error: { code: 'invalid_input', message: issues.map((i) => `${i.column}: ${i.reason}`).join('\n'), issues } }, 400);
  }
  return undefined;
};

export function createRouter<E extends Env = Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: validationHook });
}
