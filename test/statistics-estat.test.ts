/**
 * e-Stat statistics-table CSVs as e-Stat writes them (test/fixtures/estat/, made by
 * make-fixtures.ts): the database download in Shift_JIS and UTF-8 with BOM (metadata lines,
 * 「X コード」+「X」 column pairs, a 「/X」 pivot with one column per item, item codes above the
 * header, footnotes), and the API's long CSV with unit/value/annotation and the 「-」「…」「x」「***」
 * markers. Reading is checked without a database; importing on PGlite and PostgreSQL, with the
 * values read back from the store.
 */
import { readFileSync } from 'node:fs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { importStatistics } from '../src/modules/statistics/imports/import-statistics.ts';
import { resolveEstatItems, type CatalogEntry } from '../src/modules/statistics/imports/estat-items.ts';
import { parseEstatTimeCode, splitEstatLabel } from '../src/modules/statistics/imports/estat-labels.ts';
import { readEstatCsv } from '../src/modules/statistics/imports/estat-table.ts';
import { REFERENCE_INDICATORS } from '../src/modules/statistics/reference/reference-indicators.ts';
import { indicators, indicatorValues } from '../src/modules/statistics/schema.ts';
import { upsertIndicators } from '../src/modules/statistics/store/indicator-store.ts';
import { InputError } from '../src/shared/errors.ts';
import { decodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection } from './support/db-snapshot.ts';
import { CENSUS, CENSUS_YEARS, JUKI_2022 } from './fixtures/estat/data.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/estat/${name}`, import.meta.url)));
const text = (name: string) => decodeText(bytes(name)).text;
const catalog = new Map<string, CatalogEntry>(REFERENCE_INDICATORS.map((d) => [d.code, { code: d.code, nameJa: d.nameJa, unit: d.unit }]));
const SEX_MAP = { 総数: 'population', 男: 'male', 女: 'female' };

