/**
 * Authorisation is decided before any effect, for every write endpoint: a request by someone not
 * allowed (not signed in, no CSRF token, a viewer, an editor of another government) changes
 * nothing in any table. On main an editor could upload a JSON catalog to its own strategy's
 * import endpoint: it answered 400 but had already saved the catalog, owned by the nation.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { importFile } from '../src/modules/kpi/index.ts';
import { importStatistics } from '../src/modules/statistics/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshotAll } from './support/db-snapshot.ts';

const PASSWORD = 'authorisation before any effect 2026';
const SAPPORO = '011002';
const NATIONAL = 'chiiki-mirai-senryaku-2026';
type App = ReturnType<typeof createApp>;
type Auth = { cookie?: string; csrf?: string };

const catalogText = (id: string, owner: string) => {
  const c = JSON.parse(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8')) as { strategy: Record<string, unknown> };
  c.strategy = { ...c.strategy, id, owner_code: owner };
  return JSON.stringify(c);
};

async function signIn(app: App, email: string): Promise<Auth> {
  const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await res.json()) as { csrf_token: string }).csrf_token };
}

describeEachDatabase('authorisation before any effect', (database) => {
  let app: App;
  const who: Record<string, Auth> = {};
  beforeAll(async () => {
    const db = database().handle.db;
    app = createApp({ db, webRoot: null });
    await createUser(db, { email: 'planner@city.sapporo.jp', name: '札幌市 企画課', role: 'editor', orgCode: SAPPORO, password: PASSWORD });
    await createUser(db, { email: 'planner@city.hakodate.jp', name: '函館市 企画課', role: 'editor', orgCode: '012025', password: PASSWORD });
    await createUser(db, { email: 'reviewer@example.jp', name: '外部有識者', role: 'viewer', orgCode: SAPPORO, password: PASSWORD });
    await importFile(db, { bytes: new TextEncoder().encode(catalogText('sapporo-sogo-senryaku', SAPPORO)), file: 'sapporo.json', actor: 'test' });
    await importStatistics(db, {
      bytes: new TextEncoder().encode(
        JSON.stringify({
          indicators: [{ code: 'authz_test', name_ja: '試験指標', unit: '人', category: 'population', source: 'テスト', licence: 'CC BY 4.0' }],
          values: [{ area_code: SAPPORO, period: '2024', indicator: 'authz_test', value: 1 }],
        }),
      ),
      file: 'authz.json',
      actor: 'test',
    });
    const bind = await signIn(app, 'planner@city.sapporo.jp');
    // A binding to remove in the DELETE case.
    expect(
      (
        await app.request('/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-01/binding', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: bind.cookie!, 'x-csrf-token': bind.csrf! },
          body: JSON.stringify({ indicator: 'authz_test', area: SAPPORO }),
        })
      ).status,
    ).toBe(200);
    // And a reference series (relative targets) to remove in its DELETE case.
    expect(
      (
        await app.request('/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-01/reference', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: bind.cookie!, 'x-csrf-token': bind.csrf! },
          body: JSON.stringify({ indicator: 'authz_test', area: SAPPORO }),
        })
      ).status,
    ).toBe(200);
    who.anonymous = {};
    const planner = await signIn(app, 'planner@city.sapporo.jp');
    who.noCsrf = { cookie: planner.cookie };
    who.viewer = await signIn(app, 'reviewer@example.jp');
    who.otherEditor = await signIn(app, 'planner@city.hakodate.jp');
    who.planner = planner;
  });

  const send = (method: string, path: string, body: string | FormData | undefined, auth: Auth, type?: string) =>
    app.request(path, {
      method,
      body,
      headers: { ...(type ? { 'content-type': type } : {}), ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.csrf ? { 'x-csrf-token': auth.csrf } : {}) },
    });
  const upload = (text: string, name: string) => {
    const form = new FormData();
    form.set('file', new File([text], name));
    return form;
  };

  const writes = [
    {
      name: 'POST observations',
      method: 'POST',
      path: '/api/v1/strategies/sapporo-sogo-senryaku/observations',
      body: () => JSON.stringify({ rows: [{ kpi_id: 'T-01', period: 'FY2027', value: 1 }] }),
      type: 'application/json',
    },
    { name: 'POST imports (CSV)', method: 'POST', path: '/api/v1/strategies/sapporo-sogo-senryaku/imports', body: () => upload('指標ID,年度,実績値\nT-01,2027,1\n', 'a.csv') },
    {
      name: 'POST imports (JSON catalog)',
      method: 'POST',
      path: '/api/v1/strategies/sapporo-sogo-senryaku/imports',
      body: () => upload(catalogText('forged-national', '000000'), 'x.json'),
    },
    {
      name: 'PUT binding',
      method: 'PUT',
      path: '/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-02/binding',
      body: () => JSON.stringify({ indicator: 'authz_test', area: SAPPORO }),
      type: 'application/json',
    },
    { name: 'DELETE binding', method: 'DELETE', path: '/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-01/binding', body: () => undefined },
    {
      name: 'POST observations (national strategy)',
      method: 'POST',
      path: `/api/v1/strategies/${NATIONAL}/observations`,
      body: () => JSON.stringify({ rows: [{ kpi_id: 'IMP-02', period: '2027', value: 44 }] }),
      type: 'application/json',
    },
    {
      name: 'PUT reference',
      method: 'PUT',
      path: '/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-02/reference',
      body: () => JSON.stringify({ indicator: 'authz_test', area: '000000' }),
      type: 'application/json',
    },
    { name: 'DELETE reference', method: 'DELETE', path: '/api/v1/strategies/sapporo-sogo-senryaku/kpis/T-01/reference', body: () => undefined },
  ];

  it('refuses every write endpoint to everyone not allowed, and no table changes', async () => {
    const before = await snapshotAll(database().handle.db, { except: ['sessions'] });
    const expected: Record<string, number> = { anonymous: 401, noCsrf: 403, viewer: 403, otherEditor: 403 };
    for (const w of writes) {
      for (const [role, status] of Object.entries(expected)) {
        const res = await send(w.method, w.path, w.body(), who[role]!, w.type);
        expect(res.status, `${w.name} as ${role}`).toBe(status);
        expect(((await res.json()) as { error: { code: string } }).error.code, `${w.name} as ${role}`).toMatch(/unauthorized|forbidden/);
      }
    }
    // The editor itself may not write the national strategy either.
    expect((await send('POST', writes[5]!.path, writes[5]!.body(), who.planner!, 'application/json')).status).toBe(403);
    expect(await snapshotAll(database().handle.db, { except: ['sessions'] })).toEqual(before);
  });

  it("an editor's JSON catalog upload to its own strategy is refused before anything is read or stored (no strategy for the nation appears)", async () => {
    const before = await snapshotAll(database().handle.db, { except: ['sessions'] });
    for (const name of ['national.json', 'looks-like.csv']) {
      const res = await send('POST', '/api/v1/strategies/sapporo-sogo-senryaku/imports', upload(catalogText('forged-national', '000000'), name), who.planner!);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { issues: Array<{ code: string }> } }).error.issues[0]!.code).toBe('unsupported_format');
    }
    expect(await snapshotAll(database().handle.db, { except: ['sessions'] })).toEqual(before);
    const list = (await (await app.request('/api/v1/strategies')).json()) as { strategies: Array<{ id: string }> };
    expect(list.strategies.map((s) => s.id)).not.toContain('forged-national');
  });

  it('an import job is visible only to those who may write its strategy', async () => {
    const res = await send('POST', '/api/v1/strategies/sapporo-sogo-senryaku/imports', upload('指標ID,年度,実績値\nT-01,2028,2\n', 'ok.csv'), who.planner!);
    expect(res.status).toBe(202);
    const location = res.headers.get('location')!;
    expect((await send('GET', location, undefined, who.anonymous!)).status).toBe(401);
    expect((await send('GET', location, undefined, who.viewer!)).status).toBe(403);
    expect((await send('GET', location, undefined, who.otherEditor!)).status).toBe(403);
    expect((await send('GET', location, undefined, who.planner!)).status).toBe(200);
    expect((await send('GET', location.replace(/[0-9a-f-]{36}$/, '00000000-0000-4000-8000-000000000000'), undefined, who.planner!)).status).toBe(404);
    await expect
      .poll(async () => ((await (await send('GET', location, undefined, who.planner!)).json()) as { job: { status: string } }).job.status, { timeout: 30_000 })
      .toBe('succeeded');
  });
});
