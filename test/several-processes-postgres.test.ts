/**
 * Server mode (DATABASE_URL): several processes on one PostgreSQL database are fine. Two
 * application instances with their own connection pools (as two server processes would have)
 * and a real CLI process write to the same database; each instance's caches (catalogs by
 * revision, statistics by version) show the others' writes on the next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { importStatistics } from '../src/modules/statistics/index.ts';
import { loadReferenceData } from '../src/platform/reference-data.ts';
import { createPostgresDatabase, postgresAdminUrl } from './support/databases.ts';
import { runSousei } from './support/sousei-cli.ts';

const PASSWORD = 'several processes share one database 2026';

const cli = (url: string, args: string[]) => runSousei(args, { env: { DATABASE_URL: url, SOUSEI_ACTOR: 'cli:ops' } });

describe.skipIf(postgresAdminUrl() === null)('several processes on one PostgreSQL database', () => {
  let url: string;
  let drop: () => Promise<void>;
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let appA: ReturnType<typeof createApp>;
  let appB: ReturnType<typeof createApp>;

  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase(postgresAdminUrl()!));
    a = await openDatabase({ databaseUrl: url });
    await a.migrate();
    await loadReferenceData(a.db, undefined, { statistics: false });
    b = await openDatabase({ databaseUrl: url });
    appA = createApp({ db: a.db, webRoot: null });
    appB = createApp({ db: b.db, webRoot: null });
    await createUser(a.db, { email: 'secretariat@example.go.jp', name: '事務局', role: 'admin', orgCode: '000000', password: PASSWORD });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
  });

  it('a CLI import while both instances serve is seen by both; a write through one is seen through the other', async () => {
    const imp = await cli(url, ['import', 'test/fixtures/catalog-small.json']);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    for (const app of [appA, appB]) {
      const ev = (await (await app.request('/api/v1/strategies/test-strategy/evaluation?as_of=2028-06-30')).json()) as {
        kpis: Array<{ id: string; actual: { value: number } | null }>;
      };
      expect(ev.kpis.find((k) => k.id === 'T-01')!.actual?.value).toBe(11000);
    }
    // Sign in on A, write on A; B's cached catalog (same revision until now) must not be served stale.
    const login = await appA.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'secretariat@example.go.jp', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const csrf = ((await login.json()) as { csrf_token: string }).csrf_token;
    const w = await appA.request('/api/v1/strategies/test-strategy/observations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ rows: [{ kpi_id: 'T-01', period: 'FY2027', value: 17000 }] }),
    });
    expect(w.status).toBe(200);
    const evB = (await (await appB.request('/api/v1/strategies/test-strategy/evaluation?as_of=2028-06-30')).json()) as {
      kpis: Array<{ id: string; actual: { value: number; period: string } | null }>;
    };
    expect(evB.kpis.find((k) => k.id === 'T-01')!.actual).toMatchObject({ value: 17000, period: 'FY2027' });
    // The session made through A is valid on B too (sessions live in the database).
    expect(((await (await appB.request('/api/v1/session', { headers: { cookie } })).json()) as { user: { email: string } | null }).user?.email).toBe('secretariat@example.go.jp');
  }, 120_000);

  it('statistics imported by one process show in the other instance maps and catalog at once', async () => {
    const before = (await (await appB.request('/api/v1/indicators')).json()) as { indicators: Array<{ code: string }> };
    expect(before.indicators.map((i) => i.code)).not.toContain('several_processes_test');
    const text = JSON.stringify({
      indicators: [{ code: 'several_processes_test', name_ja: '複数プロセス試験', unit: '人', category: 'population', source: 'テスト', licence: 'CC BY 4.0' }],
      values: [{ area_code: '011002', period: '2024', indicator: 'several_processes_test', value: 42 }],
    });
    await importStatistics(a.db, { bytes: new TextEncoder().encode(text), file: 'several.json', actor: 'test' });
    const after = (await (await appB.request('/api/v1/indicators')).json()) as { indicators: Array<{ code: string }> };
    expect(after.indicators.map((i) => i.code)).toContain('several_processes_test');
    const map = (await (await appB.request('/api/v1/indicators/several_processes_test/map?level=municipality')).json()) as {
      values: Array<{ code: string; value: number | null }>;
    };
    expect(map.values.find((v) => v.code === '011002')?.value).toBe(42);
  });
});
