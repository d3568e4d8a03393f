/**
 * The statistics API (/api/v1/indicators…, /series, /scatter, /areas/{code}/profile and /similar,
 * /boundaries) over a real database in both modes, with small fixtures written through the
 * store (upsertIndicators / writeValues) on top of the shipped area master.
 */
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/index.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';

const RR = '総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成';
const def = (code: string, nameJa: string, unit: string, source = RR, category: IndicatorDef['category'] = 'population'): IndicatorDef => ({
  code,
  nameJa,
  unit,
  category,
  source,
  licence: 'CC BY 4.0',
  frequency: '毎年',
});
const DEFS: IndicatorDef[] = [
  def('population', '総人口', '人'),
  def('households', '世帯数', '世帯'),
  def('male', '男性人口', '人'),
  def('female', '女性人口', '人'),
  def('age_0_14', '年少人口（0〜14歳）', '人'),
  def('age_15_64', '生産年齢人口（15〜64歳）', '人'),
  def('age_65_plus', '老年人口（65歳以上）', '人'),
  def('ageing_rate', '高齢化率', '%'),
  def('births', '出生数', '人'),
  def('census_population', '国勢調査人口', '人', '総務省統計局「国勢調査」（時系列データ）を加工して作成'),
  def('fiscal_capability_index', '財政力指数', '', '総務省「地方公共団体の主要財政指標一覧」を加工して作成', 'local_finance'),
  def('age5_0_4_male', '0〜4歳人口（男）', '人'),
  def('age5_0_4_female', '0〜4歳人口（女）', '人'),
  def('age5_100_plus_male', '100歳以上人口（男）', '人'),
  def('age5_100_plus_female', '100歳以上人口（女）', '人'),
];

const rows: ValueRow[] = [];
const v = (area: string, ind: string, period: string, value: number | null, flag: ValueRow['flag'] = null) =>
  rows.push({ areaCode: area, indicatorCode: ind, period: parsePeriod(period), value, flag });

// 北海道の市（類似団体の候補）: [code, population 2022, population 2017, ageing rate 2022, 財政力指数 FY2021]
const CITIES: Array<[string, number, number, number, number]> = [
  ['012050', 80_000, 84_000, 36.0, 0.6], // 室蘭市 (target; band 5万〜10万)
  ['012106', 78_000, 82_000, 34.0, 0.4], // 岩見沢市 (same band)
  ['012246', 97_000, 96_000, 23.0, 0.8], // 千歳市 (same band)
  ['012301', 46_000, 49_000, 38.0, 0.5], // 登別市 (5万未満)
  ['012114', 34_000, 36_000, 30.0, 0.4], // 網走市 (5万未満)
  ['012033', 110_000, 116_000, 39.0, 0.4], // 小樽市 (10万〜15万)
  ['012173', 119_000, 120_000, 30.0, 0.5], // 江別市 (10万〜15万)
];
for (const [code, p22, p17, ageing, fci] of CITIES) {
  v(code, 'population', '2022', p22);
  v(code, 'population', '2017', p17);
  v(code, 'ageing_rate', '2022', ageing);
  v(code, 'fiscal_capability_index', 'FY2021', fci);
}
// 室蘭市: a full profile
for (const [y, total, young, working, old] of [
  [2018, 83_000, 8_000, 44_000, 31_000],
  [2019, 82_200, 7_900, 43_400, 30_900],
  [2020, 81_500, 7_800, 42_900, 30_800],
  [2021, 80_700, 7_700, 42_300, 30_700],
] as const) {
  v('012050', 'population', String(y), total);
  v('012050', 'age_0_14', String(y), young);
  v('012050', 'age_15_64', String(y), working);
  v('012050', 'age_65_plus', String(y), old);
}
v('012050', 'age_0_14', '2022', 7_600);
v('012050', 'age_15_64', '2022', 41_600);
v('012050', 'age_65_plus', '2022', 30_800);
v('012050', 'households', '2022', 45_000);
v('012050', 'male', '2022', 38_500);
v('012050', 'female', '2022', 41_500);
v('012050', 'age5_0_4_male', '2022', 1_100);
v('012050', 'age5_0_4_female', '2022', 1_050);
v('012050', 'age5_100_plus_male', '2022', 3);
v('012050', 'age5_100_plus_female', '2022', 25);
for (const [p, n] of [
  ['FY2011', 600],
  ['FY2012', 590],
  ['2013', 580],
] as const)
  v('012050', 'births', p, n);
