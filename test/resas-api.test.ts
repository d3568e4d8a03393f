/**
 * The RESAS-API-v1-compatible endpoints (/api/v1/prefectures, /cities, /population/composition/perYear,
 * /population/sum/perYear), field by field against the RESAS documentation's shapes: both database
 * modes with small fixtures, and one PGlite suite on the shipped data set.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/index.ts';
import { STATISTICS_DIR } from '../src/platform/reference-data.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from './support/databases.ts';

type Json = unknown;
const def = (code: string, nameJa: string): IndicatorDef => ({
  code,
  nameJa,
  unit: '人',
  category: 'population',
  source: '総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成',
  licence: 'CC BY 4.0',
});
const DEFS = [
  def('population', '総人口'),
  def('age_0_14', '年少人口'),
  def('age_15_64', '生産年齢人口'),
  def('age_65_plus', '老年人口'),
  def('census_population', '国勢調査人口'),
  def('projected_population', '将来推計人口'),
];

const rows: ValueRow[] = [];
const v = (area: string, ind: string, period: string, value: number) => rows.push({ areaCode: area, indicatorCode: ind, period: parsePeriod(period), value, flag: null });
// [year, total, 0-14, 15-64, 65+] — 札幌市 (RESAS cityCode 01100)
const SAPPORO: Array<[number, number, number, number, number]> = [
  [2015, 1_930_496, 230_000, 1_260_000, 440_000],
  [2016, 1_936_173, 228_000, 1_250_000, 458_000],
  [2020, 1_960_668, 216_000, 1_210_000, 534_000],
  [2021, 1_961_575, 217_371, 1_202_138, 542_066],
  [2022, 1_960_668, 214_424, 1_197_714, 548_530],
];
for (const [y, t, a, b, c] of SAPPORO) {
  v('011002', 'population', String(y), t);
  v('011002', 'age_0_14', String(y), a);
  v('011002', 'age_15_64', String(y), b);
  v('011002', 'age_65_plus', String(y), c);
}
// 函館市 (01202): two years, for addArea
v('012025', 'population', '2021', 251_000);
v('012025', 'population', '2022', 248_106);
v('012025', 'age_0_14', '2022', 24_000);
v('012025', 'age_15_64', '2022', 132_000);
v('012025', 'age_65_plus', '2022', 92_106);
// 北海道: register, census (1955 is before RESAS's first year), projections
for (const [y, t] of [
  [2021, 5_224_614],
  [2022, 5_183_687],
] as const)
  v('010006', 'population', String(y), t);
for (const [y, t] of [
  [1955, 4_773_087],
  [1960, 5_039_206],
  [1965, 5_171_800],
  [2015, 5_381_733],
  [2020, 5_224_614],
] as const)
  v('010006', 'census_population', String(y), t);
for (const [y, t] of [
  [2020, 5_216_615],
  [2025, 5_016_554],
  [2030, 4_791_592],
] as const)
  v('010006', 'projected_population', String(y), t);
// 青森県 census for addArea in census mode
for (const [y, t] of [
  [1960, 1_426_606],
  [1965, 1_416_591],
  [2015, 1_308_265],
  [2020, 1_237_984],
] as const)
  v('020001', 'census_population', String(y), t);
for (const [y, t] of [
  [2025, 1_157_332],
  [2030, 1_076_393],
] as const)
  v('020001', 'projected_population', String(y), t);

const JSON_TYPE = 'application/json;charset=UTF-8';

describeEachDatabase('RESAS-compatible API', (db) => {
  const app = () => createApp({ db: db().handle.db, webRoot: null });
  const call = async (url: string, headers: Record<string, string> = { 'X-API-KEY': 'any-key-is-accepted' }) => {
    const res = await app().request(url, { headers });
    expect(res.status, url).toBe(200); // RESAS answers 200 even for its errors
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    return { res, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    const d = db().handle.db;
    await d.execute(sql`truncate indicator_values, indicators`);
    await d.transaction(async (tx) => {
      await upsertIndicators(tx, DEFS);
      await writeValues(tx, rows);
    });
  });

  it('/prefectures: {message: null, result: [{prefCode, prefName}]} for the 47 prefectures', async () => {
    const { body } = await call('/api/v1/prefectures');
    const b = body as { message: null; result: Array<{ prefCode: number; prefName: string }> };
    expect(Object.keys(b)).toEqual(['message', 'result']);
    expect(b.message).toBeNull();
    expect(b.result).toHaveLength(47);
    expect(b.result[0]).toEqual({ prefCode: 1, prefName: '北海道' });
    expect(Object.keys(b.result[0]!)).toEqual(['prefCode', 'prefName']);
    expect(b.result[12]).toEqual({ prefCode: 13, prefName: '東京都' });
    expect(b.result[46]).toEqual({ prefCode: 47, prefName: '沖縄県' });
  });

  it('/cities: cityCode 5 digits, bigCityFlag as strings 0/1/2/3, a designated city before its wards', async () => {
    const { body } = await call('/api/v1/cities?prefCode=1');
    const b = body as { message: null; result: Array<{ prefCode: number; cityCode: string; cityName: string; bigCityFlag: string }> };
    expect(b.message).toBeNull();
    expect(b.result.slice(0, 2)).toEqual([
      { prefCode: 1, cityCode: '01100', cityName: '札幌市', bigCityFlag: '2' },
      { prefCode: 1, cityCode: '01101', cityName: '札幌市中央区', bigCityFlag: '1' },
    ]);
    expect(Object.keys(b.result[0]!)).toEqual(['prefCode', 'cityCode', 'cityName', 'bigCityFlag']);
    expect(b.result.find((c) => c.cityCode === '01202')).toEqual({ prefCode: 1, cityCode: '01202', cityName: '函館市', bigCityFlag: '0' });
    expect(b.result).toHaveLength(185 + 10); // municipalities (incl. the Northern-Territories villages) + Sapporo's 10 wards
    const tokyo = (await call('/api/v1/cities?prefCode=13')).body as typeof b;
    expect(tokyo.result[0]).toEqual({ prefCode: 13, cityCode: '13101', cityName: '千代田区', bigCityFlag: '3' });
    expect(tokyo.result.filter((c) => c.bigCityFlag === '3')).toHaveLength(23);
    const kanagawa = (await call('/api/v1/cities?prefCode=14')).body as typeof b;
    expect(kanagawa.result.find((c) => c.cityCode === '14100')).toMatchObject({ cityName: '横浜市', bigCityFlag: '2' });
    expect((await call('/api/v1/cities?prefCode=01')).body).toEqual(b);
  });

  it('/population/composition/perYear: boundaryYear and the four labels; rate = share of 総人口, two decimals', async () => {
    const { res, body } = await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100');
    expect(res.headers.get('x-sousei-data-source')).toContain('jumin-kihon-daicho');
    const b = body as { message: null; result: { boundaryYear: number; data: Array<{ label: string; data: Array<{ year: number; value: number; rate?: number }> }> } };
    expect(Object.keys(b)).toEqual(['message', 'result']);
    expect(b.message).toBeNull();
    expect(Object.keys(b.result)).toEqual(['boundaryYear', 'data']);
    expect(b.result.boundaryYear).toBe(2022);
    expect(b.result.data.map((d) => d.label)).toEqual(['総人口', '年少人口', '生産年齢人口', '老年人口']);
    expect(b.result.data.every((d) => Object.keys(d).join() === 'label,data')).toBe(true);
    const [total, young, working, old] = b.result.data;
    expect(total!.data).toEqual(SAPPORO.map(([year, value]) => ({ year, value })));
    expect(total!.data.every((p) => !('rate' in p))).toBe(true);
    expect(young!.data[4]).toEqual({ year: 2022, value: 214_424, rate: 10.94 }); // 10.936…
    expect(Object.keys(young!.data[4]!)).toEqual(['year', 'value', 'rate']);
    expect(working!.data[4]).toEqual({ year: 2022, value: 1_197_714, rate: 61.09 }); // 61.086…
    expect(old!.data[4]).toEqual({ year: 2022, value: 548_530, rate: 27.98 }); // 27.976…
    expect(old!.data[0]).toEqual({ year: 2015, value: 440_000, rate: 22.79 }); // 22.792…
  });

  it('composition for a prefecture (cityCode -), for the census grid (series=census) and summed with addArea', async () => {
    const pref = (await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=-')).body as {
      result: { boundaryYear: number; data: Array<{ label: string; data: Array<{ year: number; value: number }> }> };
    };
    expect(pref.result.boundaryYear).toBe(2022);
    expect(pref.result.data[0]!.data).toEqual([
      { year: 2021, value: 5_224_614 },
      { year: 2022, value: 5_183_687 },
    ]);
    expect(pref.result.data[1]!.data).toEqual([]);

    const { res, body } = await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=-&series=census');
    expect(res.headers.get('x-sousei-data-source')).toBe('census+projection');
    const census = body as typeof pref;
    expect(census.result.boundaryYear).toBe(2020);
    expect(census.result.data[0]!.data).toEqual([
      { year: 1960, value: 5_039_206 },
      { year: 1965, value: 5_171_800 },
      { year: 2015, value: 5_381_733 },
      { year: 2020, value: 5_224_614 },
      { year: 2025, value: 5_016_554 },
      { year: 2030, value: 4_791_592 },
    ]);
    expect(census.result.data.slice(1).map((d) => [d.label, d.data.length])).toEqual([
      ['年少人口', 0],
      ['生産年齢人口', 0],
      ['老年人口', 0],
    ]);

    const sum = (await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&addArea=1_01202')).body as {
      result: { boundaryYear: number; data: Array<{ data: Array<{ year: number; value: number; rate?: number }> }> };
    };
    expect(sum.result.data[0]!.data).toEqual([
      { year: 2021, value: 1_961_575 + 251_000 },
      { year: 2022, value: 1_960_668 + 248_106 },
    ]);
    expect(sum.result.data[1]!.data).toEqual([{ year: 2022, value: 214_424 + 24_000, rate: 10.79 }]);
    const prefs = (await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=-&addArea=2_&series=census')).body as typeof census;
    expect(prefs.result.data[0]!.data.find((d) => d.year === 1960)?.value).toBe(5_039_206 + 1_426_606);
    expect(prefs.result.data[0]!.data.map((d) => d.year)).toEqual([1960, 1965, 2015, 2020, 2025, 2030]);
  });

  it('/population/sum/perYear: line {boundaryYear, data} and bar {data: [{year, sum, class}]}, rates against five years earlier', async () => {
    const b = (await call('/api/v1/population/sum/perYear?prefCode=1&cityCode=01100')).body as {
      message: null;
      result: {
        line: { boundaryYear: number; data: Array<{ year: number; value: number }> };
        bar: { data: Array<{ year: number; sum: number; class: Array<{ label: string; value: number }> }> };
      };
    };
    expect(b.message).toBeNull();
    expect(Object.keys(b.result)).toEqual(['line', 'bar']);
    expect(Object.keys(b.result.line)).toEqual(['boundaryYear', 'data']);
    expect(b.result.line).toEqual({ boundaryYear: 2022, data: [{ year: 2020, value: 1.56 }] }); // (1,960,668 − 1,930,496) / 1,930,496 = 1.5629…%
    expect(b.result.bar.data).toEqual([
      {
        year: 2020,
        sum: 1.56,
        class: [
          { label: '老年人口', value: 21.36 },
          { label: '生産年齢人口', value: -3.97 },
          { label: '年少人口', value: -6.09 },
        ],
      },
    ]);
    expect(Object.keys(b.result.bar.data[0]!)).toEqual(['year', 'sum', 'class']);

    const census = (await call('/api/v1/population/sum/perYear?prefCode=1&cityCode=-&series=census')).body as typeof b;
    expect(census.result.line.boundaryYear).toBe(2020);
    expect(census.result.line.data).toEqual([
      { year: 1965, value: 2.63 },
      { year: 2020, value: -2.92 },
      { year: 2025, value: -3.98 },
      { year: 2030, value: -4.48 },
    ]);
    expect(census.result.bar.data[0]).toEqual({ year: 1965, sum: 2.63, class: [] });
  });

  it('answers bad or missing parameters with "400" and an unknown area with "404", as RESAS did (HTTP 200)', async () => {
    for (const url of [
      '/api/v1/cities',
      '/api/v1/cities?prefCode=0',
      '/api/v1/cities?prefCode=48',
      '/api/v1/cities?prefCode=abc',
      '/api/v1/population/composition/perYear?prefCode=1',
      '/api/v1/population/composition/perYear?cityCode=01100',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=13101',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=011002',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&series=census',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&addArea=2_',
      '/api/v1/population/sum/perYear?prefCode=99&cityCode=-',
    ]) {
      expect((await call(url)).body, url).toBe('400');
    }
    expect((await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01999')).body).toBe('404');
    expect((await call('/api/v1/population/sum/perYear?prefCode=1&cityCode=01100&addArea=1_01999')).body).toBe('404');
    expect((await call('/api/v1/population/composition/pyramid?prefCode=1&cityCode=-')).body).toEqual({
      statusCode: '404',
      message: "404. That's an error.",
      description: 'The requested URL /api/v1/population/composition/pyramid was not found on this server.',
    });
    // A known area without figures (小樽市 has none in the fixture): result null.
    expect((await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01203')).body).toEqual({ message: null, result: null });
  });

  it('accepts and ignores X-API-KEY, and allows cross-origin use (CORS, preflight)', async () => {
    const noKey = await call('/api/v1/prefectures', {});
    const withKey = await call('/api/v1/prefectures', { 'X-API-KEY': 'abc' });
    expect(noKey.body).toEqual(withKey.body);

    const pre = await app().request('/api/v1/population/composition/perYear?prefCode=1&cityCode=-', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'X-API-KEY' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-api-key');
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    const get = await app().request('/api/v1/cities?prefCode=1', { headers: { Origin: 'https://example.org', 'X-API-KEY': 'k' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    const err = await app().request('/api/v1/cities', { headers: { Origin: 'https://example.org' } });
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
  });
});

/** Values of the shipped resident-register file for one area and year. */
function registerRow(code: string, year: number): Record<string, string> {
  const lines = readFileSync(`${STATISTICS_DIR}population/jumin_kihon_daicho_annual_1995_2022.csv`, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const line = lines.find((l) => l.startsWith(`${code},`) && l.split(',')[header.indexOf('year')] === String(year));
  if (!line) throw new Error(`no row for ${code} ${year}`);
  return Object.fromEntries(line.split(',').map((x, i) => [header[i]!, x]));
}

describe('statistics and RESAS API on the shipped data set [pglite]', () => {
  let t: (TestDatabase & { dispose: () => Promise<void> }) | undefined;
  beforeAll(async () => {
    t = await openTestDatabase('pglite', { statistics: true });
  }, 180_000);
  afterAll(async () => {
    await t?.dispose();
  });
  const app = () => createApp({ db: t!.handle.db, webRoot: null });
  const json = async <T>(url: string): Promise<T> => (await (await app().request(url)).json()) as T;

  it('RESAS composition of 札幌市 and 北海道 from the register, 1995–2022', async () => {
    type Comp = { message: null; result: { boundaryYear: number; data: Array<{ label: string; data: Array<{ year: number; value: number; rate?: number }> }> } };
    const s = await json<Comp>('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100');
    const r22 = registerRow('011002', 2022);
    expect(s.result.boundaryYear).toBe(2022);
    expect(s.result.data[0]!.data.map((d) => d.year)).toEqual(Array.from({ length: 28 }, (_, i) => 1995 + i));
    expect(s.result.data[0]!.data.at(-1)).toEqual({ year: 2022, value: Number(r22.population) });
    const young = Number(r22.age_0_14);
    expect(s.result.data[1]!.data.at(-1)).toEqual({ year: 2022, value: young, rate: Math.round((young * 10_000) / Number(r22.population)) / 100 });

    const h = await json<Comp>('/api/v1/population/composition/perYear?prefCode=1&cityCode=-&series=census');
    expect(h.result.boundaryYear).toBe(2020);
    expect(h.result.data[0]!.data.map((d) => d.year)).toEqual(Array.from({ length: 18 }, (_, i) => 1960 + 5 * i));
    expect(h.result.data[0]!.data[0]!.value).toBe(5_039_206); // census 1960, as RESAS showed it

    const sum = await json<{ result: { line: { data: Array<{ year: number }> }; bar: { data: Array<{ class: unknown[] }> } } }>(
      '/api/v1/population/sum/perYear?prefCode=1&cityCode=-',
    );
    expect(sum.result.line.data.map((d) => d.year)).toEqual([2000, 2005, 2010, 2015, 2020]);
    expect(sum.result.bar.data.every((d) => d.class.length === 3)).toBe(true);
  });

  it('a full municipal map, the catalog and similar municipalities on the real data', async () => {
    const catalog = await json<{ indicators: Array<{ code: string; latest_period: string; levels: string[] }> }>('/api/v1/indicators');
    expect(catalog.indicators.find((i) => i.code === 'population')).toMatchObject({ latest_period: '2022', levels: ['nation', 'prefecture', 'municipality', 'ward'] });
    expect(catalog.indicators.find((i) => i.code === 'fiscal_capability_index')?.latest_period).toBe('FY2021');
    const m = await json<{ values: Array<{ code: string; value: number | null }>; stats: { count: number } }>('/api/v1/indicators/population/map?level=municipality');
    expect(m.values).toHaveLength(1747);
    expect(m.stats.count).toBe(1741); // the 6 Northern-Territories villages have no figures
    const s = await json<{ group: { label: string }; comparators: Array<{ same_band: boolean; type: string }> }>('/api/v1/areas/012050/similar?count=10');
    expect(s.group.label).toContain('市・人口5万〜10万人');
    expect(s.comparators).toHaveLength(10);
    expect(s.comparators.every((c) => c.same_band && c.type === '市')).toBe(true);
  });
});
