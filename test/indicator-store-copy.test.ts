/**
 * The indicator store's COPY write path (writeValues): values streamed from a generator in
 * several chunks read back exactly (nulls, flags, awkward numbers, period ends), a second write
 * replaces by key, and a bad row in a later chunk leaves the store as it was.
 */
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bulkLoadEmptyTable } from '../src/db/bulk-load.ts';
import { upsertIndicators, VALUE_CHUNK, writeValues, type ValueRow } from '../src/modules/statistics/store/indicator-store.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { asDatabaseOwner, describeEachDatabase } from './support/databases.ts';

const AREAS = ['011002', '131016', '271004', '000000'];
const PERIODS = ['FY2020', '2021', 'FY2021', '2023', 'FY2024'].map((p) => parsePeriod(p));
const AWKWARD = [0, -1.5, 0.1 + 0.2, 1e21, -123_456_789.125, 5e-7];

/** n values over AREAS × indicators × PERIODS; every 7th a non-figure. */
function* values(n: number, indicatorPrefix: string, offset = 0): Generator<ValueRow> {
  for (let i = 0; i < n; i++) {
    const areaCode = AREAS[i % AREAS.length]!;
    const period = PERIODS[Math.floor(i / AREAS.length) % PERIODS.length]!;
    const indicatorCode = `${indicatorPrefix}${Math.floor(i / (AREAS.length * PERIODS.length))}`;
    yield i % 7 === 0
      ? { areaCode, indicatorCode, period, value: null, flag: 'confidential' }
      : { areaCode, indicatorCode, period, value: AWKWARD[i % AWKWARD.length]! + offset, flag: i % 5 === 0 ? 'preliminary' : null };
  }
}

describeEachDatabase('indicator store: COPY writes', (db) => {
  const N = VALUE_CHUNK * 2 + 123; // three chunks
  const q = async <T>(query: ReturnType<typeof sql>) => ((await db().handle.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (prefix: string) => (await q<{ n: number }>(sql`select count(*)::int as n from indicator_values where indicator_code like ${`${prefix}%`}`))[0]!.n;

  beforeAll(async () => {
    await upsertIndicators(db().handle.db, [{ code: 'copy_test', nameJa: 'テスト', unit: '人', category: 'population', source: 'テスト', licence: 'CC0' }]);
  });

  it('streams a generator in chunks; every value, flag and period end reads back as written', async () => {
    const steps: Array<[number, number]> = [];
    await writeValues(db().handle.db, values(N, 'copy_a'), (d, t) => steps.push([d, t]), { total: N });
    expect(steps.map(([d]) => d)).toEqual([VALUE_CHUNK, VALUE_CHUNK * 2, N]);
    expect(steps.at(-1)).toEqual([N, N]);
    const rows = await q<{ area_code: string; indicator_code: string; period: string; period_end: string; value: number | null; flag: string | null }>(
      sql`select area_code, indicator_code, period, period_end::text, value, flag from indicator_values where indicator_code like 'copy_a%'`,
    );
    expect(rows).toHaveLength(N);
    const got = new Map(rows.map((r) => [`${r.area_code}|${r.indicator_code}|${r.period}`, r]));
    // compared in one assertion: 50,000 expect() calls are slow on a busy machine
    const wrong: string[] = [];
    for (const v of values(N, 'copy_a')) {
      const r = got.get(`${v.areaCode}|${v.indicatorCode}|${v.period.label}`);
      if (!r || (r.value === null ? null : Number(r.value)) !== v.value || r.flag !== v.flag) wrong.push(`${v.areaCode}|${v.indicatorCode}|${v.period.label}`);
    }
    expect(wrong).toEqual([]);
    const fy2020 = rows.find((r) => r.period === 'FY2020')!;
    expect(fy2020.period_end).toBe('2021-03-31');
  }, 180_000);

  it('a second write replaces values by (area, indicator, period), adding none', async () => {
    await writeValues(db().handle.db, values(N, 'copy_a', 1000));
    expect(await count('copy_a')).toBe(N);
    const [r] = await q<{ value: number }>(sql`select value from indicator_values where indicator_code = 'copy_a0' and area_code = '131016' and period = 'FY2020'`);
    expect(Number(r!.value)).toBe(-1.5 + 1000);
  }, 180_000);

  it('a bad row in the last chunk (an area code too long for the column) writes nothing', async () => {
    function* bad(): Generator<ValueRow> {
      yield* values(N, 'copy_b');
      yield { areaCode: '0110020', indicatorCode: 'copy_b_bad', period: PERIODS[0]!, value: 1, flag: null };
    }
    await expect(db().handle.db.transaction(async (tx) => writeValues(tx, bad()))).rejects.toThrow();
    expect(await count('copy_b')).toBe(0);
    expect(await count('copy_a')).toBe(N);
  }, 180_000);

  it('a bulk load into an empty table rebuilds its indexes as the migrations defined them, and analyses it', async () => {
    const defs = async (table: string) => (await q<{ def: string }>(sql`select indexdef as def from pg_indexes where tablename = ${table} order by indexname`)).map((r) => r.def);
    // made by the owner, as migrations make tables; loaded as the application
    await asDatabaseOwner(db().handle, async () => {
      await db().handle.db.execute(sql.raw('create table bulk_test (k text primary key, v int not null)'));
      await db().handle.db.execute(sql.raw('create index bulk_test_v on bulk_test (v)'));
      await db().handle.db.execute(sql.raw('grant all on bulk_test to public'));
    });
    const before = await defs('bulk_test');
    await db().handle.db.transaction(async (tx) =>
      bulkLoadEmptyTable(tx, 'bulk_test', async () => {
        await tx.execute(sql.raw("insert into bulk_test select 'k' || i, i from generate_series(1, 5000) i"));
      }),
    );
    expect(await defs('bulk_test')).toEqual(before);
    const [stats] = await q<{ n: number }>(sql`select reltuples::int as n from pg_class where relname = 'bulk_test'`);
    expect(stats!.n).toBe(5000);
    // the primary key is back: a duplicate is refused
    await expect(db().handle.db.execute(sql.raw("insert into bulk_test values ('k1', 1)"))).rejects.toThrow();
  });
});
