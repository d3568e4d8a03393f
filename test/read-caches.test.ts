/**
 * The cached read bodies (infra/http/response-cache.ts, kept per data version: db/data-version.ts)
 * are never stale: a write — through this process, through another connection (a second server
 * process) or by a real CLI process with DATABASE_URL — is in the very next response. Served
 * gzipped to clients that accept it, with strong ETags and 304. Both database modes; the tests
 * run in order on one database.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseHandle } from '../src/db/client.ts';
import { dataVersionOf } from '../src/db/data-version.ts';
import { createApp } from '../src/http/app.ts';
import { importFile, upsertObservations } from '../src/modules/kpi/index.ts';
import { importStatistics } from '../src/modules/statistics/index.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';
import { runSousei } from './support/sousei-cli.ts';

const SID = 'test-strategy';
const EVALUATION = `/api/v1/strategies/${SID}/evaluation?as_of=2028-06-30`;
const catalogText = readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8');

type App = ReturnType<typeof createApp>;
interface Evaluation {
  kpis: Array<{ id: string; actual: { period: string; value: number } | null }>;
}

const actualOf = async (app: App, kpi: string) => ((await (await app.request(EVALUATION)).json()) as Evaluation).kpis.find((k) => k.id === kpi)!.actual;

const write = (db: Database, kpiId: string, period: string, value: number, actor: string) =>
  upsertObservations(db, SID, [{ line: 0, kpiId, period: parsePeriod(period), value, flag: null, source: 'read caches test', note: null }], { actor });

function statistics(code: string, value: number) {
  const text = JSON.stringify({
    indicators: [{ code, name_ja: 'キャッシュ試験', unit: '人', category: 'population', source: 'テスト', licence: 'CC BY 4.0' }],
    values: [{ area_code: '011002', period: '2024', indicator: code, value }],
  });
  return { bytes: new TextEncoder().encode(text), file: 'cache.json', actor: 'test:stats' };
}

describeEachDatabase('cached read bodies', (database) => {
  const db = () => database().handle.db;
  let other: DatabaseHandle | undefined;
  let app: App;

  beforeAll(async () => {
    await importFile(db(), { bytes: new TextEncoder().encode(catalogText), file: 'catalog-small.json', actor: 'test:setup' });
    const url = database().url;
    if (url) other = await openDatabase({ databaseUrl: url });
    app = createApp({ db: db(), webRoot: null });
  });
  afterAll(async () => {
    await other?.close();
  });

  it('the data version is known, kept by reads and by rolled-back writes, changed by every committed write', async () => {
    const version = () => dataVersionOf(db()).fresh();
    const v1 = await version();
    expect(v1).not.toBeNull();
    await app.request(EVALUATION);
    await app.request('/api/v1/indicators');
    expect(await version()).toBe(v1);
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`update kpi_observations set value = value + 1 where strategy_id = ${SID}`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await version()).toBe(v1);
    await (other?.db ?? db()).execute(sql`update kpi_observations set value = value where strategy_id = ${SID}`);
    const v2 = await version();
    expect(v2).not.toBe(v1);
    // writes to tables no cached body reads (sessions, jobs, audit) do not drop the bodies
    await db().execute(sql`delete from sessions where expires_at < now() - interval '100 years'`);
    expect(await version()).toBe(v2);
  });

  it('repeats the same body: gzip when accepted (the same JSON unzipped), a strong ETag, 304 on If-None-Match', async () => {
    const plain = await app.request(EVALUATION);
    const zipped = await app.request(EVALUATION, { headers: { 'accept-encoding': 'gzip, br' } });
    const again = await app.request(EVALUATION, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(text);
    expect(JSON.parse(text)).toMatchObject({ as_of: '2028-06-30' });
    expect(again.headers.get('etag')).toBe(zipped.headers.get('etag'));
    expect(again.headers.get('etag')).toMatch(/^"[\w-]+-gzip"$/);
    const notModified = await app.request(EVALUATION, { headers: { 'if-none-match': again.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    // CSV keys its own body, with its download name.
    const csv = await app.request(`${EVALUATION}&format=csv&encoding=utf8`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(`${SID}_evaluation_2028-06-30_utf8-nobom.csv`);
    expect(await csv.text()).toContain('T-01');
  });

  it('a write through this process is in the next response, and the old ETag no longer matches', async () => {
    const before = await app.request(EVALUATION);
    const tag = before.headers.get('etag')!;
    await write(db(), 'T-01', 'FY2027', 14000, 'test:this-process');
    const after = await app.request(EVALUATION, { headers: { 'if-none-match': tag } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as Evaluation).kpis.find((k) => k.id === 'T-01')!.actual).toEqual(expect.objectContaining({ period: 'FY2027', value: 14000 }));
    // the catalog and KPI routes too
    const kpi = (await (await app.request(`/api/v1/strategies/${SID}/kpis/T-01?as_of=2028-06-30`)).json()) as { evaluation: { actual: { value: number } } };
    expect(kpi.evaluation.actual.value).toBe(14000);
    await write(db(), 'T-01', 'FY2027', 14500, 'test:this-process');
    expect((await actualOf(app, 'T-01'))?.value).toBe(14500);
    const catalog = (await (await app.request(`/api/v1/strategies/${SID}`)).json()) as { kpis: Array<{ id: string; observations: Array<{ period: string; value: number }> }> };
    expect(catalog.kpis.find((k) => k.id === 'T-01')!.observations).toContainEqual(expect.objectContaining({ period: 'FY2027', value: 14500 }));
  });

  it('a write on another connection (a second server process on PostgreSQL) is in the next response', async () => {
    expect((await actualOf(app, 'T-02'))?.value).toBe(71);
    const writer = other?.db ?? db();
    for (const value of [66, 64, 62]) {
      await write(writer, 'T-02', '2025', value, 'test:other-process');
      expect((await actualOf(app, 'T-02'))?.value).toBe(value);
    }
  });

  it('a statistics import is in the next map and catalog response', async () => {
    const map = (code: string) => app.request(`/api/v1/indicators/${code}/map?level=municipality`, { headers: { 'accept-encoding': 'gzip' } });
    await importStatistics(db(), statistics('read_cache_test', 1));
    const first = await map('read_cache_test');
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const tag = first.headers.get('etag');
    expect((await map('read_cache_test')).headers.get('etag')).toBe(tag);
    await importStatistics(other?.db ?? db(), statistics('read_cache_test', 2));
    const second = await map('read_cache_test');
    expect(second.headers.get('etag')).not.toBe(tag);
    const values = (JSON.parse(gunzipSync(Buffer.from(await second.arrayBuffer())).toString()) as { values: Array<{ code: string; value: number | null }> }).values;
    expect(values.find((v) => v.code === '011002')?.value).toBe(2);
    // a map that does not exist is a 404 each time, not a kept body
    expect((await map('read_cache_missing')).status).toBe(404);
    await importStatistics(db(), statistics('read_cache_missing', 5));
    expect((await map('read_cache_missing')).status).toBe(200);
  });

  it('a write by a real CLI process (DATABASE_URL) is in the next response', async () => {
    const url = database().url;
    if (!url) return; // embedded: the CLI writes through the server's socket (test/read-caches-embedded.test.ts)
    expect((await actualOf(app, 'T-01'))?.value).toBe(14500);
    const r = await runSousei(['import', 'test/fixtures/observations-utf8.csv', '--strategy', SID], { env: { DATABASE_URL: url, SOUSEI_ACTOR: 'cli:ops' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // observations-utf8.csv: T-02 2027 = 65.5
    expect(await actualOf(app, 'T-02')).toEqual(expect.objectContaining({ period: '2027', value: 65.5 }));
  }, 60_000);
});
