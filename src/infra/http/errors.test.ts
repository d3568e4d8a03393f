import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthorizedError } from '../../shared/errors.ts';
import { errorResponse } from './errors.ts';

const app = new Hono();
app.onError((err, c) => errorResponse(err, c) ?? c.json({ error: { code: 'internal', message: 'x' } }, 500));
const errors: Record<string, () => Error> = {
  input: () => InputError.single({ file: 'a.csv', line: 3, column: '実績値', code: 'not_a_number', reason: '数値ではありません' }),
  missing: () => new NotFoundError('戦略「x」はありません'),
  anonymous: () => new UnauthorizedError(),
  forbidden: () => new ForbiddenError(),
  stale: () => new ConflictError('この戦略はほかの人が先に更新しました', { version: '7@2026-12-01' }),
  bare: () => new ConflictError('既に登録されています'),
  fault: () => new Error('boom'),
};
for (const [path, make] of Object.entries(errors))
  app.get(`/${path}`, () => {
    throw make();
  });

describe('the one error mapping (domain errors → HTTP)', () => {
  it.each([
    ['input', 400, 'invalid_input'],
    ['missing', 404, 'not_found'],
    ['anonymous', 401, 'unauthorized'],
    ['forbidden', 403, 'forbidden'],
    ['stale', 409, 'conflict'],
    ['bare', 409, 'conflict'],
    ['fault', 500, 'internal'],
  ])('%s → %i %s', async (path, status, code) => {
    const res = await app.request(`/${path}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('a conflict names the version now stored, so the client knows what to reload', async () => {
    expect(await (await app.request('/stale')).json()).toEqual({
      error: { code: 'conflict', message: 'この戦略はほかの人が先に更新しました', current: { version: '7@2026-12-01' } },
    });
    expect(await (await app.request('/bare')).json()).toEqual({ error: { code: 'conflict', message: '既に登録されています' } });
  });
});
