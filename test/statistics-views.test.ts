/**
 * What the statistics views need from the API beyond the plain figures, over a real database in
 * both modes: breaks in series (the resident register counts foreign residents from 2013) in the
 * JSON and in the CSV and Excel downloads, and the area profile's key indicators without
 * long-discontinued rows (named in omitted_indicators instead) while projections stay.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/index.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';

const RR = '総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成';
const FINANCE = '総務省「地方公共団体の主要財政指標一覧」を加工して作成';
const PROJECTION = '国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」を加工して作成';
const def = (code: string, nameJa: string, unit: string, source: string, frequency: string, category: IndicatorDef['category'] = 'population'): IndicatorDef => ({
  code,
  nameJa,
  nameEn: `${code} (en)`,
  unit,
  category,
  source,
  licence: 'CC BY 4.0',
  frequency,
});
const DEFS: IndicatorDef[] = [
  def('population', '総人口', '人', RR, '毎年（1月1日現在。2013年以前は3月31日現在）'),
  def('births', '出生数', '人', RR, '毎年（2012年度までは年度、2013年からは暦年）'),
  def('fiscal_capability_index', '財政力指数', '', FINANCE, '毎年度（決算）', 'local_finance'),
  def('bond_restriction_ratio', '起債制限比率', '%', FINANCE, '毎年度（決算）', 'local_finance'),
  def('projected_population', '将来推計人口', '人', PROJECTION, '5年ごと'),
];

const rows: ValueRow[] = [];
const v = (area: string, ind: string, period: string, value: number) => rows.push({ areaCode: area, indicatorCode: ind, period: parsePeriod(period), value, flag: null });
for (const [y, n] of [
  [2011, 1_910_000],
  [2012, 1_915_000],
  [2013, 1_925_000],
  [2014, 1_930_000],
  [2022, 1_960_668],
] as const)
  v('011002', 'population', String(y), n);
v('011002', 'births', 'FY2012', 14_000);
v('011002', 'births', '2013', 13_900);
v('011002', 'births', '2021', 12_000);
v('011002', 'fiscal_capability_index', 'FY2021', 0.72);
v('011002', 'bond_restriction_ratio', 'FY2007', 11.2);
v('011002', 'projected_population', '2045', 1_720_000);

describeEachDatabase('statistics views: breaks in series and current key indicators', (db) => {
  const app = () => createApp({ db: db().handle.db, webRoot: null });

  beforeAll(async () => {
    const d = db().handle.db;
    await d.execute(sql`truncate indicator_values, indicators`);
    await d.transaction(async (tx) => {
      await upsertIndicators(tx, DEFS);
      await writeValues(tx, rows);
    });
  });

  it('marks the register’s 2013 break (foreign residents) and, for stock figures, the 2014 change of reference day', async () => {
    const res = await app().request('/api/v1/series?indicators=population,births,fiscal_capability_index&areas=011002');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { series: Array<{ indicator: string; breaks: Array<{ period: string; label: string; note: string }> }> };
    const of = (code: string) => body.series.find((s) => s.indicator === code)!.breaks;
    expect(of('population').map((b) => b.period)).toEqual(['2013', '2014']);
    expect(of('population')[0]!.note).toContain('外国人住民');
    expect(of('population')[0]!.label).toContain('2013');
    // flows have the 2013 break only; indicators of other sources, or a series without values before the break, none
    expect(of('births').map((b) => b.period)).toEqual(['2013']);
    expect(of('fiscal_capability_index')).toEqual([]);
  });

  it('names the break in the CSV and Excel downloads (column 系列の断層, on the period it starts)', async () => {
    const csv = await (await app().request('/api/v1/series?indicators=population&areas=011002&format=csv')).text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain('系列の断層');
    expect(lines.find((l) => l.includes(',2013,'))).toContain('外国人住民');
    expect(lines.find((l) => l.includes(',2012,'))).not.toContain('外国人住民');

    const xlsx = await app().request('/api/v1/series?indicators=population&areas=011002&format=xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('系列の断層');
    expect(col).toBeGreaterThan(0);
    const at2013 = ws.getRows(2, ws.rowCount - 1)!.find((r) => String(r.getCell(header.indexOf('期間')).value) === '2013')!;
    expect(String(at2013.getCell(col).value)).toContain('外国人住民');
  });

  it('leaves indicators discontinued more than 5 years before the area’s newest value out of the key indicators, and keeps projections', async () => {
    const res = await app().request('/api/v1/areas/011002/profile');
    expect(res.status).toBe(200);
    const p = (await res.json()) as { indicators: Array<{ code: string; name_en: string | null }>; omitted_indicators: Array<{ code: string; period: string }> };
    const codes = p.indicators.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['population', 'births', 'fiscal_capability_index', 'projected_population']));
    expect(codes).not.toContain('bond_restriction_ratio');
    expect(p.omitted_indicators).toEqual([expect.objectContaining({ code: 'bond_restriction_ratio', period: 'FY2007' })]);
    expect(p.indicators.find((i) => i.code === 'population')!.name_en).toBe('population (en)');
  });
});
