/** Helpers for the plans' API tests: users of every kind of organisation, signed in, and JSON requests. */
import { expect } from 'vitest';
import type { createApp } from '../../src/http/app.ts';
import type { Database } from '../../src/db/client.ts';
import { createUser, operatorPrincipal, type Role } from '../../src/modules/auth/index.ts';
import { addMember, createOrganisation } from '../../src/modules/organisations/index.ts';

export type App = ReturnType<typeof createApp>;
export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: App, email: string): Promise<Session> {
  const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrf_token: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrf_token };
}

/** A user of a government (orgCode) or, with `member`, of a registered organisation. */
export async function addUser(db: Database, email: string, role: Role, orgCode: string, member?: string): Promise<void> {
  await createUser(db, { email, name: email.split('@')[0]!, role, orgCode, password: PASSWORD });
  if (member) await addMember(db, { orgId: member, email }, operatorPrincipal('test'));
}

export async function addReviewerBody(db: Database, id: string, name: string): Promise<void> {
  await createOrganisation(db, { kind: 'reviewer_body', id, name }, operatorPrincipal('test'));
}

export function requester(app: App) {
  const call = (method: string, path: string, body?: unknown, s?: Session) =>
    app.request(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { 'content-type': 'application/json', ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}) },
    });
  return {
    get: (path: string, s?: Session) => call('GET', path, undefined, s),
    post: (path: string, body: unknown, s?: Session) => call('POST', path, body, s),
    put: (path: string, body: unknown, s?: Session) => call('PUT', path, body, s),
  };
}
