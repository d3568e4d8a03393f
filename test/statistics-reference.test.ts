/**
 * The shipped statistics (reference-data/statistics/): what the reader makes of the files — period
 * conventions, national sums, the derived ageing rate, flags for 「－」 and parenthesised values,
 * merged-away municipalities — checked against the published figures; then the first-start load
 * on PGlite and PostgreSQL (one transaction, checksum, progress, a second start that does nothing).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { historicalAreaRows, splitCounty, upsertHistoricalAreas } from '../src/modules/local-gov/index.ts';
import { areas } from '../src/modules/local-gov/schema.ts';
import { ALL_REFERENCE_INDICATORS, AGE5_INDICATORS, CENSUS_AGE5_INDICATORS, REFERENCE_INDICATORS } from '../src/modules/statistics/reference/reference-indicators.ts';
import { readStatisticsReference, STATISTICS_FILES, type StatisticsFiles } from '../src/modules/statistics/reference/reference-values.ts';
import { indicatorValues } from '../src/modules/statistics/schema.ts';
import type { ValueRow } from '../src/modules/statistics/store/indicator-store.ts';
import { loadReferenceData, STATISTICS_DIR, type ReferenceLoadReport } from '../src/platform/reference-data.ts';
import { describeEachDatabase } from './support/databases.ts';

const files = Object.fromEntries(Object.entries(STATISTICS_FILES).map(([k, f]) => [k, readFileSync(`${STATISTICS_DIR}${f}`, 'utf8')])) as StatisticsFiles;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NORTHERN = new Set(['016951', '016969', '016977', '016985', '016993', '017001']);

describe('reading the shipped statistics (no database)', () => {
  let data: ReturnType<typeof readStatisticsReference>;
  let index: Map<string, ValueRow>;
  const get = (indicator: string, area: string, period: string) => index.get(`${indicator}|${area}|${period}`);

  beforeAll(() => {
    data = readStatisticsReference(files, NORTHERN);
    index = new Map(data.values.map((v) => [`${v.indicatorCode}|${v.areaCode}|${v.period.label}`, v]));
  });

  it('1,298,109 values, no key twice, every indicator defined', () => {
    expect(data.values).toHaveLength(1_298_109);
    expect(index.size).toBe(data.values.length);
    const defined = new Set(ALL_REFERENCE_INDICATORS.map((d) => d.code));
    expect(ALL_REFERENCE_INDICATORS).toHaveLength(24 + 42 + 42);
    expect(new Set(data.values.map((v) => v.indicatorCode))).toEqual(defined);
  });

  it('the nation (000000) is the sum of the 47 prefectures: the published national totals', () => {
    expect(get('population', '000000', '2022')?.value).toBe(125_927_902);
    expect(get('population', '000000', '1995')?.value).toBe(124_655_498);
    expect(get('births', '000000', '2021')?.value).toBe(830_322);
    expect(get('census_population', '000000', '2020')?.value).toBe(126_146_099);
    expect(get('projected_population', '000000', '2045')?.value).toBe(106_421_185);
    expect(get('age5_0_4_male', '000000', '2022')?.value).toBe(2_279_640);
  });

  it('no national census value for 1945 (no census in Okinawa), no national finance values', () => {
    expect(get('census_population', '470007', '1945')).toBeUndefined();
    expect(get('census_population', '000000', '1945')).toBeUndefined();
    expect(get('census_population', '000000', '1940')?.value).toBeGreaterThan(70_000_000);
    expect(data.values.some((v) => v.areaCode === '000000' && v.indicatorCode === 'fiscal_capability_index')).toBe(false);
  });

  it('ageing rate = 65+ / (population − age unknown) × 100, to 0.01 (2022 national 28.53 %)', () => {
    expect(get('ageing_rate', '000000', '2022')?.value).toBe(28.53); // 35,928,838 / (125,927,902 − 9,191)
    expect(get('ageing_rate', '000000', '1995')?.value).toBe(14.37);
    expect(get('ageing_rate', '011002', '2022')?.value).toBe(27.98);
  });

  it("period conventions: stocks by the reference date's year, dynamics by FY up to FY2012 then calendar years", () => {
    // 札幌市: 2013 row (2013-03-31, dynamics FY2012), 2014 row (2014-01-01, dynamics CY2013)
    expect(get('population', '011002', '2013')?.value).toBe(1_919_664);
    expect(get('population', '011002', '2014')?.value).toBe(1_930_496);
    expect(get('births', '011002', 'FY2012')?.value).toBe(14_424);
    expect(get('births', '011002', '2013')?.value).toBe(14_677);
    expect(get('births', '011002', 'FY2011')?.value).toBe(14_427);
    expect(get('births', '011002', '2021')?.value).toBe(12_100);
    expect(get('births', '011002', '2022')).toBeUndefined();
    expect(get('population', '011002', '2022')?.period.end).toBe(get('population', '011002', '2022')!.period.start + 364);
    expect(get('births', '011002', 'FY2011')?.period.label).toBe('FY2011');
  });

  it('finance: fiscal years; 「－」 → null + not_applicable; parenthesised values → reference', () => {
    expect(get('fiscal_capability_index', '011002', 'FY2021')).toMatchObject({ value: 0.72, flag: null });
    expect(get('laspeyres_index_reference', '011002', 'FY2012')).toMatchObject({ value: 100.6 });
    expect(get('future_burden_ratio', '013439', 'FY2008')).toMatchObject({ value: null, flag: 'not_applicable' }); // 鹿部町
    expect(get('real_debt_service_ratio', '073091', 'FY2007')).toMatchObject({ value: null, flag: 'not_applicable' }); // 飯野町
    expect(get('fiscal_capability_index', '131016', 'FY2008')).toMatchObject({ value: 0.8, flag: 'reference' }); // 千代田区 (括弧書き)
    expect(get('current_balance_ratio', '131016', 'FY2008')).toMatchObject({ value: 69.1, flag: 'reference' });
    expect(get('future_burden_ratio', '011002', 'FY2005')).toBeUndefined(); // not published before FY2008
  });

  it('the Northern-Territories villages (codes without figures) get no values', () => {
    expect(data.values.some((v) => NORTHERN.has(v.areaCode))).toBe(false);
  });

  it('merged-away municipalities: 1,841 codes, with the last day they appear; 郡 split from the name', () => {
    expect(data.historicalAreas).toHaveLength(1841);
    const hiroshima = data.historicalAreas.find((a) => a.code === '013013');
    expect(hiroshima).toEqual({ code: '013013', prefCode: '01', name: '札幌郡広島町', lastSeen: '1996-03-31' });
    expect(get('population', '013013', '1996')?.value).toBe(53_711);
    expect(splitCounty('札幌郡広島町')).toEqual({ county: '札幌郡', name: '広島町' });
    expect(splitCounty('浦和市')).toEqual({ county: null, name: '浦和市' });
    expect(historicalAreaRows([hiroshima!])).toEqual([
      { code: '013013', prefCode: '01', level: 'municipality', type: '旧町', name: '広島町', county: '札幌郡', parentCode: '010006', validTo: '1996-03-31' },
    ]);
  });

  it('every indicator carries its credit (出典), licence and notes', () => {
    for (const d of ALL_REFERENCE_INDICATORS) {
      expect(d.source, d.code).toMatch(/を加工して作成$/);
      expect(d.licence, d.code).toContain('政府標準利用規約');
      expect(d.notes, d.code).toBeTruthy();
    }
    expect(REFERENCE_INDICATORS.find((d) => d.code === 'ageing_rate')?.notes).toContain('老年人口（65歳以上） ÷ （総人口 − 年齢不詳） × 100');
    expect(AGE5_INDICATORS[0]).toMatchObject({ code: 'age5_0_4_male', nameJa: '人口（男・0〜4歳）' });
    expect(CENSUS_AGE5_INDICATORS.at(-1)).toMatchObject({ code: 'census_age5_100_plus_female', nameJa: '国勢調査人口（女・100歳以上）' });
  });
});

describeEachDatabase('first-start load of the statistics data set', (database) => {
  const db = () => database().handle.db;
  let first: ReferenceLoadReport;
  let firstSteps: Array<[string, number, number]>;
  let firstMs: number;
  let emptyBefore: number;
  let second: ReferenceLoadReport;
  let secondSteps: Array<[string, number, number]>;
  const count = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(indicatorValues))[0]!.n;

  beforeAll(async () => {
    // Test databases leave statistics out unless asked (openTestDatabase); this is a first start:
    emptyBefore = await count();
    firstSteps = [];
    const started = performance.now();
    first = await loadReferenceData(db(), (s, d, t) => firstSteps.push([s, d, t]));
    firstMs = performance.now() - started;
    console.log(`statistics first-start load [${database().kind}]: ${Math.round(firstMs)} ms (${Math.round(1_298_109 / (firstMs / 1000)).toLocaleString()} values/s)`);
    secondSteps = [];
    second = await loadReferenceData(db(), (s, d, t) => secondSteps.push([s, d, t]));
  }, 600_000); // ≈ 25–40 s on PGlite; more when the whole suite shares two cores

  it('loads 108 indicators, 1,298,109 values and 1,841 merged-away municipalities, reporting progress', async () => {
    expect(emptyBefore).toBe(0);
    expect(first.statistics).toBe('loaded');
    expect(first.statisticsLoad).toMatchObject({ indicators: 108, values: 1_298_109, historicalAreas: 1841 });
    expect(await count()).toBe(1_298_109 + 99_772); // + the census/projection age groups (load-census-age3.ts, own step)
    // progress: a start, then done/total per chunk up to the total
    const stats = firstSteps.filter(([s]) => s.startsWith('統計データ'));
    expect(stats[0]).toEqual(['統計データを読み込み中 / loading statistics', 0, 1]);
    expect(stats.at(-1)).toEqual(['統計データを読み込み中 / loading statistics', 1_298_109, 1_298_109]);
    expect(stats.length).toBeGreaterThan(50);
  });

  it('a second start loads nothing (checksum) and reports nothing', () => {
    expect(second.statistics).toBe('unchanged');
    expect(secondSteps).toEqual([]);
  });

  it('values read back as published, with their flags', async () => {
    const v = async (indicator: string, area: string, period: string) =>
      (
        await db()
          .select({ value: indicatorValues.value, flag: indicatorValues.flag, end: indicatorValues.periodEnd })
          .from(indicatorValues)
          .where(and(eq(indicatorValues.indicatorCode, indicator), eq(indicatorValues.areaCode, area), eq(indicatorValues.period, period)))
      )[0];
    expect(await v('population', '000000', '2022')).toEqual({ value: 125_927_902, flag: null, end: '2022-12-31' });
    expect(await v('ageing_rate', '000000', '2022')).toMatchObject({ value: 28.53 });
    expect(await v('births', '011002', 'FY2012')).toEqual({ value: 14_424, flag: null, end: '2013-03-31' });
    expect(await v('future_burden_ratio', '013439', 'FY2008')).toMatchObject({ value: null, flag: 'not_applicable' });
  });

  it('merged-away municipalities are areas with valid_to; current areas are untouched; every value has its area', async () => {
    const historical = await db().select().from(areas).where(isNotNull(areas.validTo));
    expect(historical).toHaveLength(1841);
    const [hiroshima] = await db().select().from(areas).where(eq(areas.code, '013013'));
    expect(hiroshima).toMatchObject({ level: 'municipality', type: '旧町', name: '広島町', county: '札幌郡', prefCode: '01', parentCode: '010006', validTo: '1996-03-31' });
    const [sapporo] = await db().select().from(areas).where(eq(areas.code, '011002'));
    expect(sapporo).toMatchObject({ type: '政令指定都市', name: '札幌市', validTo: null });
    const current = (await db().select({ n: sql<number>`count(*)::int` }).from(areas).where(sql`valid_to is null`))[0]!.n;
    expect(current).toBe(1 + 47 + 1747 + 175);
    const orphans = (
      (await db().execute(sql`select count(*)::int as n from indicator_values v where not exists (select 1 from areas a where a.code = v.area_code)`)) as unknown as {
        rows: Array<{ n: number }>;
      }
    ).rows[0]!.n;
    expect(orphans).toBe(0);
  });

  it('the series of a merged-away town still shows (1995–1996)', async () => {
    const rows = await db()
      .select({ period: indicatorValues.period, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorCode, 'population'), eq(indicatorValues.areaCode, '013013')))
      .orderBy(indicatorValues.period);
    expect(rows).toEqual([
      { period: '1995', value: 53_011 },
      { period: '1996', value: 53_711 },
    ]);
  });

  it('a newer local-government master never clobbers historical rows, and historical rows never clobber current ones', async () => {
    // upsertHistoricalAreas only touches rows that are historical (valid_to set)
    await db().transaction(async (tx) =>
      upsertHistoricalAreas(tx, [{ code: '011002', prefCode: '01', level: 'municipality', type: '旧市', name: '偽の札幌市', validTo: '2000-03-31' }]),
    );
    const [sapporo] = await db().select().from(areas).where(eq(areas.code, '011002'));
    expect(sapporo).toMatchObject({ type: '政令指定都市', name: '札幌市', validTo: null });
  });

  // The real CLI against the same (server-mode) database: PGlite in memory cannot be shared.
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['bin/sousei.mjs', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: database().url, LOG_LEVEL: 'silent', SOUSEI_ACTOR: 'cli:test' },
    });

  it('sousei stats indicators: codes, names, units, periods, 出典 [server mode only]', (ctx) => {
    if (database().kind !== 'postgres') ctx.skip();
    const table = cli(['stats', 'indicators']);
    expect(table.status).toBe(0);
    const line = table.stdout.split('\n').find((l) => l.startsWith('future_burden_ratio'))!;
    expect(line).toMatch(/^future_burden_ratio\s+将来負担比率\s+%\s+地方行財政\s+2008年度–2021年度（14期）\s+2万5,112\s+総務省「地方公共団体の主要財政指標一覧」を加工して作成$/);
    expect(table.stdout).toContain('ほかに人口ピラミッド用（5歳階級×男女）の指標が 84 あります');
    const json = JSON.parse(cli(['stats', 'indicators', '--format', 'json', '--category', '人口']).stdout) as { indicators: Array<{ code: string; periods: string[] }> };
    expect(json.indicators.find((i) => i.code === 'births')?.periods.slice(17, 20)).toEqual(['FY2011', 'FY2012', '2013']);
  });

  it('sousei stats import: an e-Stat Shift_JIS table with --map; a bad file exits 1 naming file, line and column [server mode only]', (ctx) => {
    if (database().kind !== 'postgres') ctx.skip();
    const ok = cli(['stats', 'import', 'test/fixtures/estat/juki-2022-by-sex-sjis.csv', '--map', '総数=population', '--map', '男=male', '--map', '女=female']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('取り込みました: 統計値 21件（estat）。指標 female・male・population、地域 7、期間 2022〜2022\n');
    const bad = cli(['stats', 'import', 'test/fixtures/estat/bad/unknown-area-sjis.csv', '--map', '総数=population', '--map', '男=male', '--map', '女=female']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown-area-sjis.csv 10行目 列「全国，都道府県，市区町村 コード」: 団体コード「131008」（特別区部）の地域は登録されていません');
  });
});