// 札幌市, its ward, 函館市 (中核市), a confidential value and a tie
v('011002', 'population', '2022', 1_960_668);
v('011011', 'population', '2022', 248_680);
v('012025', 'population', '2022', 248_106);
v('012092', 'population', '2022', null, 'confidential'); // 夕張市
v('012122', 'population', '2022', 78_000); // 留萌市: same as 岩見沢市 (tie)
// 北海道・東京都・全国
v('010006', 'population', '2022', 5_183_687);
v('010006', 'population', '2017', 5_370_807);
v('010006', 'ageing_rate', '2022', 32.81);
v('010006', 'households', '2022', 2_794_000);
v('010006', 'births', '2013', 38_000);
v('130001', 'population', '2022', 13_794_933);
v('130001', 'ageing_rate', '2022', 22.8);
v('000000', 'population', '2022', 125_927_902);
v('000000', 'ageing_rate', '2022', 28.5);
v('010006', 'census_population', '2020', 5_224_614);
v('130001', 'census_population', '2020', 14_047_594);
v('000000', 'census_population', '2020', 126_146_099);

const HOKKAIDO_MUNICIPALITIES = 185; // 179 + the 6 Northern-Territories villages

describeEachDatabase('statistics API', (db) => {
  const app = () => createApp({ db: db().handle.db, webRoot: null });
  const get = async <T = Record<string, unknown>>(url: string, status = 200): Promise<T> => {
    const res = await app().request(url);
    const text = await res.text();
    expect(res.status, `${url}: ${text.slice(0, 300)}`).toBe(status);
    return JSON.parse(text) as T;
  };

  beforeAll(async () => {
    const d = db().handle.db;
    // A suite owns its database: start from an empty store whatever the reference loader did.
    await d.execute(sql`truncate indicator_values, indicators`);
    await d.transaction(async (tx) => {
      await upsertIndicators(tx, DEFS);
      await writeValues(tx, rows);
    });
  });

  it('lists indicators with their periods (ascending by end), levels, latest period, categories and 出典', async () => {
    type Catalog = {
      indicators: Array<{ code: string; name: string; category_label: string; levels: string[]; periods: string[]; latest_period: string | null }>;
      categories: Array<{ code: string; label: string }>;
      attribution: string[];
    };
    const body = await get<Catalog>('/api/v1/indicators');
    expect(body.indicators.map((i) => i.code).slice(0, 3)).toEqual(['population', 'male', 'female']);
    const pop = body.indicators.find((i) => i.code === 'population')!;
    expect(pop.periods).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(pop.latest_period).toBe('2022');
    expect(pop.levels).toEqual(['nation', 'prefecture', 'municipality', 'ward']);
    expect(pop.category_label).toBe('人口');
    const births = body.indicators.find((i) => i.code === 'births')!;
    expect(births.periods).toEqual(['FY2011', 'FY2012', '2013']);
    expect(body.indicators.find((i) => i.code === 'census_population')!.levels).toEqual(['nation', 'prefecture']);
    expect(body.categories).toContainEqual({ code: 'local_finance', label: '地方行財政' });
    expect(body.attribution).toContain(`出典：${RR}`);
  });

  it('serves a municipal map: every current municipality of the prefecture, nulls and flags kept, stats of the values', async () => {
    type MapBody = {
      indicator: { code: string; unit: string; periods: string[] };
      level: string;
      period: string;
      values: Array<{ code: string; name: string; pref_code: string; pref_name: string; value: number | null; flag: string | null }>;
      stats: { min: number; max: number; mean: number; median: number; count: number };
      attribution: string[];
    };
    const m = await get<MapBody>('/api/v1/indicators/population/map?level=municipality&pref_code=01');
    expect(m.period).toBe('2022');
    expect(m.indicator).toMatchObject({ code: 'population', unit: '人' });
    expect(m.values).toHaveLength(HOKKAIDO_MUNICIPALITIES);
    expect(m.values[0]).toEqual({ code: '011002', name: '札幌市', pref_code: '01', pref_name: '北海道', value: 1_960_668, flag: null });
    expect(m.values.find((x) => x.code === '012092')).toMatchObject({ name: '夕張市', value: null, flag: 'confidential' });
    expect(m.values.find((x) => x.code === '011011')).toBeUndefined(); // wards are a level of their own
    const present = [1_960_668, 248_106, 78_000, ...CITIES.map((c) => c[1])].sort((a, b) => a - b);
    expect(m.stats.count).toBe(present.length);
    expect(m.stats.min).toBe(present[0]);
    expect(m.stats.max).toBe(1_960_668);
    expect(m.stats.median).toBe((present[4]! + present[5]!) / 2);
    expect(m.stats.mean).toBeCloseTo(present.reduce((a, b) => a + b, 0) / present.length, 6);
    expect(m.attribution[0]).toBe(`出典：${RR}`);
    expect(m.attribution.some((a) => a.includes('国土数値情報'))).toBe(true);

    const all = await get<MapBody>('/api/v1/indicators/population/map?level=municipality');
    expect(all.values.length).toBe(1747);
    const wards = await get<MapBody>('/api/v1/indicators/population/map?level=ward&pref_code=01');
    expect(wards.values.find((x) => x.code === '011011')?.value).toBe(248_680);
    const prefs = await get<MapBody>('/api/v1/indicators/ageing_rate/map?level=prefecture');
    expect(prefs.values).toHaveLength(47);
    expect(prefs.values.find((x) => x.code === '130001')?.value).toBe(22.8);
    const older = await get<MapBody>('/api/v1/indicators/population/map?level=municipality&pref_code=01&period=2017');
    expect(older.values.find((x) => x.code === '012050')?.value).toBe(84_000);
  });

  it('rejects unknown indicators, periods, levels and prefectures in the platform error shape', async () => {
    const unknown = await get<{ error: { code: string; message: string } }>('/api/v1/indicators/nope/map?level=prefecture', 404);
    expect(unknown.error.code).toBe('not_found');
    const period = await get<{ error: { code: string; issues: Array<{ column: string; reason: string }> } }>(
      '/api/v1/indicators/population/map?level=municipality&period=1990',
      400,
    );
    expect(period.error.issues[0]).toMatchObject({ column: 'period' });
    expect(period.error.issues[0]!.reason).toContain('2017〜2022');
    const level = await get<{ error: { issues: Array<{ column: string; reason: string }> } }>('/api/v1/indicators/census_population/map?level=municipality', 400);
    expect(level.error.issues[0]).toMatchObject({ column: 'level' });
    expect(level.error.issues[0]!.reason).toContain('市区町村別の値がありません');
    await get('/api/v1/indicators/population/map?level=municipality&pref_code=99', 400);
    const badLevel = await get<{ error: { code: string } }>('/api/v1/indicators/population/map?level=galaxy', 400);
    expect(badLevel.error.code).toBe('invalid_input');
  });

  it('sees an import at once: upsertIndicators bumps the version the caches are keyed by', async () => {
    const url = '/api/v1/indicators/population/map?level=prefecture';
    const before = await get<{ values: Array<{ code: string; value: number | null }> }>(url);
    expect(before.values.find((x) => x.code === '010006')?.value).toBe(5_183_687);
    const d = db().handle.db;
    await d.transaction(async (tx) => {
      await upsertIndicators(tx, [DEFS[0]!]);
      await writeValues(tx, [{ areaCode: '010006', indicatorCode: 'population', period: parsePeriod('2022'), value: 5_183_688, flag: null }]);
    });
    const after = await get<{ values: Array<{ code: string; value: number | null }> }>(url);
    expect(after.values.find((x) => x.code === '010006')?.value).toBe(5_183_688);
    await d.transaction(async (tx) => {
      await upsertIndicators(tx, [DEFS[0]!]);
      await writeValues(tx, [{ areaCode: '010006', indicatorCode: 'population', period: parsePeriod('2022'), value: 5_183_687, flag: null }]);
    });
  });

  it('ranks with shared ranks for ties and areas without a value last; CSV (BOM, 出典 last) and Excel', async () => {
    type Ranking = {
      order: string;
      rows: Array<{ rank: number | null; code: string; name: string; pref_name: string; value: number | null; flag: string | null }>;
      attribution: string[];
    };
    const r = await get<Ranking>('/api/v1/indicators/population/ranking?level=municipality&pref_code=01');
    expect(r.rows[0]).toEqual({ rank: 1, code: '011002', name: '札幌市', pref_name: '北海道', value: 1_960_668, flag: null });
    const iwamizawa = r.rows.find((x) => x.code === '012106')!;
    const rumoi = r.rows.find((x) => x.code === '012122')!;
    expect(iwamizawa.rank).toBe(rumoi.rank);
    const next = r.rows[r.rows.indexOf(rumoi) + 1]!;
    expect(next.rank).toBe(rumoi.rank! + 2);
    expect(r.rows.filter((x) => x.rank !== null)).toHaveLength(10);
    expect(r.rows.slice(10).every((x) => x.rank === null && x.value === null)).toBe(true);
    expect(r.rows.find((x) => x.code === '012092')).toMatchObject({ rank: null, flag: 'confidential' });
    const asc = await get<Ranking>('/api/v1/indicators/population/ranking?level=municipality&pref_code=01&order=asc');
    expect(asc.rows[0]).toMatchObject({ rank: 1, code: '012114', value: 34_000 });

    const csv = await app().request('/api/v1/indicators/population/ranking?level=municipality&pref_code=01&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('順位,団体コード,団体名,都道府県,総人口（人）,注記');
    // 団体コード as Excel's text formula ="011002", so Excel keeps the leading zero (spreadsheet-cells.ts)
    expect(lines[1]).toBe('1,"=""011002""",札幌市,北海道,1960668,');
    expect(lines.find((l) => l.startsWith(',"=""012092""",'))).toBe(',"=""012092""",夕張市,北海道,,秘匿（x）');
    expect(lines[lines.length - 1]).toBe(`出典：${RR}`);
    expect(lines).toHaveLength(1 + HOKKAIDO_MUNICIPALITIES + 1);

    const x = await app().request('/api/v1/indicators/population/ranking?level=prefecture&format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await x.arrayBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet('順位')!;
    expect(ws.getRow(1).values).toEqual([undefined, '順位', '団体コード', '団体名', '都道府県', '総人口（人）', '注記']);
    expect(ws.getRow(2).getCell(3).value).toBe('東京都');
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe(`出典：${RR}`);
  });

  it('serves series for up to 4 indicators × 10 areas (5- or 6-digit codes, 000000 = 全国), in JSON, CSV and Excel', async () => {
    type SeriesBody = {
      series: Array<{
        indicator: string;
        indicator_name: string;
        unit: string;
        area: string;
        area_name: string;
        points: Array<{ period: string; value: number | null; flag: string | null }>;
      }>;
      attribution: string[];
    };
    const s = await get<SeriesBody>('/api/v1/series?indicators=population,births&areas=01205,000000');
    expect(s.series.map((x) => [x.indicator, x.area, x.area_name])).toEqual([
      ['population', '012050', '室蘭市'],
      ['population', '000000', '全国'],
      ['births', '012050', '室蘭市'],
      ['births', '000000', '全国'],
    ]);
    expect(s.series[0]!.points.map((p) => p.period)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(s.series[0]!.points[5]).toEqual({ period: '2022', value: 80_000, flag: null });
    expect(s.series[2]!.points.map((p) => p.period)).toEqual(['FY2011', 'FY2012', '2013']);
    expect(s.series[3]!.points).toEqual([]);
    expect(s.attribution).toEqual([`出典：${RR}`]);

    const tooMany = await get<{ error: { issues: Array<{ column: string }> } }>('/api/v1/series?indicators=population,births,male,female,households&areas=000000', 400);
    expect(tooMany.error.issues[0]!.column).toBe('indicators');
    const eleven = [...CITIES.map((c) => c[0]), '010006', '130001', '000000', '011002'];
    const tooManyAreas = await get<{ error: { issues: Array<{ column: string }> } }>(`/api/v1/series?indicators=population&areas=${eleven.join(',')}`, 400);
    expect(tooManyAreas.error.issues[0]!.column).toBe('areas');
    const badCode = await get<{ error: { issues: Array<{ column: string; code: string }> } }>('/api/v1/series?indicators=population&areas=012051', 400);
    expect(badCode.error.issues[0]).toMatchObject({ column: 'areas', code: 'invalid_code' });
    await get('/api/v1/series?indicators=nope&areas=000000', 400);

    const csv = await app().request('/api/v1/series?indicators=population&areas=012050&format=csv');
    const text = new TextDecoder()
      .decode(new Uint8Array(await csv.arrayBuffer()).slice(3))
      .trimEnd()
      .split('\r\n');
    expect(text[0]).toBe('指標コード,指標名,単位,団体コード,団体名,期間,値,注記,系列の断層');
    expect(text[1]).toBe('population,総人口,人,"=""012050""",室蘭市,2017,84000,,');
    expect(text[text.length - 1]).toBe(`出典：${RR}`);
    const x = await app().request('/api/v1/series?indicators=population&areas=012050&format=xlsx');
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('draws a scatter of two indicators across the areas that have both, with Pearson r', async () => {
    type Scatter = {
      x: { indicator: string; period: string };
      y: { indicator: string; period: string };
      points: Array<{ code: string; x: number; y: number }>;
      correlation: number | null;
      attribution: string[];
    };
    const s = await get<Scatter>('/api/v1/scatter?x=ageing_rate&y=fiscal_capability_index&level=municipality&pref_code=01');
    expect(s.x).toMatchObject({ indicator: 'ageing_rate', period: '2022' });
    expect(s.y).toMatchObject({ indicator: 'fiscal_capability_index', period: 'FY2021' });
    expect(s.points.map((p) => p.code)).toEqual(CITIES.map((c) => c[0]).sort());
    const xs = CITIES.map((c) => c[3]);
    const ys = CITIES.map((c) => c[4]);
    const mean = (a: number[]) => a.reduce((p, q) => p + q, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const r = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / Math.sqrt(xs.reduce((a, x) => a + (x - mx) ** 2, 0) * ys.reduce((a, y) => a + (y - my) ** 2, 0));
    expect(s.correlation).toBeCloseTo(r, 10);
    expect(s.attribution).toHaveLength(2);
    const csv = await app().request('/api/v1/scatter?x=ageing_rate&y=fiscal_capability_index&level=municipality&pref_code=01&format=csv');
    expect(new TextDecoder().decode(new Uint8Array(await csv.arrayBuffer()).slice(3)).split('\r\n')[0]).toBe('団体コード,団体名,都道府県,高齢化率（%） 2022,財政力指数 FY2021');
  });

  it('builds an area profile: population series and latest, pyramid, key indicators with prefecture and nation', async () => {
    type Profile = {
      area: Record<string, unknown>;
      population: {
        series: Array<{ period: string; total: number | null; age_0_14: number | null; age_15_64: number | null; age_65_plus: number | null }>;
        latest: Record<string, unknown> | null;
      };
      pyramid: { period: string; groups: Array<{ age_group: string; male: number | null; female: number | null }> } | null;
      indicators: Array<{ code: string; name: string; unit: string; period: string; value: number | null; prefecture: number | null; nation: number | null }>;
      omitted_indicators: Array<{ code: string; name: string; name_en: string | null; period: string }>;
      attribution: string[];
    };
    const p = await get<Profile>('/api/v1/areas/01205/profile');
    expect(p.area).toEqual({ code: '012050', name: '室蘭市', level: 'municipality', type: '市', pref_code: '01', pref_name: '北海道', parent_code: '010006' });
    expect(p.population.series).toHaveLength(6);
    expect(p.population.series[0]).toEqual({ period: '2017', total: 84_000, age_0_14: null, age_15_64: null, age_65_plus: null });
    expect(p.population.series[5]).toEqual({ period: '2022', total: 80_000, age_0_14: 7_600, age_15_64: 41_600, age_65_plus: 30_800 });
    expect(p.population.latest).toEqual({ period: '2022', total: 80_000, households: 45_000, male: 38_500, female: 41_500, ageing_rate: 36 });
    expect(p.pyramid).toEqual({
      period: '2022',
      source: RR,
      groups: [
        { age_group: '0〜4歳', male: 1_100, female: 1_050 },
        { age_group: '100歳以上', male: 3, female: 25 },
      ],
    });
    const byCode = new Map(p.indicators.map((i) => [i.code, i]));
    expect(byCode.get('population')).toEqual({
      code: 'population',
      name: '総人口',
      name_en: null,
      unit: '人',
      period: '2022',
      value: 80_000,
      prefecture: 5_183_687,
      nation: 125_927_902,
    });
    expect(byCode.get('ageing_rate')).toMatchObject({ value: 36, prefecture: 32.81, nation: 28.5 });
    // births end in 2013, more than 5 years before the area's newest value (2022): named, not tabled
    expect(byCode.has('births')).toBe(false);
    expect(p.omitted_indicators).toEqual([{ code: 'births', name: '出生数', name_en: null, period: '2013' }]);
    expect(byCode.get('fiscal_capability_index')).toMatchObject({ period: 'FY2021', value: 0.6, prefecture: null });
    expect(byCode.has('age5_0_4_male')).toBe(false);
    expect(p.attribution).toContain(`出典：${RR}`);

    const pref = await get<Profile>('/api/v1/areas/010006/profile');
    expect(pref.area).toMatchObject({ level: 'prefecture', name: '北海道' });
    expect(pref.indicators.find((i) => i.code === 'population')).toMatchObject({ value: 5_183_687, prefecture: null, nation: 125_927_902 });
    expect(pref.pyramid).toBeNull();
    const nation = await get<Profile>('/api/v1/areas/000000/profile');
    expect(nation.indicators.find((i) => i.code === 'population')).toMatchObject({ value: 125_927_902, nation: null });
    await get('/api/v1/areas/999997/profile', 404);
    await get('/api/v1/areas/12345x/profile', 400);
  });

  it('finds similar municipalities: same type and population band, ranked by ageing rate and 5-year change', async () => {
    type Similar = {
      method: { code: string; label: string; description: string };
      area: Record<string, unknown>;
      group: { label: string; type: string; band: { code: string; min: number; max: number | null }; size: number; period: string; past_period: string };
      comparators: Array<{
        code: string;
        name: string;
        pref_name: string;
        population: number;
        score: number;
        same_band: boolean;
        ageing_rate: number;
        population_change_5y: number;
        fiscal_capability_index?: number | null;
      }>;
      attribution: string[];
    };
    const s = await get<Similar>('/api/v1/areas/012050/similar?count=4');
    expect(s.method.code).toBe('population_structure');
    expect(s.method.description).toContain('産業構造');
    expect(s.method.description).toContain('用いていません');
    expect(s.group).toMatchObject({
      label: '市・人口5万〜10万人（住民基本台帳 2022年）',
      type: '市',
      band: { code: 'shi-2', min: 50_000, max: 100_000 },
      period: '2022',
      past_period: '2017',
    });
    // 岩見沢市 and 留萌市 (78,000 but no 2017 value → not comparable) share the band; 千歳市 too.
    expect(s.group.size).toBe(2);
    expect(s.area).toMatchObject({ code: '012050', population: 80_000, ageing_rate: 36, population_change_5y: -4.76, fiscal_capability_index: 0.6 });
    // the group first (by distance), then the nearest of the neighbouring bands: 小樽市 (d≈0.45) before 登別市 (d≈0.49)
    expect(s.comparators.map((c) => [c.code, c.same_band])).toEqual([
      ['012106', true],
      ['012246', true],
      ['012033', false],
      ['012301', false],
    ]);
    expect(s.comparators[0]).toMatchObject({
      name: '岩見沢市',
      pref_name: '北海道',
      population: 78_000,
      ageing_rate: 34,
      population_change_5y: -4.88,
      fiscal_capability_index: 0.4,
    });
    expect(s.comparators[0]!.score).toBeGreaterThan(s.comparators[1]!.score);
    expect(s.attribution.length).toBeGreaterThan(0);

    const ward = await get<{ error: { issues: Array<{ column: string; reason: string }> } }>('/api/v1/areas/011011/similar', 400);
    expect(ward.error.issues[0]!.reason).toContain('政令指定都市の区');
    await get('/api/v1/areas/010006/similar', 400);
    await get('/api/v1/areas/012050/similar?method=industry', 400);
  });

  it('serves boundaries as GeoJSON with 団体コード and names, cached, gzip when accepted', async () => {
    type FC = { type: string; features: Array<{ id: string; properties: { code: string; name: string; pref_code: string }; geometry: { type: string } }>; attribution: string[] };
    const res = await app().request('/api/v1/boundaries/prefecture.geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(res.headers.get('content-type')).toContain('geo+json');
    const fc = (await res.json()) as FC;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(47);
    expect(fc.features[0]).toMatchObject({ id: '010006', properties: { code: '010006', name: '北海道', pref_code: '01' } });
    expect(fc.features[12]!.properties).toMatchObject({ code: '130001', name: '東京都' });
    expect(fc.attribution[0]).toContain('国土数値情報');

    const gz = await app().request('/api/v1/boundaries/municipality.geojson', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const muni = JSON.parse(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString('utf8')) as FC;
    expect(muni.features).toHaveLength(1747);
    expect(muni.features.find((f) => f.properties.code === '011002')?.properties.name).toBe('札幌市');
    expect(muni.features.every((f) => /^\d{6}$/.test(f.properties.code) && ['Polygon', 'MultiPolygon'].includes(f.geometry.type))).toBe(true);
    const again = await app().request('/api/v1/boundaries/municipality.geojson', { headers: { 'if-none-match': gz.headers.get('etag')! } });
    expect(again.status).toBe(304);
    await get('/api/v1/boundaries/ward.geojson', 404);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = await get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    for (const p of [
      '/api/v1/indicators',
      '/api/v1/indicators/{code}/map',
      '/api/v1/indicators/{code}/ranking',
      '/api/v1/series',
      '/api/v1/scatter',
      '/api/v1/areas/{code}/profile',
      '/api/v1/areas/{code}/similar',
      '/api/v1/boundaries/{level}.geojson',
      '/api/v1/prefectures',
      '/api/v1/cities',
      '/api/v1/population/composition/perYear',
      '/api/v1/population/sum/perYear',
    ]) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});
