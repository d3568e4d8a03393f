/**
 * The RESAS-API-v1-compatible endpoints (/api/v1/prefectures, /cities, /population/…,
 * /municipality/taxes/perYear, and RESAS's other paths), field by field against the RESAS
 * documentation's shapes: both database modes with fixtures taken from the shipped files, and
 * one PGlite suite on the shipped data set.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/index.ts';
import { CENSUS_AGE3_INDICATORS, censusAge3Code, projectionAge3Code, type Age3Group } from '../src/modules/statistics/reference/census-age3.ts';
import { AGE5_GROUPS, age5Code } from '../src/modules/statistics/reference/reference-indicators.ts';
import { STATISTICS_DIR } from '../src/platform/reference-data.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from './support/databases.ts';

type Json = unknown;
type Comp = { message: null; result: { boundaryYear: number; data: Array<{ label: string; data: Array<{ year: number; value: number; rate?: number }> }> } };
const def = (code: string): IndicatorDef => ({
  code,
  nameJa: code,
  unit: '人',
  category: 'population',
  source: '総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成',
  licence: 'CC BY 4.0',
});
const REGISTER_CODES = ['population', 'age_0_14', 'age_15_64', 'age_65_plus', 'births', 'deaths', 'in_migrants', 'out_migrants'];
const AGE5_CODES = AGE5_GROUPS.flatMap((g) => [age5Code(g, 'male'), age5Code(g, 'female')]);
const DEFS = [...REGISTER_CODES, ...AGE5_CODES].map(def).concat(CENSUS_AGE3_INDICATORS);

const rows: ValueRow[] = [];
const v = (area: string, ind: string, period: string, value: number) => rows.push({ areaCode: area, indicatorCode: ind, period: parsePeriod(period), value, flag: null });
const G: Age3Group[] = ['total', 'age_0_14', 'age_15_64', 'age_65_plus'];
/** [year, total, 0–14, 15–64, 65+] as in the shipped census / projection files. */
type Age3 = [number, number, number, number, number];
const age3 = (area: string, list: Age3[]) => {
  for (const [y, ...vals] of list) {
    G.forEach((g, i) => {
      v(area, y <= 2020 ? censusAge3Code(g) : projectionAge3Code(g), String(y), vals[i]!);
    });
  }
};
const HOKKAIDO: Age3[] = [
  [1960, 5_039_206, 1_681_479, 3_145_664, 212_063],
  [1965, 5_171_800, 1_462_123, 3_460_359, 249_318],
  [2015, 5_381_733, 608_296, 3_190_804, 1_558_387],
  [2020, 5_224_614, 555_804, 2_945_727, 1_664_023],
  [2025, 5_016_554, 511_677, 2_781_175, 1_723_702],
  [2030, 4_791_592, 465_307, 2_594_718, 1_731_567],
];
const AOMORI: Age3[] = [
  [1960, 1_426_606, 513_397, 848_838, 64_371],
  [1965, 1_416_591, 447_068, 894_521, 75_002],
  [2015, 1_308_265, 148_208, 757_867, 390_940],
  [2020, 1_237_984, 129_112, 676_167, 412_943],
  [2025, 1_157_332, 114_024, 618_505, 424_803],
  [2030, 1_076_393, 100_253, 555_479, 420_661],
];
const SAPPORO: Age3[] = [
  [2015, 1_952_356, 221_013, 1_235_516, 483_534],
  [2020, 1_973_395, 215_366, 1_185_724, 541_242],
  [2025, 1_976_367, 206_842, 1_170_780, 598_745],
];
age3('010006', HOKKAIDO);
age3('020001', AOMORI);
age3('130001', [
  [2015, 13_515_271, 1_518_130, 8_734_155, 3_005_516],
  [2020, 14_047_594, 1_566_840, 8_944_193, 3_107_822],
]);
age3('011002', SAPPORO);
age3('012025', [
  [2015, 265_979, 27_131, 152_154, 85_931],
  [2020, 251_084, 23_560, 134_953, 89_257],
  [2025, 232_653, 21_390, 124_496, 86_767],
  [2040, 179_807, 14_664, 86_872, 78_271],
]);
// Resident register (series=register, the flows of sum/estimate, the 2022 pyramid): 札幌市
const REGISTER: Array<[number, number, number, number, number]> = [
  [2021, 1_961_575, 217_371, 1_202_138, 542_066],
  [2022, 1_960_668, 214_424, 1_197_714, 548_530],
];
for (const [y, ...vals] of REGISTER) {
  ['population', 'age_0_14', 'age_15_64', 'age_65_plus'].forEach((c, i) => {
    v('011002', c, String(y), vals[i]!);
  });
}
for (const [period, births, deaths, inM, outM] of [
  ['FY2012', 14_424, 16_362, 68_781, 61_226],
  ['2013', 14_677, 16_813, 126_208, 117_298],
] as const) {
  v('011002', 'births', period, births);
  v('011002', 'deaths', period, deaths);
  v('011002', 'in_migrants', period, inM);
  v('011002', 'out_migrants', period, outM);
}
/** 札幌市's 2022 register pyramid row of the shipped file, by sex. */
const age5Row = (sex: 'male' | 'female') => {
  const lines = readFileSync(`${STATISTICS_DIR}population/jumin_kihon_daicho_2022_age5_sex.csv`, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const cells = lines.find((l) => l.startsWith(`011002,${sex},`))!.split(',');
  return Object.fromEntries(AGE5_GROUPS.map((g) => [g, Number(cells[header.indexOf(`age_${g}`)])]));
};
const MALE = age5Row('male');
const FEMALE = age5Row('female');
for (const g of AGE5_GROUPS) {
  v('011002', age5Code(g, 'male'), '2022', MALE[g]!);
  v('011002', age5Code(g, 'female'), '2022', FEMALE[g]!);
}

const JSON_TYPE = 'application/json;charset=UTF-8';
const share = (part: number, whole: number) => Math.round((part * 10_000) / whole) / 100;

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
    const b = (await call('/api/v1/prefectures')).body as { message: null; result: Array<{ prefCode: number; prefName: string }> };
    expect(Object.keys(b)).toEqual(['message', 'result']);
    expect(b.message).toBeNull();
    expect(b.result).toHaveLength(47);
    expect(b.result[0]).toEqual({ prefCode: 1, prefName: '北海道' });
    expect(Object.keys(b.result[0]!)).toEqual(['prefCode', 'prefName']);
    expect(b.result[12]).toEqual({ prefCode: 13, prefName: '東京都' });
  });

  it('/cities: cityCode 5 digits, bigCityFlag as strings 0/1/2/3, a designated city before its wards', async () => {
    const b = (await call('/api/v1/cities?prefCode=1')).body as { result: Array<{ prefCode: number; cityCode: string; cityName: string; bigCityFlag: string }> };
    expect(b.result.slice(0, 2)).toEqual([
      { prefCode: 1, cityCode: '01100', cityName: '札幌市', bigCityFlag: '2' },
      { prefCode: 1, cityCode: '01101', cityName: '札幌市中央区', bigCityFlag: '1' },
    ]);
    expect(Object.keys(b.result[0]!)).toEqual(['prefCode', 'cityCode', 'cityName', 'bigCityFlag']);
    expect(b.result).toHaveLength(185 + 10);
    const tokyo = (await call('/api/v1/cities?prefCode=13')).body as typeof b;
    expect(tokyo.result.filter((c) => c.bigCityFlag === '3')).toHaveLength(23);
    expect((await call('/api/v1/cities?prefCode=01')).body).toEqual(b);
  });

  it('composition/perYear of a city: RESAS grid by default (census, then projection), boundaryYear 2020, rate = share of 総人口', async () => {
    const { res, body } = await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100');
    expect(res.headers.get('x-sousei-data-source')).toContain('census+projection');
    const b = body as Comp;
    expect(Object.keys(b)).toEqual(['message', 'result']);
    expect(Object.keys(b.result)).toEqual(['boundaryYear', 'data']);
    expect(b.result.boundaryYear).toBe(2020);
    expect(b.result.data.map((d) => d.label)).toEqual(['総人口', '年少人口', '生産年齢人口', '老年人口']);
    expect(b.result.data.every((d) => Object.keys(d).join() === 'label,data')).toBe(true);
    const [total, young, working, old] = b.result.data;
    expect(total!.data).toEqual(SAPPORO.map(([year, value]) => ({ year, value })));
    expect(total!.data.every((p) => !('rate' in p))).toBe(true);
    expect(young!.data[0]).toEqual({ year: 2015, value: 221_013, rate: share(221_013, 1_952_356) });
    expect(Object.keys(young!.data[0]!)).toEqual(['year', 'value', 'rate']);
    expect(working!.data[1]).toEqual({ year: 2020, value: 1_185_724, rate: 60.09 }); // 60.085… (age unknown stays in 総人口)
    expect(old!.data[2]).toEqual({ year: 2025, value: 598_745, rate: 30.3 }); // projection: 30.295…
  });

  it('no cityCode, an empty one and cityCode=- all mean the prefecture, as RESAS answered', async () => {
    const dash = (await call('/api/v1/population/composition/perYear?prefCode=13&cityCode=-')).body as Comp;
    expect((await call('/api/v1/population/composition/perYear?prefCode=13')).body).toEqual(dash);
    expect((await call('/api/v1/population/composition/perYear?prefCode=13&cityCode=')).body).toEqual(dash);
    expect(dash.result.data[0]!.data).toEqual([
      { year: 2015, value: 13_515_271 },
      { year: 2020, value: 14_047_594 },
    ]);
    expect((await call('/api/v1/population/sum/perYear?prefCode=13')).body).toEqual((await call('/api/v1/population/sum/perYear?prefCode=13&cityCode=-')).body);
  });

  it("a prefecture's 1960 value and its age groups, and addArea sums prefectures year by year", async () => {
    const h = (await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=-')).body as Comp;
    expect(h.result.boundaryYear).toBe(2020);
    expect(h.result.data[0]!.data[0]).toEqual({ year: 1960, value: 5_039_206 });
    expect(h.result.data[1]!.data[0]).toEqual({ year: 1960, value: 1_681_479, rate: 33.37 }); // RESAS's own 1960 figure
    expect(h.result.data[3]!.data.at(-1)).toEqual({ year: 2030, value: 1_731_567, rate: share(1_731_567, 4_791_592) });
    const sum = (await call('/api/v1/population/composition/perYear?prefCode=1&addArea=2_')).body as Comp;
    expect(sum.result.data[0]!.data.map((d) => d.year)).toEqual([1960, 1965, 2015, 2020, 2025, 2030]);
    expect(sum.result.data[0]!.data[0]!.value).toBe(5_039_206 + 1_426_606);
    expect(sum.result.data[1]!.data[0]).toEqual({ year: 1960, value: 1_681_479 + 513_397, rate: share(1_681_479 + 513_397, 5_039_206 + 1_426_606) });
    const cities = (await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&addArea=1_01202')).body as Comp;
    expect(cities.result.data[0]!.data[1]).toEqual({ year: 2020, value: 1_973_395 + 251_084 });
  });

  it('series=register keeps the resident-register series (annual, boundaryYear its last year)', async () => {
    const { res, body } = await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&series=register');
    expect(res.headers.get('x-sousei-data-source')).toContain('jumin-kihon-daicho');
    const b = body as Comp;
    expect(b.result.boundaryYear).toBe(2022);
    expect(b.result.data[0]!.data).toEqual(REGISTER.map(([year, value]) => ({ year, value })));
    expect(b.result.data[1]!.data[1]).toEqual({ year: 2022, value: 214_424, rate: 10.94 });
  });

  it('sum/perYear: line {boundaryYear, data} and bar {data: [{year, sum, class}]}, rates against five years earlier', async () => {
    type Sum = {
      result: {
        line: { boundaryYear: number; data: Array<{ year: number; value: number }> };
        bar: { data: Array<{ year: number; sum: number; class: Array<{ label: string; value: number }> }> };
      };
    };
    const b = (await call('/api/v1/population/sum/perYear?prefCode=1&cityCode=-')).body as Sum;
    expect(Object.keys(b.result)).toEqual(['line', 'bar']);
    expect(b.result.line.boundaryYear).toBe(2020);
    expect(b.result.line.data).toEqual([
      { year: 1965, value: 2.63 }, // (5,171,800 − 5,039,206) / 5,039,206 = 2.631…%
      { year: 2020, value: -2.92 },
      { year: 2025, value: -3.98 },
      { year: 2030, value: -4.48 },
    ]);
    expect(b.result.bar.data[0]).toEqual({
      year: 1965,
      sum: 2.63,
      class: [
        { label: '老年人口', value: 17.57 },
        { label: '生産年齢人口', value: 10 },
        { label: '年少人口', value: -13.05 },
      ],
    });
    expect(Object.keys(b.result.bar.data[0]!)).toEqual(['year', 'sum', 'class']);
  });

  it('sum/estimate: 総人口 on the census grid, then 転入数・転出数・出生数・死亡数 from the register by year', async () => {
    const b = (await call('/api/v1/population/sum/estimate?prefCode=1&cityCode=01100')).body as Comp;
    expect(b.result.boundaryYear).toBe(2020);
    expect(b.result.data.map((d) => d.label)).toEqual(['総人口', '転入数', '転出数', '出生数', '死亡数']);
    expect(b.result.data[0]!.data).toEqual(SAPPORO.map(([year, value]) => ({ year, value })));
    expect(b.result.data[1]!.data).toEqual([
      { year: 2012, value: 68_781 }, // FY2012 (April 2012 – March 2013)
      { year: 2013, value: 126_208 },
    ]);
    expect(b.result.data[3]!.data).toEqual([
      { year: 2012, value: 14_424 },
      { year: 2013, value: 14_677 },
    ]);
    expect(Object.keys(b.result.data[4]!.data[0]!)).toEqual(['year', 'value']);
  });

  it('composition/pyramid: age groups for census years (whole percent, truncated), the full register pyramid for 2022', async () => {
    type Side = {
      year: number;
      oldAgeCount: number;
      oldAgePercent: number;
      middleAgeCount: number;
      middleAgePercent: number;
      newAgeCount: number;
      newAgePercent: number;
      data: Array<{ class: string; man: number; manPercent: number; woman: number; womanPercent: number }>;
    };
    const b = (await call('/api/v1/population/composition/pyramid?prefCode=1&cityCode=01100&yearLeft=2020&yearRight=2022')).body as {
      message: null;
      result: { yearLeft: Side; yearRight: Side };
    };
    expect(Object.keys(b.result)).toEqual(['yearLeft', 'yearRight']);
    const groups = 215_366 + 1_185_724 + 541_242;
    expect(b.result.yearLeft).toEqual({
      year: 2020,
      oldAgeCount: 541_242,
      oldAgePercent: Math.floor((541_242 * 100) / groups),
      middleAgeCount: 1_185_724,
      middleAgePercent: Math.floor((1_185_724 * 100) / groups),
      newAgeCount: 215_366,
      newAgePercent: Math.floor((215_366 * 100) / groups),
      data: [],
    });
    expect(Object.keys(b.result.yearLeft)).toEqual(['year', 'oldAgeCount', 'oldAgePercent', 'middleAgeCount', 'middleAgePercent', 'newAgeCount', 'newAgePercent', 'data']);
    const r = b.result.yearRight;
    const people = AGE5_GROUPS.reduce((a, g) => a + MALE[g]! + FEMALE[g]!, 0);
    expect(r.data.map((c) => c.class)).toEqual([...Array.from({ length: 18 }, (_, i) => `${i * 5}～${i * 5 + 4}歳`), '90歳～']);
    expect(r.data[0]).toEqual({ class: '0～4歳', man: MALE['0_4'], manPercent: share(MALE['0_4']!, people), woman: FEMALE['0_4'], womanPercent: share(FEMALE['0_4']!, people) });
    expect(r.data[18]!.man).toBe(MALE['90_94']! + MALE['95_99']! + MALE['100_plus']!);
    expect(r.newAgeCount + r.middleAgeCount + r.oldAgeCount).toBe(people);
    for (const url of ['yearLeft=2021&yearRight=2020', 'yearLeft=1975&yearRight=2020', 'yearLeft=2050&yearRight=2020', 'yearRight=2020']) {
      expect((await call(`/api/v1/population/composition/pyramid?prefCode=1&cityCode=01100&${url}`)).body, url).toBe('400');
    }
    // A year the area has no figures for (札幌市 has no 2045 in the fixture): result null
    expect((await call('/api/v1/population/composition/pyramid?prefCode=1&cityCode=01100&yearLeft=2045&yearRight=2020')).body).toEqual({ message: null, result: null });
  });

  it('population/future/cities: the 2040 projection of each municipality (ratio null: no projection by sex and age)', async () => {
    const b = (await call('/api/v1/population/future/cities?year=2040&prefCode=1')).body;
    expect(b).toEqual({ message: null, result: { cities: [{ cityCode: '01202', cityName: '函館市', value: 179_807, ratio: null }] } }); // 札幌市 has no 2040 in the fixture
    expect((await call('/api/v1/population/future/cities?year=2045&prefCode=1')).body).toBe('400');
    expect((await call('/api/v1/population/future/cities?year=2040')).body).toBe('400');
  });

  it('municipality/taxes/perYear: RESAS shape with the names, and no data (no local tax revenue in the shipped data)', async () => {
    const { res, body } = await call('/api/v1/municipality/taxes/perYear?prefCode=11&cityCode=11362');
    expect(body).toEqual({ message: null, result: { prefCode: 11, prefName: '埼玉県', cityCode: '11362', cityName: '皆野町', data: [] } });
    expect(res.headers.get('x-sousei-data-source')).toContain('none');
    expect((await call('/api/v1/municipality/taxes/perYear?prefCode=11')).body).toMatchObject({ result: { cityCode: '-', cityName: '埼玉県' } });
    expect((await call('/api/v1/municipality/taxes/perYear?prefCode=11&cityCode=01100')).body).toBe('400');
  });

  it('answers bad or missing parameters with "400", an unknown area or missing data with "404", as RESAS did (HTTP 200)', async () => {
    for (const url of [
      '/api/v1/cities',
      '/api/v1/cities?prefCode=48',
      '/api/v1/population/composition/perYear',
      '/api/v1/population/composition/perYear?cityCode=01100',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=13101',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=011002',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&series=x',
      '/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&addArea=2_',
      '/api/v1/population/sum/estimate?prefCode=99',
    ]) {
      expect((await call(url)).body, url).toBe('400');
    }
    expect((await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01999')).body).toBe('404');
    expect((await call('/api/v1/population/sum/perYear?prefCode=1&cityCode=01100&addArea=1_01999')).body).toBe('404');
    for (const p of [
      'population/nature?prefCode=1&cityCode=-',
      'population/society/forArea?prefCode=1',
      'tourism/foreigners/forFrom?prefCode=13&year=2019',
      'employEducation/localjobAcademic/toTransition?prefecture_cd=13',
    ]) {
      expect((await call(`/api/v1/${p}`)).body, p).toBe('404');
    }
    // A known area without figures (札幌市中央区: no ward census): result null.
    expect((await call('/api/v1/population/composition/perYear?prefCode=1&cityCode=01101')).body).toEqual({ message: null, result: null });
  });

  it("unknown RESAS paths, inside /population or not, answer RESAS's error body with CORS", async () => {
    for (const path of [
      '/api/v1/population/composition/foo',
      '/api/v1/tourism/foo/bar',
      '/api/v1/oldCities',
      '/api/v1/industry/power/forIndustry',
      '/api/v1/municipality/wages/perYear',
    ]) {
      const res = await app().request(`${path}?prefCode=1`, { headers: { Origin: 'https://example.org', 'X-API-KEY': 'k' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(await res.json()).toEqual({ statusCode: '404', message: "404. That's an error.", description: `The requested URL ${path} was not found on this server.` });
    }
  });

  it("a path that only starts like a RESAS segment is not a RESAS path (the platform's 404)", async () => {
    const res = await app().request('/api/v1/populationx/composition/perYear', { headers: { Origin: 'https://example.org' } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('accepts and ignores X-API-KEY, and allows cross-origin use on every RESAS path (CORS preflight with X-API-KEY)', async () => {
    const noKey = await call('/api/v1/prefectures', {});
    const withKey = await call('/api/v1/prefectures', { 'X-API-KEY': 'abc' });
    expect(noKey.body).toEqual(withKey.body);
    for (const path of [
      '/api/v1/population/composition/perYear?prefCode=1',
      '/api/v1/municipality/taxes/perYear?prefCode=1',
      '/api/v1/tourism/foreigners/forFrom',
      '/api/v1/regionalEmploy/unknown',
    ]) {
      const pre = await app().request(path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'X-API-KEY' },
      });
      expect(pre.status, path).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('*');
      expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-api-key');
      expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    }
    const err = await app().request('/api/v1/cities', { headers: { Origin: 'https://example.org' } });
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('RESAS API on the shipped data set [pglite]', () => {
  let t: (TestDatabase & { dispose: () => Promise<void> }) | undefined;
  beforeAll(async () => {
    t = await openTestDatabase('pglite', { statistics: true });
  }, 600_000); // the whole data set: tens of seconds alone, minutes on a shared machine
  afterAll(async () => {
    await t?.dispose();
  });
  const json = async <T>(url: string): Promise<T> => (await (await createApp({ db: t!.handle.db, webRoot: null }).request(url)).json()) as T;
  const GRID = Array.from({ length: 18 }, (_, i) => 1960 + 5 * i);

  it('a prefecture without cityCode: RESAS grid 1960–2045 (18 points), boundaryYear 2020, the three age groups', async () => {
    const h = await json<Comp>('/api/v1/population/composition/perYear?prefCode=1');
    expect(h.result.boundaryYear).toBe(2020);
    expect(h.result.data.map((d) => d.data.map((p) => p.year))).toEqual([GRID, GRID, GRID, GRID]);
    expect(h.result.data[0]!.data[0]).toEqual({ year: 1960, value: 5_039_206 });
    expect(h.result.data[1]!.data[0]).toEqual({ year: 1960, value: 1_681_479, rate: 33.37 });
    expect(h.result.data[0]!.data.at(-1)?.year).toBe(2045);
    const tokyo = await json<Comp>('/api/v1/population/composition/perYear?prefCode=13');
    expect(tokyo.result.data[0]!.data.find((p) => p.year === 2020)?.value).toBe(14_047_594);
  });

  it('a city: 1980–2045 (14 points); the register series by series=register (1995–2022)', async () => {
    const s = await json<Comp>('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100');
    expect(s.result.data[0]!.data.map((p) => p.year)).toEqual(GRID.slice(4));
    expect(s.result.data[0]!.data.find((p) => p.year === 1980)?.value).toBe(1_401_757);
    const r = await json<Comp>('/api/v1/population/composition/perYear?prefCode=1&cityCode=01100&series=register');
    expect(r.result.boundaryYear).toBe(2022);
    expect(r.result.data[0]!.data.map((d) => d.year)).toEqual(Array.from({ length: 28 }, (_, i) => 1995 + i));
    const sum = await json<{ result: { bar: { data: Array<{ year: number; class: unknown[] }> } } }>('/api/v1/population/sum/perYear?prefCode=1');
    expect(sum.result.bar.data.map((d) => d.year)).toEqual(GRID.slice(1));
    expect(sum.result.bar.data.every((d) => d.class.length === 3)).toBe(true);
  });

  it("Sousei's own series API offers the census age groups too (national = sum of prefectures)", async () => {
    const s = await json<{ series: Array<{ indicator: string; area: string; points: Array<{ period: string; value: number }> }> }>(
      '/api/v1/series?indicators=census_age3_age_65_plus&areas=000000',
    );
    expect(s.series[0]!.points.find((p) => p.period === '2020')?.value).toBe(35_335_805);
  });
});
