/** The administrator's writes: a government's strategy and a user (POST /api/v1/strategies, /users). */
import { invalidate, request } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody: { content: { 'application/json': infer T } } } } ? T : never;
type Created<P extends keyof paths> = paths[P] extends { post: { responses: { 201: { content: { 'application/json': infer T } } } } } ? T : never;

export async function createStrategy(body: Body<'/api/v1/strategies'>): Promise<Created<'/api/v1/strategies'>> {
  const r = await request<Created<'/api/v1/strategies'>>('/api/v1/strategies', { method: 'POST', json: body });
  invalidate('/api/v1/strategies');
  return r;
}

export function createUser(body: Body<'/api/v1/users'>): Promise<Created<'/api/v1/users'>> {
  return request('/api/v1/users', { method: 'POST', json: body });
}
