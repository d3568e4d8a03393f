/**
 * Sign-in, CSRF, authorisation by role and organisation, and data entry through the API, on
 * both databases. Every write is checked to be all-or-nothing and audited with the user's name.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { readFileSync } from 'node:fs';
import { importFile } from '../src/modules/kpi/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshot } from './support/db-snapshot.ts';

const PASSWORD = 'correct horse battery staple';
const NATIONAL = 'chiiki-mirai-senryaku-2026';
const SAPPORO = '011002';

type App = ReturnType<typeof createApp>;

async function signIn(app: App, email: string, password = PASSWORD) {
  const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { csrf_token: string; user: { email: string; org_name: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { res, body, cookie, csrf: body.csrf_token };
}

interface Job {
  status: string;
  file: string;
  result: Record<string, unknown> | null;
  error: { code: string; issues?: Array<Record<string, unknown>> } | null;
}

/** Polls the job an import answered with (202 + Location) until it has finished. */
async function finishedJob(app: App, accepted: Response, auth: { cookie: string }): Promise<Job> {
  const location = accepted.headers.get('location')!;
  expect(location).toMatch(/\/imports\/[0-9a-f-]{36}$/);
  for (let i = 0; i < 600; i++) {
    const r = await app.request(location, { headers: { cookie: auth.cookie } });
    expect(r.status).toBe(200);
    const { job } = (await r.json()) as { job: Job };
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the import job did not finish');
}

describeEachDatabase('writes through the API', (db) => {
  let app: App;
  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    await createUser(h, { email: 'secretariat@example.go.jp', name: '事務局 山田', role: 'admin', orgCode: '000000', password: PASSWORD });
    await createUser(h, { email: 'planner@city.sapporo.jp', name: '札幌市 企画課', role: 'editor', orgCode: SAPPORO, password: PASSWORD });
    await createUser(h, { email: 'reviewer@example.jp', name: '外部有識者', role: 'viewer', orgCode: '000000', password: PASSWORD });
    // A strategy owned by Sapporo (a 地方版総合戦略).
    const local = JSON.parse(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8')) as { strategy: Record<string, unknown> };
    local.strategy = { ...local.strategy, id: 'sapporo-sogo-senryaku', owner_code: SAPPORO };
    await importFile(h, { bytes: new TextEncoder().encode(JSON.stringify(local)), file: 'sapporo.json', actor: 'test' });
  });

  const post = (path: string, body: unknown, auth?: { cookie: string; csrf?: string }) =>
    app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(auth ? { cookie: auth.cookie } : {}), ...(auth?.csrf ? { 'x-csrf-token': auth.csrf } : {}) },
    });

  it('signs in with an HttpOnly SameSite session cookie and reports the session', async () => {
    const { res, body, cookie } = await signIn(app, 'Planner@City.Sapporo.jp');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/sousei_session=[^;]+;.*HttpOnly/i);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    expect(body.user).toMatchObject({ email: 'planner@city.sapporo.jp', org_name: '札幌市' });
    const session = (await (await app.request('/api/v1/session', { headers: { cookie } })).json()) as { user: { role: string }; csrf_token: string };
    expect(session.user.role).toBe('editor');
    expect(session.csrf_token).toBe(body.csrf_token);
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await signIn(app, 'planner@city.sapporo.jp', 'not the password');
    const unknown = await signIn(app, 'nobody@example.jp');
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(JSON.stringify(wrong.body)).toContain('メールアドレスまたはパスワードが正しくありません');
  });

  it('requires sign-in (401), the CSRF token (403) and a role allowed for the strategy (403)', async () => {
    const rows = { rows: [{ kpi_id: 'T-01', period: 'FY2026', value: 12000 }] };
    const before = await snapshot(db().handle.db);
    expect((await post('/api/v1/strategies/sapporo-sogo-senryaku/observations', rows)).status).toBe(401);
    const planner = await signIn(app, 'planner@city.sapporo.jp');
    const noCsrf = await post('/api/v1/strategies/sapporo-sogo-senryaku/observations', rows, { cookie: planner.cookie });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as { error: { message: string } }).error.message).toContain('CSRF');
    const otherOrg = await post(`/api/v1/strategies/${NATIONAL}/observations`, { rows: [{ kpi_id: 'IMP-02', period: '2027', value: 44 }] }, planner);
    expect(otherOrg.status).toBe(403);
    const viewer = await signIn(app, 'reviewer@example.jp');
    expect((await post('/api/v1/strategies/sapporo-sogo-senryaku/observations', rows, viewer)).status).toBe(403);
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('an editor enters actuals for its own strategy and sees the evaluation change at once, audited by name', async () => {
    const planner = await signIn(app, 'planner@city.sapporo.jp');
    const res = await post(
      '/api/v1/strategies/sapporo-sogo-senryaku/observations?as_of=2027-06-30',
      { rows: [{ kpi_id: 'T-01', period: '2026年度', value: '１万5,000', flag: '速報値' }] },
      planner,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      result: { inserted: number; updated: number };
      before: Array<{ id: string; actual: unknown }>;
      kpis: Array<{ id: string; progress: number; status: string; actual: { value: number; flag_label: string } }>;
    };
    expect(body.result.inserted + body.result.updated).toBe(1);
    const after = body.kpis.find((k) => k.id === 'T-01')!;
    expect(after.actual).toMatchObject({ value: 15000, flag_label: '速報値' });
    expect(after.progress).toBe(50); // baseline 10,000 (FY2024) → target 20,000 (FY2030)
    expect(after.status).toBe('1B');
    const audit = (await (await app.request('/api/v1/strategies/sapporo-sogo-senryaku/audit')).json()) as { entries: Array<{ actor: string; action: string }> };
    // The entry keeps the user's id; the API joins the display name and names the action in Japanese.
    expect(audit.entries[0]).toMatchObject({
      actor: expect.stringMatching(/^user:[0-9a-f-]{36}$/),
      actor_label: '札幌市 企画課',
      action: 'observations.upsert',
      action_label: '実績値の登録・更新',
    });
    expect(JSON.stringify(audit)).not.toContain('planner@city.sapporo.jp');
  });

  it('names the bad row and column of a form submission and saves none of the rows', async () => {
    const admin = await signIn(app, 'secretariat@example.go.jp');
    const before = await snapshot(db().handle.db);
    const res = await post(
      `/api/v1/strategies/${NATIONAL}/observations`,
      {
        rows: [
          { kpi_id: 'IMP-02', period: '2027', value: 44 },
          { kpi_id: 'IMP-02', period: '2028', value: 'たくさん' },
          { kpi_id: 'NOPE', period: '2027', value: 1 },
        ],
      },
      admin,
    );
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: Array<{ row: number; column: string; code: string; line?: number }> } }).error.issues;
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'value', 'not_a_number'],
      [3, 'kpi_id', 'unknown_kpi'],
    ]);
    expect(issues.every((i) => i.line === undefined)).toBe(true);
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('uploads a CSV file (multipart) as an import job and reports file/line/column issues for a bad one', async () => {
    const admin = await signIn(app, 'secretariat@example.go.jp');
    const upload = (name: string, text: string) => {
      const form = new FormData();
      form.set('file', new File([text], name, { type: 'text/csv' }));
      return app.request(`/api/v1/strategies/${NATIONAL}/imports`, { method: 'POST', body: form, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf } });
    };
    const ok = await upload('実績.csv', '指標ID,年度,実績値\nOUT-I-01,2027,1500\n');
    expect(ok.status).toBe(202);
    const done = await finishedJob(app, ok, admin);
    expect(done).toMatchObject({ status: 'succeeded', file: '実績.csv', result: { kind: 'observations', inserted: 1 } });
    const before = await snapshot(db().handle.db);
    const bad = await upload('誤り.csv', '指標ID,年度,実績値\nOUT-I-01,2028,1400\nOUT-I-01,20xx,1300\n');
    expect(bad.status).toBe(202);
    const failed = await finishedJob(app, bad, admin);
    expect(failed.status).toBe('failed');
    expect(failed.error!.issues![0]).toMatchObject({ file: '誤り.csv', line: 3, column: '年度', code: 'invalid_period' });
    // Only the job's own record changed.
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('signs out: the session no longer works', async () => {
    const s = await signIn(app, 'reviewer@example.jp');
    const out = await app.request('/api/v1/session', { method: 'DELETE', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect(out.status).toBe(204);
    const after = (await (await app.request('/api/v1/session', { headers: { cookie: s.cookie } })).json()) as { user: unknown };
    expect(after.user).toBeNull();
  });

  it('searches KPIs and nodes by partial Japanese text', async () => {
    const res = (await (await app.request(`/api/v1/search?q=${encodeURIComponent('こうきょうこうつう')}`)).json()) as { results: unknown[] };
    expect(res.results).toEqual([]); // kanji are not read as kana
    const kanji = (await (await app.request(`/api/v1/search?q=${encodeURIComponent('公共交通')}&strategy=${NATIONAL}`)).json()) as { results: Array<{ type: string; id: string }> };
    expect(kanji.results).toContainEqual(expect.objectContaining({ type: 'node', id: 'output-i' }));
  });
});

describe('security headers', () => {
  it('sends a restrictive Content-Security-Policy and nosniff', async () => {
    const res = await createApp({ db: undefined as never, webRoot: null }).request('/api/openapi.json');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
