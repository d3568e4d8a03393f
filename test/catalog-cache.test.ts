/**
 * The in-memory catalog cache behind the REST API (CatalogCache, keyed by strategy revision):
 * a write made through the repository — by this process, or by another one on the same
 * database — is served by the very next request; a replaced or deleted strategy never serves
 * stale data. Both database modes; the tests in this suite run in order on one database.
 */
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { CatalogCache, importFile, loadCatalog, readJsonCatalog, saveCatalog, strategies, upsertObservations, type ObservationRow } from '../src/modules/kpi/index.ts';
import { NotFoundError } from '../src/shared/errors.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';

const SID = 'test-strategy';
const NATION = '000000';
const AS_OF = '2026-11-23';
const catalogText = readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8');

type App = ReturnType<typeof createApp>;
interface Evaluation {
  as_of: string;
  kpis: Array<{ id: string; status: string; progress: number | null; target: { value: number | null } | null; actual: { period: string; value: number } | null }>;
  summary: { by_status: Record<string, number> };
}

async function evaluation(app: App, strategyId = SID): Promise<Evaluation> {
  const res = await app.request(`/api/v1/strategies/${strategyId}/evaluation?as_of=${AS_OF}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Evaluation;
}

/** id → [status, progress, current target value, actual value] */
async function table(app: App, strategyId = SID): Promise<Record<string, [string, number | null, number | null, number | null]>> {
  const ev = await evaluation(app, strategyId);
  expect(ev.as_of).toBe(AS_OF);
  return Object.fromEntries(ev.kpis.map((k) => [k.id, [k.status, k.progress, k.target?.value ?? null, k.actual?.value ?? null]]));
}

const observation = (kpiId: string, period: string, value: number): ObservationRow => ({
  line: 0,
  kpiId,
  period: parsePeriod(period),
  value,
  flag: null,
  source: 'cache test',
  note: null,
});

/** The fixture catalog with `edit` applied to its JSON, under another id if given. */
function fixtureCatalog(edit: (json: { strategy: { id: string }; kpis: Array<{ id: string; targets: Array<{ value: number }> }> }) => void = () => {}) {
  const json = JSON.parse(catalogText) as Parameters<typeof edit>[0];
  edit(json);
  return readJsonCatalog(JSON.stringify(json), 'catalog-small.json');
}

async function revisionOf(db: Database, strategyId = SID): Promise<number | undefined> {
  const [row] = await db.select({ revision: strategies.revision }).from(strategies).where(eq(strategies.id, strategyId));
  return row?.revision;
}

// As imported from catalog-small.json, evaluated as of 2026-11-23 (see test/import-valid.test.ts).
const FIXTURE = {
  'T-01': ['1B', 10, 20000, 11000],
  'T-02': ['1A', 110, 70, 71],
  'T-03': ['1B', 38, null, null],
  'T-04': ['1B', 60, 200, 160],
  'T-05': ['2', -10, 0, 55],
};

describeEachDatabase('catalog cache behind the REST API', (database) => {
  const db = () => database().handle.db;
  /** A second connection to the same database, as a second server process would have (PostgreSQL). */
  let other: DatabaseHandle | undefined;
  const otherDb = () => other?.db ?? db();

  beforeAll(async () => {
    const r = await importFile(db(), { bytes: new TextEncoder().encode(catalogText), file: 'catalog-small.json', actor: 'test:setup' });
    expect(r).toMatchObject({ kind: 'catalog', created: true });
    const url = database().url;
    if (url) other = await openDatabase({ databaseUrl: url });
  });

  afterAll(async () => {
    await other?.close();
  });

  it('serves the stored catalog, and a second request (from the cache) the same', async () => {
    const app = createApp({ db: db() });
    expect(await table(app)).toEqual(FIXTURE);
    expect(await table(app)).toEqual(FIXTURE);
  });

  it('a new actual value written through the repository is served by the next request of the same app', async () => {
    const app = createApp({ db: db() });
    expect((await table(app))['T-01']).toEqual(['1B', 10, 20000, 11000]);
    const rev = await revisionOf(db());

    // T-01 FY2025: 11000 → 13000. (13000 − 10000) / (20000 − 10000) = 30 %.
    const w = await upsertObservations(db(), SID, [observation('T-01', 'FY2025', 13000)], { actor: 'test:writer' });
    expect(w).toEqual({ inserted: 0, updated: 1, unchanged: 0, skipped_missing: 0 });
    expect(await revisionOf(db())).toBe(rev! + 1);

    expect((await table(app))['T-01']).toEqual(['1B', 30, 20000, 13000]);
    // the catalog route shares the cache and is fresh too
    const res = await app.request(`/api/v1/strategies/${SID}`);
    const json = (await res.json()) as { kpis: Array<{ id: string; observations: Array<{ period: string; value: number }> }> };
    expect(json.kpis.find((k) => k.id === 'T-01')!.observations).toEqual([{ period: 'FY2025', value: 13000, source: 'cache test' }]);

    // a new period: T-05 FY2025 55 (worse than the baseline 50) is joined by nothing newer that has
    // ended by 2026-11-23, so add a value for a calendar month that has: 2026-10 → 20.
    // (20 − 50) / (0 − 50) = 60 %
    await upsertObservations(db(), SID, [observation('T-05', '2026-10', 20)], { actor: 'test:writer' });
    expect((await table(app))['T-05']).toEqual(['1B', 60, 0, 20]);
    // the KPI route too
    const one = (await (await app.request(`/api/v1/strategies/${SID}/kpis/T-05?as_of=${AS_OF}`)).json()) as { evaluation: { progress: number } };
    expect(one.evaluation.progress).toBe(60);
  });

  it('writing the same values again (nothing changes) keeps the revision, and the served data stays right', async () => {
    const app = createApp({ db: db() });
    const before = await table(app);
    const rev = await revisionOf(db());
    const w = await upsertObservations(db(), SID, [observation('T-01', 'FY2025', 13000)], { actor: 'test:writer' });
    expect(w).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await revisionOf(db())).toBe(rev);
    expect(await table(app)).toEqual(before);
  });

  it('saveCatalog with replace (T-01 target 20000 → 15000) is served by the next request', async () => {
    const app = createApp({ db: db() });
    expect((await table(app))['T-01']).toEqual(['1B', 30, 20000, 13000]);
    const rev = await revisionOf(db());

    const r = await saveCatalog(
      db(),
      fixtureCatalog((j) => {
        j.kpis[0]!.targets[0]!.value = 15000;
      }),
      { ownerCode: NATION, actor: 'test:writer', replace: true },
    );
    expect(r).toEqual({ created: false, kpis: 7, observations: 6 });
    expect(await revisionOf(db())).toBe(rev! + 1);

    // The replace brought the catalog's own observations back (T-01 FY2025 = 11000) with the new
    // target: (11000 − 10000) / (15000 − 10000) = 20 %. T-05's 2026-10 value is gone.
    expect(await table(app)).toEqual({ ...FIXTURE, 'T-01': ['1B', 20, 15000, 11000] });
  });

  it('two app instances (two server processes) over the same database both see a write made through the repository', async () => {
    const a = createApp({ db: db() });
    const b = createApp({ db: otherDb() });
    expect((await table(a))['T-02']).toEqual(['1A', 110, 70, 71]);
    expect((await table(b))['T-02']).toEqual(['1A', 110, 70, 71]);

    // written through a's connection: T-02 2025: 71 → 66. (66 − 60) / (70 − 60) = 60 %
    await upsertObservations(db(), SID, [observation('T-02', '2025', 66)], { actor: 'test:process-a' });
    expect((await table(a))['T-02']).toEqual(['1B', 60, 70, 66]);
    expect((await table(b))['T-02']).toEqual(['1B', 60, 70, 66]);

    // and through b's: T-02 2025: 66 → 64 → 40 %
    await upsertObservations(otherDb(), SID, [observation('T-02', '2025', 64)], { actor: 'test:process-b' });
    expect((await table(b))['T-02']).toEqual(['1B', 40, 70, 64]);
    expect((await table(a))['T-02']).toEqual(['1B', 40, 70, 64]);

    // a replace made by "process b" reaches "process a"
    await saveCatalog(otherDb(), fixtureCatalog(), { ownerCode: NATION, actor: 'test:process-b', replace: true });
    expect(await table(a)).toEqual(FIXTURE);
    expect(await table(b)).toEqual(FIXTURE);
  });

  it('a KPI table import (kpis.upsert) is served by the next request', async () => {
    const app = createApp({ db: db() });
    expect((await table(app))['T-04']).toEqual(['1B', 60, 200, 160]);
    const r = await importFile(db(), {
      bytes: new TextEncoder().encode(
        'kpi_id,node,name,unit,direction,baseline_value,baseline_period,target_value,target_period,target_text,target_set_in\r\nT-04,output-1,観光入込客数,万人,increase,100,FY2020,250,FY2030,200万人（2030年度）,2026-07-01\r\n',
      ),
      file: 'kpis.csv',
      actor: 'test:writer',
      strategyId: SID,
    });
    expect(r).toMatchObject({ kind: 'kpis', targets_revised: 1 });
    // (160 − 100) / (250 − 100) = 40 %
    expect((await table(app))['T-04']).toEqual(['1B', 40, 250, 160]);
  });

  it('a deleted strategy is 404 at once, in every app instance that had it cached', async () => {
    const cached = fixtureCatalog((j) => {
      j.strategy.id = 'cache-deleted';
    });
    await saveCatalog(db(), cached, { ownerCode: NATION, actor: 'test:writer' });
    const a = createApp({ db: db() });
    const b = createApp({ db: otherDb() });
    expect(await table(a, 'cache-deleted')).toEqual(FIXTURE);
    expect(await table(b, 'cache-deleted')).toEqual(FIXTURE);

    await db().execute(sql`delete from strategies where id = 'cache-deleted'`);

    for (const app of [a, b]) {
      const res = await app.request(`/api/v1/strategies/cache-deleted/evaluation?as_of=${AS_OF}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('cache-deleted');
      expect((await app.request('/api/v1/strategies/cache-deleted')).status).toBe(404);
    }
  });

  it('a strategy deleted and created again with other data (while an app had it cached) is served fresh', async () => {
    const id = 'cache-recreated';
    await saveCatalog(
      db(),
      fixtureCatalog((j) => {
        j.strategy.id = id;
      }),
      { ownerCode: NATION, actor: 'test:writer' },
    );
    const app = createApp({ db: db() });
    expect(await table(app, id)).toEqual(FIXTURE);

    // Deleted and created anew between two requests of this app (e.g. by another process): the new
    // strategy starts again at revision 0, like the cached one.
    await otherDb().execute(sql`delete from strategies where id = ${id}`);
    await saveCatalog(
      otherDb(),
      fixtureCatalog((j) => {
        j.strategy.id = id;
        j.kpis[0]!.targets[0]!.value = 15000;
      }),
      { ownerCode: NATION, actor: 'test:process-b' },
    );
    const fresh = await loadCatalog(db(), id);
    expect(fresh.kpis[0]!.targets.map((t) => t.value)).toEqual([15000]);

    expect((await table(app, id))['T-01']).toEqual(['1B', 20, 15000, 11000]);
  });

  it('CatalogCache itself: returns the same object while the revision holds, a new one after a write', async () => {
    const cache = new CatalogCache(db());
    const first = await cache.get(SID);
    expect(await cache.get(SID)).toBe(first);
    await upsertObservations(db(), SID, [observation('T-01', 'FY2025', 12000)], { actor: 'test:writer' });
    const second = await cache.get(SID);
    expect(second).not.toBe(first);
    expect(second.kpis[0]!.observations.map((o) => o.value)).toEqual([12000]);
    expect(first.kpis[0]!.observations.map((o) => o.value)).toEqual([11000]);
    await expect(cache.get('no-such-strategy')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('CatalogCache with a small bound keeps serving correct catalogs when entries are evicted', async () => {
    const cache = new CatalogCache(db(), 1);
    const a = await cache.get(SID);
    const national = await cache.get('chiiki-mirai-senryaku-2026');
    expect(national.strategy.id).toBe('chiiki-mirai-senryaku-2026');
    const again = await cache.get(SID);
    expect(again.strategy.id).toBe(SID);
    expect(again).not.toBe(a); // evicted, loaded again
    expect(again.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05']);
  });
});