describe('reading e-Stat tables (no database)', () => {
  it('time codes: year, fiscal year, month; anything else is left to the label', () => {
    expect(parseEstatTimeCode('2020000000')?.label).toBe('2020');
    expect(parseEstatTimeCode('2023100000')?.label).toBe('FY2023');
    expect(parseEstatTimeCode('2024000707')?.label).toBe('2024-07');
    expect(parseEstatTimeCode('2021001111')?.label).toBe('2021-11');
    expect(parseEstatTimeCode('2020000103')).toBeNull(); // 1–3月期
    expect(parseEstatTimeCode('20261')).toBeNull();
  });

  it('labels carry codes and units: 「A1101_総人口【人】」「01100_札幌市」「15歳以上人口【人】」', () => {
    expect(splitEstatLabel('A1101_総人口【人】')).toEqual({ code: 'A1101', name: '総人口', unit: '人' });
    expect(splitEstatLabel('01100_札幌市')).toEqual({ code: '01100', name: '札幌市', unit: null });
    expect(splitEstatLabel('15歳以上人口【人】')).toEqual({ code: null, name: '15歳以上人口', unit: '人' });
    expect(splitEstatLabel('総数')).toEqual({ code: null, name: '総数', unit: null });
  });

  it('Shift_JIS cross-table: metadata, the /男女別 pivot with codes above the header, 5-digit area codes, thousands separators, the footnote skipped', () => {
    expect(decodeText(bytes('juki-2022-by-sex-sjis.csv')).encoding).toBe('sjis');
    const t = readEstatCsv(text('juki-2022-by-sex-sjis.csv'), 'juki-2022-by-sex-sjis.csv');
    expect(t.layout).toBe('wide');
    expect(t.meta).toEqual({
      statName: '住民基本台帳に基づく人口、人口動態及び世帯数',
      title: '市区町村別 男女別人口（令和4年1月1日現在）',
      surveyDate: '2022年1月',
      tableId: undefined,
    });
    expect(t.columns).toEqual({ area: '全国，都道府県，市区町村 コード', period: '時間軸（年次） コード' });
    // items: 表章項目 (constant) × 男女別 (codes 000/001/002 from the row above the header)
    expect(t.items.map((i) => i.parts.map((p) => `${p.dim}:${p.code}:${p.label}`))).toEqual([
      ['表章項目:0100:人口【人】', '男女別:000:総数'],
      ['表章項目:0100:人口【人】', '男女別:001:男'],
      ['表章項目:0100:人口【人】', '男女別:002:女'],
    ]);
    expect(t.items.every((i) => i.unit === '人')).toBe(true);
    expect(t.values).toHaveLength(JUKI_2022.length * 3);
    // 00000 = 全国 → 000000; 01100 札幌市 → 011002 (check digit added); the header is line 6
    const sapporo = t.values.filter((v) => v.areaCode === '011002');
    expect(sapporo.map((v) => [v.period.label, v.value, v.line, v.areaLabel])).toEqual([
      ['2022', 1960668, 9, '札幌市'],
      ['2022', 916289, 9, '札幌市'],
      ['2022', 1044379, 9, '札幌市'],
    ]);
    expect(t.values[0]).toMatchObject({ areaCode: '000000', value: 125927902, line: 7 });
    expect(t.values.map((v) => v.areaCode)).toContain('011011'); // 札幌市中央区 (ward)
  });

  it('one item per indicator by --map, matched by code, label or name', () => {
    const t = readEstatCsv(text('juki-2022-by-sex-sjis.csv'), 'juki.csv');
    const byLabel = resolveEstatItems(t, catalog, { items: SEX_MAP });
    const byCode = resolveEstatItems(t, catalog, { items: { '000': 'population', '001': 'male', '002': 'female' } });
    expect(byCode.values).toEqual(byLabel.values);
    const chiyoda = byLabel.values.filter((v) => v.areaCode === '131016').map((v) => [v.indicatorCode, v.value]);
    expect(chiyoda).toEqual([
      ['population', 67049],
      ['male', 33485],
      ['female', 33564],
    ]);
    // Items the mapping leaves out are reported, not imported.
    const totalOnly = resolveEstatItems(t, catalog, { items: { 総数: 'population' } });
    expect(totalOnly.skippedItems).toEqual(['男', '女']);
    expect(totalOnly.values).toHaveLength(JUKI_2022.length);
  });

  it('UTF-8 with BOM, wide by time (/時間軸（調査年）): one column per census year; 「…」 → null, not_available', () => {
    const t = readEstatCsv(text('census-time-wide-utf8bom.csv'), 'census.csv');
    expect(t.columns.period).toBe('時間軸（調査年）');
    const r = resolveEstatItems(t, catalog, { indicator: { code: 'census_population' } });
    expect(r.values).toHaveLength(3 * CENSUS_YEARS.length);
    const okinawa = r.values.filter((v) => v.areaCode === '470007');
    expect(okinawa.find((v) => v.period.label === '1945')).toMatchObject({ value: null, flag: 'not_available' });
    expect(okinawa.find((v) => v.period.label === '2020')).toMatchObject({ value: 1467480, flag: null, indicatorCode: 'census_population' });
    const tokyo = r.values.filter((v) => v.areaCode === '130001').map((v) => v.value);
    expect(tokyo).toEqual(CENSUS['130001']![2]);
  });

  it('the API CSV (long): metadata up to "VALUE", unit/value/annotation columns, every marker, 速報 from the annotation', () => {
    const t = readEstatCsv(text('api-long-markers.csv'), 'api.csv');
    expect(t.layout).toBe('long');
    expect(t.meta.statName).toBe('令和3年経済センサス‐活動調査 事業所に関する集計');
    expect(t.meta.title).toBe('産業（大分類）別民営事業所数－市区町村');
    expect(t.meta.tableId).toBe('0003000001');
    expect(t.items).toHaveLength(1);
    expect(t.items[0]!.unit).toBe('事業所');
    const got = Object.fromEntries(t.values.map((v) => [v.areaCode, [v.value, v.flag]]));
    expect(got).toEqual({
      '011002': [71286, null],
      '011011': [20113, null],
      '131016': [31497, 'preliminary'],
      '133086': [null, 'not_applicable'],
      '473821': [null, 'confidential'],
      '472093': [null, 'confidential'],
      '010006': [null, 'not_available'],
    });
  });

  it('a one-item table becomes a new indicator whose source names the e-Stat table', () => {
    const t = readEstatCsv(text('api-long-markers.csv'), 'api.csv');
    const r = resolveEstatItems(t, catalog, { indicator: { code: 'establishments', category: '経済' } });
    expect(r.indicators).toEqual([
      {
        code: 'establishments',
        nameJa: '事業所数',
        nameEn: null,
        unit: '事業所',
        category: 'economy',
        frequency: null,
        notes: null,
        source: '令和3年経済センサス‐活動調査 事業所に関する集計 「産業（大分類）別民営事業所数－市区町村」（政府統計の総合窓口 e-Stat）を加工して作成',
        licence: '政府標準利用規約（第2.0版）準拠・CC BY 4.0 互換',
      },
    ]);
  });

  it('SSDS-style items 「A1101_総人口【人】」 feed existing indicators by name without a mapping; area labels with codes 「01100_札幌市」', () => {
    const csv = [
      '"調査年 コード","調査年","地域","/項目","A1101_総人口【人】","A7101_世帯数【世帯】"',
      '"2022000000","2022年","01100_札幌市","","1,960,668","1,087,058"',
      '"2022000000","2022年","13101_千代田区","","67,049","37,773"',
    ].join('\n');
    const r = resolveEstatItems(readEstatCsv(csv, 'ssds.csv'), catalog);
    expect(r.values.map((v) => [v.areaCode, v.indicatorCode, v.period.label, v.value])).toEqual([
      ['011002', 'population', '2022', 1960668],
      ['011002', 'households', '2022', 1087058],
      ['131016', 'population', '2022', 67049],
      ['131016', 'households', '2022', 37773],
    ]);
  });

  it('a table without an area dimension is national (000000); e-Stat fiscal-year codes become FY periods', () => {
    const csv = ['"時間軸（年度次） コード","時間軸（年度次）","/項目","総人口【人】"', '"2020100000","2020年度","","126,146,099"'].join('\n');
    const r = resolveEstatItems(readEstatCsv(csv, 'nation.csv'), catalog);
    expect(r.values.map((v) => [v.areaCode, v.indicatorCode, v.period.label, v.value])).toEqual([['000000', 'population', 'FY2020', 126146099]]);
  });

  it.each<[string, string, Record<string, unknown>, { line?: number; column?: string; code: string; reason: string }]>([
    [
      'juki-2022-by-sex-sjis.csv',
      'without a mapping, 総数/男/女 match no indicator',
      {},
      { line: 7, column: '総数', code: 'unknown_indicator', reason: '項目「総数」に対応する指標がありません' },
    ],
    [
      'juki-2022-by-sex-sjis.csv',
      'one --indicator for three items',
      { indicator: { code: 'population' } },
      { line: 7, column: '男', code: 'multiple_items', reason: '項目が3つあります（「総数」「男」「女」）' },
    ],
    [
      'juki-2022-by-sex-sjis.csv',
      'a mapping naming an item the table lacks',
      { items: { ...SEX_MAP, 不詳: 'population' } },
      { column: '--map', code: 'unknown_item', reason: '対応づけの項目「不詳」はこの表にありません' },
    ],
    [
      'bad/unit-mismatch.csv',
      '【千人】 into an indicator in 人',
      { items: { 総数: 'population' } },
      { line: 3, column: '総数', code: 'unit_mismatch', reason: '単位「千人」が指標「population」の単位「人」と違います' },
    ],
    [
      'api-long-markers.csv',
      'a new indicator without a category',
      { indicator: { code: 'establishments' } },
      { column: '--category', code: 'invalid_category', reason: '分類「」は使えません' },
    ],
  ])('%s: %s → located InputError', (file, _what, opts, first) => {
    const err = (() => {
      try {
        resolveEstatItems(readEstatCsv(text(file), file.split('/').pop()!), catalog, opts);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    const issue = (err as InputError).issues[0]!;
    expect({ line: issue.line, column: issue.column, code: issue.code }).toEqual({ line: first.line, column: first.column, code: first.code });
    expect(issue.reason).toContain(first.reason);
  });
});

/** Everything an import may touch, in full, ordered. */
async function snapshot(db: Database) {
  const q = async (table: string, order: string) => (await db.execute(sql.raw(`select * from ${table} order by ${order}`))) as unknown as { rows: unknown[] };
  return {
    indicators: (await q('indicators', 'code')).rows,
    values: (await q('indicator_values', 'area_code, indicator_code, period')).rows,
    areas: (await q('areas', 'code')).rows,
    audit: (await q('audit_log', 'owner_code, id')).rows,
    observations: (await q('kpi_observations', 'owner_code, strategy_id, kpi_id, period')).rows,
  };
}

describeEachDatabase('e-Stat import into the indicator store', (database) => {
  const db = () => database().handle.db;
  const series = async (indicator: string, area: string) =>
    (
      await db()
        .select({ period: indicatorValues.period, value: indicatorValues.value, flag: indicatorValues.flag, end: indicatorValues.periodEnd })
        .from(indicatorValues)
        .where(and(eq(indicatorValues.indicatorCode, indicator), eq(indicatorValues.areaCode, area)))
        .orderBy(asc(indicatorValues.periodEnd))
    ).map((r) => [r.period, r.value, r.flag]);

  beforeAll(async () => {
    await upsertIndicators(db(), [...REFERENCE_INDICATORS]);
  });

  it('Shift_JIS cross-table by sex → population, male, female of 7 areas incl. the nation and a ward', async () => {
    const r = await importStatistics(db(), { bytes: bytes('juki-2022-by-sex-sjis.csv'), file: 'juki-2022-by-sex-sjis.csv', actor: 'test', items: SEX_MAP });
    expect(r).toMatchObject({
      format: 'estat',
      values: 21,
      non_figures: 0,
      indicators: ['female', 'male', 'population'],
      defined: [],
      areas: 7,
      periods: { first: '2022', last: '2022' },
      skipped_items: [],
    });
    expect(await series('population', '000000')).toEqual([['2022', 125927902, null]]);
    expect(await series('male', '011011')).toEqual([['2022', 109387, null]]);
    expect(await series('female', '473821')).toEqual([['2022', 784, null]]);
  });

  it('UTF-8 with BOM, wide by year → census_population 1920–2020 with Okinawa 1945 stored as 「…」', async () => {
    const r = await importStatistics(db(), { bytes: bytes('census-time-wide-utf8bom.csv'), file: 'census.csv', actor: 'test', indicator: { code: 'census_population' } });
    expect(r).toMatchObject({ values: 63, non_figures: 1, areas: 3, periods: { first: '1920', last: '2020' } });
    const okinawa = await series('census_population', '470007');
    expect(okinawa).toHaveLength(21);
    expect(okinawa[5]).toEqual(['1945', null, 'not_available']);
    expect(okinawa[20]).toEqual(['2020', 1467480, null]);
    expect((await series('census_population', '010006')).map((p) => p[1])).toEqual(CENSUS['010006']![2]);
  });

  it('API long CSV with markers → a new indicator (事業所数, 経済) and null values with their flags', async () => {
    const r = await importStatistics(db(), {
      bytes: bytes('api-long-markers.csv'),
      file: 'api-long-markers.csv',
      actor: 'test',
      indicator: { code: 'establishments', category: 'economy' },
    });
    expect(r).toMatchObject({ values: 7, non_figures: 4, defined: ['establishments'], meta: { tableId: '0003000001' } });
    const [def] = await db().select().from(indicators).where(eq(indicators.code, 'establishments'));
    expect(def).toMatchObject({ nameJa: '事業所数', unit: '事業所', category: 'economy' });
    expect(await series('establishments', '473821')).toEqual([['2021', null, 'confidential']]);
    expect(await series('establishments', '133086')).toEqual([['2021', null, 'not_applicable']]);
    expect(await series('establishments', '131016')).toEqual([['2021', 31497, 'preliminary']]);
  });

  it('importing again replaces values (by area, indicator, period) rather than adding rows', async () => {
    const before = (await series('population', '011002')).length;
    await importStatistics(db(), { bytes: bytes('juki-2022-by-sex-sjis.csv'), file: 'juki-2022-by-sex-sjis.csv', actor: 'test', items: SEX_MAP });
    expect((await series('population', '011002')).length).toBe(before);
  });

  describe('bad e-Stat files: a located InputError, and the database exactly as before', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      before = await snapshot(db());
      expect(before.values.length).toBeGreaterThan(0);
    });

    it.each<[string, Record<string, unknown>, { line?: number; column?: string; code: string; reason: string }]>([
      [
        'bad/unknown-area-sjis.csv',
        { items: SEX_MAP },
        { line: 10, column: '全国，都道府県，市区町村 コード', code: 'unknown_area', reason: '団体コード「131008」（特別区部）の地域は登録されていません' },
      ],
      ['bad/not-a-number.csv', { items: SEX_MAP }, { line: 10, column: '女', code: 'not_a_number', reason: '"33,56a"' }],
      [
        'bad/duplicate-rows.csv',
        { items: SEX_MAP },
        { line: 10, column: '時間軸（年次） コード', code: 'duplicate_value', reason: '団体コード「011002」・指標「population」・期間「2022」の値が 8行目と重複しています' },
      ],
      ['bad/truncated-sjis.csv', { items: SEX_MAP }, { line: 10, code: 'invalid_csv', reason: '引用符（"）が閉じられていません' }],
      ['bad/truncated-row.csv', { items: SEX_MAP }, { line: 10, code: 'column_count', reason: '列の数（7）が見出し行（10）と一致しません' }],
      ['bad/euc-jp.csv', { items: SEX_MAP }, { code: 'bad_encoding', reason: 'EUC-JP のファイルには対応していません' }],
      ['juki-2022-by-sex-sjis.csv', { items: SEX_MAP, encoding: 'utf8' }, { line: 1, code: 'bad_encoding', reason: 'UTF-8 として読めないバイト' }],
      ['bad/unit-mismatch.csv', { items: { 総数: 'population' } }, { line: 3, column: '総数', code: 'unit_mismatch', reason: '単位「千人」' }],
      ['bad/bad-period.csv', { items: SEX_MAP }, { line: 2, column: '時間軸（年次） コード', code: 'invalid_period', reason: '時間軸「2022年度末頃」を期間として解釈できません' }],
      ['bad/no-header.csv', {}, { line: 1, code: 'no_header', reason: 'e-Stat のエラー: 正しく処理されましたが、該当データはありませんでした。' }],
    ])('%s', async (file, opts, first) => {
      const name = file.split('/').pop()!;
      const err = await rejection(importStatistics(db(), { bytes: bytes(file), file: name, actor: 'test:bad', format: 'estat', ...opts }));
      expect(err).toBeInstanceOf(InputError);
      const issue = (err as InputError).issues[0]!;
      expect({ file: issue.file, line: issue.line, column: issue.column, code: issue.code }).toEqual({ file: name, line: first.line, column: first.column, code: first.code });
      expect(issue.reason).toContain(first.reason);
      expect((err as InputError).message).toContain(name);
      expect(await snapshot(db())).toEqual(before);
    });
  });
});
