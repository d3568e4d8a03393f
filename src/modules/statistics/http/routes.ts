/**
 * REST routes of the statistics module (/api/v1/indicators…, /series, /scatter, /areas/{code}/profile
 * and /similar, /boundaries, and the RESAS-API-v1-compatible /prefectures, /cities, /population/…).
 * Thin: parse, call the reader (queries.ts) or a pure function, reply.
 */
import { createRouter } from '../../../infra/http/router.ts';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { Database } from '../../../db/client.ts';
import { errorResponses } from '../../../infra/http/errors.ts';
import { XLSX, download } from '../../../infra/http/download.ts';
import { idParam } from '../../../infra/http/params.ts';
import { InputError, NotFoundError } from '../../../shared/errors.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { statisticsCsv } from './csv-export.ts';
import { BOUNDARY_ATTRIBUTION, BOUNDARY_LEVELS, BoundaryCache, type BoundaryLevel } from '../reference/boundaries.ts';
import { attributionFor, correlation, seriesKey, StatisticsReader, type AreaInfo, type Catalog, type IndicatorInfo, type Level, type MapRow } from '../read/statistics-reader.ts';
import {
  areaCodeOf, compositionResult, parseAddArea, parseCityCode, parsePrefCode, RESAS_BAD_REQUEST, RESAS_NOT_FOUND, resasCities, resasNoSuchPath, resasPrefectures,
  resasRows, sumPerYearResult, type ResasArea, type ResasSeriesKind,
} from '../resas/resas.ts';
import { isSimilarType, rankSimilar, SimilarError, similarMethodDescription, type SimilarCandidate, type SimilarType } from '../read/similar.ts';
import { CATEGORIES, VALUE_FLAGS, type ValueFlag } from '../schema.ts';


// ---------------------------------------------------------------- schemas (documentation)

const LevelEnum = z.enum(['nation', 'prefecture', 'municipality', 'ward']);
const MapLevelEnum = z.enum(['prefecture', 'municipality', 'ward']).openapi({ description: 'prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区' });
const Attribution = z.array(z.string()).openapi({ description: '出典（表示するときに添える）', example: ['出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成'] });
const FlagSchema = z.enum(Object.keys(VALUE_FLAGS) as [ValueFlag, ...ValueFlag[]]).nullable().openapi({ description: Object.entries(VALUE_FLAGS).map(([k, v]) => `${k} ${v}`).join(' / ') });

const IndicatorSummarySchema = z
  .object({
    code: z.string().openapi({ example: 'ageing_rate' }),
    name: z.string().openapi({ example: '高齢化率' }),
    name_en: z.string().nullable(),
    unit: z.string().openapi({ example: '%' }),
    category: z.string(),
    category_label: z.string(),
    source: z.string(),
    licence: z.string(),
    frequency: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .openapi('IndicatorSummary');

const IndicatorSchema = IndicatorSummarySchema.extend({
  levels: z.array(LevelEnum).openapi({ description: 'levels with values at the latest period' }),
  periods: z.array(z.string()).openapi({ description: 'canonical period labels, ascending', example: ['2021', '2022'] }),
  latest_period: z.string().nullable(),
}).openapi('Indicator');

const StatsSchema = z.object({ min: z.number().nullable(), max: z.number().nullable(), mean: z.number().nullable(), median: z.number().nullable(), count: z.number().int() }).openapi('ValueStats');

const MapValueSchema = z.object({ code: z.string(), name: z.string(), pref_code: z.string().nullable(), pref_name: z.string().nullable(), value: z.number().nullable(), flag: FlagSchema });

const MapSchema = z
  .object({ indicator: IndicatorSchema, level: MapLevelEnum, period: z.string(), pref_code: z.string().nullable(), values: z.array(MapValueSchema), stats: StatsSchema, attribution: Attribution })
  .openapi('IndicatorMap');

const RankingSchema = z
  .object({
    indicator: IndicatorSchema,
    level: MapLevelEnum,
    period: z.string(),
    pref_code: z.string().nullable(),
    order: z.enum(['desc', 'asc']),
    rows: z.array(z.object({ rank: z.number().int().nullable(), code: z.string(), name: z.string(), pref_name: z.string().nullable(), value: z.number().nullable(), flag: FlagSchema })),
    attribution: Attribution,
  })
  .openapi('IndicatorRanking');

const SeriesSchema = z
  .object({
    series: z.array(
      z.object({
        indicator: z.string(),
        indicator_name: z.string(),
        unit: z.string(),
        area: z.string(),
        area_name: z.string(),
        points: z.array(z.object({ period: z.string(), value: z.number().nullable(), flag: FlagSchema })),
      }),
    ),
    attribution: Attribution,
  })
  .openapi('IndicatorSeries');

const ScatterAxis = z.object({ indicator: z.string(), name: z.string(), unit: z.string(), period: z.string() });
const ScatterSchema = z
  .object({
    x: ScatterAxis,
    y: ScatterAxis,
    level: MapLevelEnum,
    pref_code: z.string().nullable(),
    points: z.array(z.object({ code: z.string(), name: z.string(), pref_name: z.string().nullable(), x: z.number(), y: z.number() })),
    correlation: z.number().nullable().openapi({ description: 'Pearson r; null with fewer than 3 points' }),
    attribution: Attribution,
  })
  .openapi('IndicatorScatter');

const AreaRefSchema = z.object({ code: z.string(), name: z.string(), level: LevelEnum, type: z.string(), pref_code: z.string().nullable(), pref_name: z.string().nullable(), parent_code: z.string().nullable() });

const ProfileSchema = z
  .object({
    area: AreaRefSchema,
    population: z.object({
      series: z.array(z.object({ period: z.string(), total: z.number().nullable(), age_0_14: z.number().nullable(), age_15_64: z.number().nullable(), age_65_plus: z.number().nullable() })),
      latest: z.object({ period: z.string(), total: z.number().nullable(), households: z.number().nullable(), male: z.number().nullable(), female: z.number().nullable(), ageing_rate: z.number().nullable() }).nullable(),
    }),
    pyramid: z.object({ period: z.string(), source: z.string(), groups: z.array(z.object({ age_group: z.string(), male: z.number().nullable(), female: z.number().nullable() })) }).nullable(),
    indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), period: z.string(), value: z.number().nullable(), prefecture: z.number().nullable(), nation: z.number().nullable() })),
    attribution: Attribution,
  })
  .openapi('AreaProfile');

const SimilarSchema = z
  .object({
    method: z.object({ code: z.literal('population_structure'), label: z.string(), description: z.string() }),
    area: z.object({ code: z.string(), name: z.string(), type: z.string(), pref_name: z.string().nullable(), population: z.number(), ageing_rate: z.number(), population_change_5y: z.number() }).passthrough(),
    group: z.object({ label: z.string(), type: z.string(), band: z.object({ code: z.string(), label: z.string(), min: z.number(), max: z.number().nullable() }), size: z.number().int(), period: z.string(), past_period: z.string() }),
    comparators: z.array(
      z
        .object({ code: z.string(), name: z.string(), pref_name: z.string().nullable(), type: z.string(), population: z.number(), ageing_rate: z.number(), population_change_5y: z.number(), score: z.number(), distance: z.number(), same_band: z.boolean() })
        .passthrough(),
    ),
    attribution: Attribution,
  })
  .openapi('SimilarMunicipalities');

// ---------------------------------------------------------------- helpers

const bad = (column: string, reason: string, code = 'invalid_parameter') => InputError.single({ column, code, reason });

function indicatorSummary(i: IndicatorInfo) {
  return { code: i.code, name: i.name, name_en: i.name_en, unit: i.unit, category: i.category, category_label: i.category_label, source: i.source, licence: i.licence, frequency: i.frequency, notes: i.notes };
}

function indicatorJson(i: IndicatorInfo) {
  return { ...indicatorSummary(i), levels: i.levels, periods: i.periods, latest_period: i.latest_period };
}

function findIndicator(catalog: Catalog, code: string, column = 'code'): IndicatorInfo {
  const i = catalog.byCode.get(code);
  if (!i) {
    if (column === 'code') throw new NotFoundError(`指標「${code}」はありません`);
    throw bad(column, `指標「${code}」はありません`, 'unknown_indicator');
  }
  return i;
}

const LEVEL_LABELS: Record<Level, string> = { nation: '全国', prefecture: '都道府県', municipality: '市区町村', ward: '政令指定都市の区' };

/** The requested period (default: latest), checked against the indicator and level. */
function resolvePeriod(i: IndicatorInfo, level: Level, raw: string | undefined, column = 'period'): string {
  if (!i.levels.includes(level)) throw bad('level', `指標「${i.name}」には${LEVEL_LABELS[level]}別の値がありません（${i.levels.map((l) => LEVEL_LABELS[l]).join('・') || 'なし'}）`, 'level_not_available');
  if (raw === undefined || raw === '') {
    if (!i.latest_period) throw new NotFoundError(`指標「${i.name}」にはまだ値がありません`);
    return i.latest_period;
  }
  const p = raw.trim();
  if (!i.periodEnds.has(p)) {
    const range = i.periods.length > 0 ? `${i.periods[0]}〜${i.periods[i.periods.length - 1]}` : 'なし';
    throw bad(column, `指標「${i.name}」に期間「${p}」の値はありません（あるのは ${range}）`, 'unknown_period');
  }
  return p;
}

function checkPrefCode(index: { prefectures: Map<string, AreaInfo> }, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!index.prefectures.has(raw)) throw bad('pref_code', `都道府県コード「${raw}」はありません（01〜47）`, 'unknown_prefecture');
  return raw;
}

function areaCode(raw: string, column: string): string {
  try {
    return normalizeLocalGovCode(raw);
  } catch (e) {
    if (e instanceof LocalGovCodeError) throw bad(column, e.message, 'invalid_code');
    throw e;
  }
}

function splitList(raw: string, column: string, max: number): string[] {
  const items = [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  if (items.length === 0) throw bad(column, '1つ以上指定してください');
  if (items.length > max) throw bad(column, `${max}個までです（${items.length}個指定されました）`, 'too_many');
  return items;
}


/** UTF-8 with BOM, CRLF; the 出典 as the last line; cells safe for spreadsheets (csv-export.ts). */
function csvWithAttribution(header: string[], rows: unknown[][], attribution: string[]): Uint8Array {
  return statisticsCsv(header, rows, attribution, 'utf8-bom');
}

async function xlsxWithAttribution(sheet: string, header: string[], rows: unknown[][], attribution: string[], widths: number[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sousei';
  wb.created = new Date();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  for (const a of attribution) ws.addRow([a]);
  ws.columns = widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const flagLabel = (f: ValueFlag | null) => (f ? VALUE_FLAGS[f] : '');
const unitSuffix = (unit: string) => (unit ? `（${unit}）` : '');
const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');

/** Competition ranking (1, 2, 2, 4); areas without a value last, rank null. */
export function rankRows(rows: MapRow[], order: 'asc' | 'desc') {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => (order === 'desc' ? b.value! - a.value! : a.value! - b.value!) || (a.code < b.code ? -1 : 1));
  const out: Array<{ rank: number | null; code: string; name: string; pref_name: string | null; value: number | null; flag: ValueFlag | null }> = [];
  withValue.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === r.value ? prev.rank : i + 1;
    out.push({ rank, code: r.code, name: r.name, pref_name: r.pref_name, value: r.value, flag: r.flag });
  });
  for (const r of rows) if (r.value === null) out.push({ rank: null, code: r.code, name: r.name, pref_name: r.pref_name, value: null, flag: r.flag });
  return out;
}

/** 5-year age × sex indicators: age5_0_4_male … age5_100_plus_female (住民基本台帳), census_age5_… (国勢調査). */
const PYRAMID_CODE = /^(census_)?age5_(\d+)_(\d+|plus)_(male|female)$/;

// ---------------------------------------------------------------- routes

export interface StatisticsRoutesOptions {
  /** where the boundary TopoJSON files are; default BOUNDARIES_DIR (reference-data/statistics/boundaries/) */
  boundariesDir?: string;
}

export function statisticsRoutes(db: Database, opts: StatisticsRoutesOptions = {}) {
  const app = createRouter();
  const reader = new StatisticsReader(db);
  const boundaries = new BoundaryCache(opts.boundariesDir);
  const mapBodies = new WeakMap<object, { json: string; gzip: Uint8Array | null }>();
  const codeParam = z.object({ code: idParam('code', 'ageing_rate') });
  const areaParam = z.object({ code: idParam('code', '011002', '団体コード（6桁、または検査数字を除いた5桁）') });
  const prefQuery = z.string().regex(/^\d{2}$/).optional().openapi({ description: '都道府県コード（2桁）で絞り込む', example: '01' });

  // ---- catalog
  app.openapi(
    createRoute({
      method: 'get', path: '/indicators', tags: ['statistics'], summary: '統計指標の一覧 / indicator catalog',
      responses: { 200: { content: { 'application/json': { schema: z.object({ indicators: z.array(IndicatorSchema), categories: z.array(z.object({ code: z.string(), label: z.string() })), attribution: Attribution }) } }, description: 'OK' } },
    }),
    async (c) => {
      const catalog = await reader.catalog();
      return c.json({
        indicators: catalog.indicators.map(indicatorJson),
        categories: Object.entries(CATEGORIES).map(([code, label]) => ({ code, label })),
        attribution: attributionFor(catalog.indicators),
      }, 200);
    },
  );

  // ---- map
  app.openapi(
    createRoute({
      method: 'get', path: '/indicators/{code}/map', tags: ['statistics'], summary: '地図用の値（全団体） / values of every area for a choropleth map',
      description: 'Every current area of the level, with value null where there is none. Class breaks are left to the client; `stats` gives min, max, mean, median and count of the values.',
      request: { params: codeParam, query: z.object({ level: MapLevelEnum.optional().default('prefecture'), period: z.string().optional().openapi({ description: '期間ラベル（既定: 最新）', example: '2022' }), pref_code: prefQuery }) },
      responses: { 200: { content: { 'application/json': { schema: MapSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const ind = findIndicator(catalog, c.req.valid('param').code);
      const period = resolvePeriod(ind, q.level, q.period);
      const prefCode = checkPrefCode(index, q.pref_code);
      const m = await reader.mapData(ind, period, q.level, prefCode, snap);
      // The body is serialised once per cached map (≈185 KB for all municipalities), and
      // gzipped once (≈25 KB) for clients that accept it.
      let body = mapBodies.get(m);
      if (body === undefined) {
        body = { json: JSON.stringify({ indicator: indicatorJson(ind), level: q.level, period, pref_code: prefCode, values: m.rows, stats: m.stats, attribution: attributionFor([ind], [BOUNDARY_ATTRIBUTION]) }), gzip: null };
        mapBodies.set(m, body);
      }
      const headers = { 'content-type': 'application/json', vary: 'Accept-Encoding' };
      if (body.json.length > 4096 && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        body.gzip ??= gzipSync(body.json, { level: 6 });
        return c.body(body.gzip as never, 200, { ...headers, 'content-encoding': 'gzip' }) as never;
      }
      return c.body(body.json, 200, headers) as never;
    },
  );

  // ---- ranking
  app.openapi(
    createRoute({
      method: 'get', path: '/indicators/{code}/ranking', tags: ['statistics'], summary: '順位表 / ranking of areas',
      description: 'Competition ranking (ties share a rank); areas without a value last with rank null. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.',
      request: {
        params: codeParam,
        query: z.object({ level: MapLevelEnum.optional().default('prefecture'), period: z.string().optional(), pref_code: prefQuery, order: z.enum(['desc', 'asc']).optional().default('desc'), format: z.enum(['json', 'csv', 'xlsx']).optional().default('json') }),
      },
      responses: { 200: { content: { 'application/json': { schema: RankingSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const ind = findIndicator(catalog, c.req.valid('param').code);
      const period = resolvePeriod(ind, q.level, q.period);
      const prefCode = checkPrefCode(index, q.pref_code);
      const m = await reader.mapData(ind, period, q.level, prefCode, snap);
      const rows = rankRows(m.rows, q.order);
      const attribution = attributionFor([ind]);
      if (q.format !== 'json') {
        const header = ['順位', '団体コード', '団体名', '都道府県', `${ind.name}${unitSuffix(ind.unit)}`, '注記'];
        const table = rows.map((r) => [r.rank ?? '', r.code, r.name, r.pref_name ?? '', r.value ?? '', flagLabel(r.flag)]);
        const base = safeName(`${ind.name}_${LEVEL_LABELS[q.level]}_${period}${prefCode ? `_${index.prefectures.get(prefCode)?.name ?? prefCode}` : ''}_順位`);
        if (q.format === 'csv') return download(csvWithAttribution(header, table, attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
        return download(await xlsxWithAttribution('順位', header, table, attribution, [8, 10, 20, 12, 18, 16]), XLSX, `${base}.xlsx`) as never;
      }
      return c.json({ indicator: indicatorJson(ind), level: q.level, period, pref_code: prefCode, order: q.order, rows, attribution } as never, 200);
    },
  );

  // ---- series
  app.openapi(
    createRoute({
      method: 'get', path: '/series', tags: ['statistics'], summary: '時系列 / time series of indicators × areas',
      description: 'Up to 4 indicators and 10 areas (団体コード, 5 or 6 digits; 000000 = 全国). format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.',
      request: {
        query: z.object({
          indicators: z.string().openapi({ example: 'population,ageing_rate' }),
          areas: z.string().openapi({ example: '011002,131016,000000' }),
          format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
        }),
      },
      responses: { 200: { content: { 'application/json': { schema: SeriesSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const inds = splitList(q.indicators, 'indicators', 4).map((code) => findIndicator(catalog, code, 'indicators'));
      const areaList = splitList(q.areas, 'areas', 10).map((raw) => {
        const code = areaCode(raw, 'areas');
        const a = index.byCode.get(code);
        if (!a) throw bad('areas', `団体コード「${code}」の地域はありません`, 'unknown_area');
        return a;
      });
      const data = await reader.series(inds.map((i) => i.code), [...new Set(areaList.map((a) => a.code))]);
      const series = inds.flatMap((i) =>
        areaList.map((a) => ({
          indicator: i.code, indicator_name: i.name, unit: i.unit, area: a.code, area_name: a.name,
          points: (data.get(seriesKey(i.code, a.code)) ?? []).map((p) => ({ period: p.period, value: p.value, flag: p.flag })),
        })),
      );
      const attribution = attributionFor(inds);
      if (q.format !== 'json') {
        const header = ['指標コード', '指標名', '単位', '団体コード', '団体名', '期間', '値', '注記'];
        const table = series.flatMap((s) => s.points.map((p) => [s.indicator, s.indicator_name, s.unit, s.area, s.area_name, p.period, p.value ?? '', flagLabel(p.flag)]));
        const base = safeName(`時系列_${inds.map((i) => i.name).join('_')}`);
        if (q.format === 'csv') return download(csvWithAttribution(header, table, attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
        return download(await xlsxWithAttribution('時系列', header, table, attribution, [22, 24, 8, 10, 20, 10, 14, 14]), XLSX, `${base}.xlsx`) as never;
      }
      return c.json({ series, attribution } as never, 200);
    },
  );

  // ---- scatter
  app.openapi(
    createRoute({
      method: 'get', path: '/scatter', tags: ['statistics'], summary: '散布図 / two indicators across areas',
      description: 'Points are the areas with both values. correlation: Pearson r. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.',
      request: {
        query: z.object({
          x: z.string().openapi({ example: 'ageing_rate' }),
          y: z.string().openapi({ example: 'fiscal_capability_index' }),
          level: MapLevelEnum.optional().default('prefecture'),
          period_x: z.string().optional(),
          period_y: z.string().optional(),
          pref_code: prefQuery,
          format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
        }),
      },
      responses: { 200: { content: { 'application/json': { schema: ScatterSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const xi = findIndicator(catalog, q.x, 'x');
      const yi = findIndicator(catalog, q.y, 'y');
      const px = resolvePeriod(xi, q.level, q.period_x, 'period_x');
      const py = resolvePeriod(yi, q.level, q.period_y, 'period_y');
      const prefCode = checkPrefCode(index, q.pref_code);
      const [mx, my] = await Promise.all([reader.mapData(xi, px, q.level, prefCode, snap), reader.mapData(yi, py, q.level, prefCode, snap)]);
      const ys = new Map(my.rows.map((r) => [r.code, r.value]));
      const points = mx.rows.flatMap((r) => {
        const y = ys.get(r.code);
        return r.value !== null && y !== null && y !== undefined ? [{ code: r.code, name: r.name, pref_name: r.pref_name, x: r.value, y }] : [];
      });
      const axis = (i: IndicatorInfo, period: string) => ({ indicator: i.code, name: i.name, unit: i.unit, period });
      const attribution = attributionFor([xi, yi]);
      if (q.format !== 'json') {
        const header = ['団体コード', '団体名', '都道府県', `${xi.name}${unitSuffix(xi.unit)} ${px}`, `${yi.name}${unitSuffix(yi.unit)} ${py}`];
        const table = points.map((p) => [p.code, p.name, p.pref_name ?? '', p.x, p.y]);
        const base = safeName(`散布図_${xi.name}_${yi.name}_${LEVEL_LABELS[q.level]}`);
        if (q.format === 'csv') return download(csvWithAttribution(header, table, attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
        return download(await xlsxWithAttribution('散布図', header, table, attribution, [10, 20, 12, 24, 24]), XLSX, `${base}.xlsx`) as never;
      }
      return c.json({
        x: axis(xi, px), y: axis(yi, py), level: q.level, pref_code: prefCode, points,
        correlation: correlation(points.map((p) => p.x), points.map((p) => p.y)),
        attribution,
      }, 200);
    },
  );

  // ---- area profile
  app.openapi(
    createRoute({
      method: 'get', path: '/areas/{code}/profile', tags: ['statistics'], summary: '地域カルテ / an area\'s population and key indicators',
      description: 'population.series from the resident register (住民基本台帳); indicators: the latest value of every indicator the area has (except the 5-year age groups), with its prefecture\'s and the nation\'s value for the same period. pyramid: 5-year age groups by sex from the indicators age5_<from>_<to>_<sex> (住民基本台帳), or census_age5_… (国勢調査) where the area has no register groups; null when neither.',
      request: { params: areaParam },
      responses: { 200: { content: { 'application/json': { schema: ProfileSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const code = areaCode(c.req.valid('param').code, 'code');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const area = index.byCode.get(code);
      if (!area) throw new NotFoundError(`団体コード「${code}」の地域はありません`);
      const codes = catalog.indicators.map((i) => i.code);
      const data = await reader.series(codes, [code]);
      const get = (ind: string) => data.get(seriesKey(ind, code)) ?? [];
      const at = (ind: string, period: string) => get(ind).find((p) => p.period === period)?.value ?? null;

      const series = get('population').filter((p) => p.value !== null).map((p) => ({ period: p.period, total: p.value, age_0_14: at('age_0_14', p.period), age_15_64: at('age_15_64', p.period), age_65_plus: at('age_65_plus', p.period) }));
      const last = series[series.length - 1];
      const ageing = (period: string, total: number | null) => {
        const v = at('ageing_rate', period);
        if (v !== null) return v;
        const old = at('age_65_plus', period);
        return old !== null && total ? Math.round((old / total) * 1000) / 10 : null;
      };
      const latest = last ? { period: last.period, total: last.total, households: at('households', last.period), male: at('male', last.period), female: at('female', last.period), ageing_rate: ageing(last.period, last.total) } : null;

      // Pyramid from the 5-year age × sex indicators: the resident register's if the area has
      // them, else the census's (the nation), at the latest period they have.
      const pyramidCodes = catalog.indicators.flatMap((i) => {
        const m = PYRAMID_CODE.exec(i.code);
        return m ? [{ code: i.code, census: Boolean(m[1]), sex: m[4] as 'male' | 'female', from: Number(m[2]), label: m[3] === 'plus' ? `${m[2]}歳以上` : `${m[2]}〜${m[3]}歳` }] : [];
      });
      let pyramid: { period: string; source: string; groups: Array<{ age_group: string; male: number | null; female: number | null }> } | null = null;
      for (const census of [false, true]) {
        const codesOf = pyramidCodes.filter((p) => p.census === census);
        let latestPoint: { period: string; end: string } | null = null;
        for (const pc of codesOf) for (const p of get(pc.code)) if (p.value !== null && (!latestPoint || p.period_end > latestPoint.end)) latestPoint = { period: p.period, end: p.period_end };
        if (!latestPoint) continue;
        const groups = new Map<string, { from: number; male: number | null; female: number | null }>();
        for (const pc of codesOf) {
          const g = groups.get(pc.label) ?? { from: pc.from, male: null, female: null };
          g[pc.sex] = at(pc.code, latestPoint.period);
          groups.set(pc.label, g);
        }
        const sourceOf = catalog.byCode.get(codesOf[0]!.code)?.source ?? '';
        pyramid = { period: latestPoint.period, source: sourceOf, groups: [...groups].sort((a, b) => a[1].from - b[1].from).map(([age_group, g]) => ({ age_group, male: g.male, female: g.female })) };
        break;
      }

      // Latest value of every indicator, with the prefecture's and the nation's for the same period.
      const latestOf = catalog.indicators.flatMap((i) => {
        if (PYRAMID_CODE.test(i.code)) return [];
        const p = get(i.code).filter((x) => x.value !== null).pop();
        return p ? [{ i, period: p.period, value: p.value }] : [];
      });
      const prefArea = area.level === 'municipality' || area.level === 'ward' ? (area.prefCode ? index.prefectures.get(area.prefCode) : undefined) : undefined;
      const compareTo = [...(prefArea ? [prefArea.code] : []), ...(area.code !== NATIONAL_CODE ? [NATIONAL_CODE] : [])];
      const others = await reader.valuesAt(compareTo, latestOf.map((l) => [l.i.code, l.period]));
      const indicatorsOut = latestOf.map((l) => ({
        code: l.i.code, name: l.i.name, unit: l.i.unit, period: l.period, value: l.value,
        prefecture: prefArea ? (others.get(`${prefArea.code}|${l.i.code}|${l.period}`) ?? null) : null,
        nation: area.code !== NATIONAL_CODE ? (others.get(`${NATIONAL_CODE}|${l.i.code}|${l.period}`) ?? null) : null,
      }));
      return c.json({
        area: { code: area.code, name: area.name, level: area.level, type: area.type, pref_code: area.prefCode, pref_name: area.prefName, parent_code: area.parentCode },
        population: { series, latest },
        pyramid,
        indicators: indicatorsOut,
        attribution: attributionFor([...latestOf.map((l) => l.i), ...(pyramid ? [{ source: pyramid.source }] : [])]),
      } as never, 200);
    },
  );

  // ---- similar municipalities
  app.openapi(
    createRoute({
      method: 'get', path: '/areas/{code}/similar', tags: ['statistics'], summary: '類似団体 / similar municipalities',
      description: 'method=population_structure: same 団体種別 and 総務省-style population band, ranked by closeness of 高齢化率 and 5-year 人口増減率 (method.description explains it in Japanese). The industry-structure axis of the official 類似団体区分 is not used (no industry data).',
      request: { params: areaParam, query: z.object({ count: z.coerce.number().int().min(1).max(50).optional().default(10), method: z.enum(['population_structure']).optional().default('population_structure') }) },
      responses: { 200: { content: { 'application/json': { schema: SimilarSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const code = areaCode(c.req.valid('param').code, 'code');
      const { count } = c.req.valid('query');
      const snap = await reader.current();
      const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
      const area = index.byCode.get(code);
      if (!area) throw new NotFoundError(`団体コード「${code}」の地域はありません`);
      if (area.level !== 'municipality' || !isSimilarType(area.type)) throw bad('code', `類似団体は市区町村（政令指定都市・中核市・特別区・市・町・村）について求めます（「${area.name}」は${area.level === 'ward' ? '政令指定都市の区' : area.type}）`, 'not_a_municipality');
      const pop = catalog.byCode.get('population');
      const period = pop?.levels.includes('municipality') ? pop.latest_period : null;
      const past = period && /^\d{4}$/.test(period) ? String(Number(period) - 5) : null;
      if (!pop || !period || !past || !pop.periodEnds.has(past)) throw new NotFoundError('類似団体の計算に必要な人口データ（最新年と5年前）がありません');
      const load = async (ind: string, p: string | null) => {
        const i = catalog.byCode.get(ind);
        if (!i || !p || !i.periodEnds.has(p) || !i.levels.includes('municipality')) return new Map<string, number | null>();
        const m = await reader.mapData(i, p, 'municipality', null, snap);
        return new Map(m.rows.map((r) => [r.code, r.value]));
      };
      const fci = catalog.byCode.get('fiscal_capability_index');
      const [popNow, popPast, ageing, old, fiscal] = await Promise.all([load('population', period), load('population', past), load('ageing_rate', period), load('age_65_plus', period), load('fiscal_capability_index', fci?.latest_period ?? null)]);
      const type: SimilarType = area.type;
      const candidates: SimilarCandidate[] = index.current.municipality.filter((a) => a.type === type).map((a) => {
        const population = popNow.get(a.code) ?? null;
        const o = old.get(a.code) ?? null;
        const rate = ageing.get(a.code) ?? (o !== null && population ? Math.round((o / population) * 1000) / 10 : null);
        return {
          code: a.code, name: a.name, prefName: a.prefName, type, population, populationPast: popPast.get(a.code) ?? null, ageingRate: rate,
          extra: fci ? { fiscal_capability_index: fiscal.get(a.code) ?? null } : ({} as Record<string, number | null>),
        };
      });
      const target = candidates.find((x) => x.code === area.code)!;
      let result;
      try {
        result = rankSimilar(target, candidates, count);
      } catch (e) {
        if (e instanceof SimilarError) throw new NotFoundError(e.message);
        throw e;
      }
      const typeLabel = area.type;
      const groupLabel = result.band.code === 'all' ? `${typeLabel}（全団体・人口区分なし）` : `${typeLabel}・${result.band.label}`;
      const used = ['population', 'ageing_rate', ...(fci ? ['fiscal_capability_index'] : [])].flatMap((c) => catalog.byCode.get(c) ?? []);
      return c.json({
        method: { code: 'population_structure', label: '団体種別・人口規模・年齢構造による類似団体', description: similarMethodDescription(period, past) },
        area: { code: area.code, name: area.name, type: area.type, pref_name: area.prefName, population: result.target.population, ageing_rate: result.target.ageing_rate, population_change_5y: result.target.population_change_5y, ...target.extra },
        group: { label: `${groupLabel}（住民基本台帳 ${period}年）`, type: area.type, band: result.band, size: result.groupSize, period, past_period: past },
        comparators: result.comparators,
        attribution: attributionFor(used),
      } as never, 200);
    },
  );

  // ---- boundaries
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/boundaries/{level}.geojson', tags: ['statistics'], summary: '境界（GeoJSON） / boundaries for the maps',
    description: 'GeoJSON FeatureCollection; feature.id and properties.code = 6-digit 団体コード, properties.name, properties.pref_code; `attribution` (foreign member) gives the 出典. Municipalities: 1,741 + 6 Northern-Territories villages, designated cities as one area. Served gzip-compressed when accepted; Cache-Control: public, max-age=86400.',
    request: { params: z.object({ level: z.enum(BOUNDARY_LEVELS).openapi({ param: { name: 'level', in: 'path' } }) }) },
    responses: { 200: { content: { 'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()), attribution: Attribution }) } }, description: 'OK' }, ...errorResponses },
  });
  app.get('/boundaries/:file', (c) => {
    const m = /^(prefecture|municipality)\.geojson$/.exec(c.req.param('file'));
    if (!m) throw new NotFoundError(`境界「${c.req.param('file')}」はありません（prefecture.geojson または municipality.geojson）`);
    const b = boundaries.get(m[1] as BoundaryLevel);
    const headers: Record<string, string> = { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=86400', etag: b.etag, vary: 'Accept-Encoding' };
    if (c.req.header('if-none-match') === b.etag) return c.body(null, 304, headers);
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(b.gzip as never, 200, { ...headers, 'content-encoding': 'gzip' });
    return c.body(b.json, 200, headers);
  });

  // ---- RESAS-API-v1-compatible endpoints
  mountResas(app, reader);
  return app;
}

// ---------------------------------------------------------------- RESAS

const RESAS_CONTENT_TYPE = 'application/json;charset=UTF-8';
const RESAS_SOURCE_HEADER = 'jumin-kihon-daicho (resident register, not census); see /api/openapi.json';
const resasJson = (c: Context, body: unknown, source?: string) =>
  c.body(JSON.stringify(body), 200, { 'content-type': RESAS_CONTENT_TYPE, ...(source ? { 'x-sousei-data-source': source } : {}) });

const RESAS_NOTE =
  'RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します）。値は住民基本台帳（総務省「住民基本台帳に基づく人口、人口動態及び世帯数」、1995〜2022年、2013年までは3月31日現在・2014年からは1月1日現在、2012年までは日本人のみ・2013年からは外国人住民を含む）で、国勢調査ではありません。boundaryYear は住民基本台帳の最終年（推計値は含みません）。都道府県（cityCode=-）に series=census を付けると、RESAS と同じ5年ごとの国勢調査人口（1960〜2020年）と社人研の将来推計人口（2025〜2045年、boundaryYear 2020）を返します（年齢3区分はデータがないため空）。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域がないときは "404" を返します。出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」、総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」を加工して作成。';

const resasQuery = z.object({
  prefCode: z.string().openapi({ example: '1', description: '都道府県コード（1〜47）' }),
  cityCode: z.string().openapi({ example: '-', description: '市区町村コード（5桁）、都道府県全体は「-」' }),
  addArea: z.string().optional().openapi({ description: '合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10' }),
  series: z.enum(['register', 'census']).optional().openapi({ description: 'Sousei 拡張: census = 国勢調査＋将来推計（都道府県のみ）' }),
});

function mountResas(app: OpenAPIHono, reader: StatisticsReader) {
  const corsMw = cors({ origin: '*', allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['X-API-KEY', 'Content-Type'], maxAge: 86400 });
  for (const p of ['/prefectures', '/cities', '/population/*']) app.use(p, corsMw);

  const doc = (path: string, summary: string, query: z.ZodTypeAny | undefined, example: unknown) =>
    app.openAPIRegistry.registerPath({
      method: 'get', path, tags: ['RESAS compatible'], summary, description: RESAS_NOTE,
      ...(query ? { request: { query: query as never } } : {}),
      responses: { 200: { content: { 'application/json': { schema: z.unknown().openapi({ example }) } }, description: 'RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"）' } },
    });

  doc('/prefectures', 'RESAS互換: 都道府県一覧', undefined, { message: null, result: [{ prefCode: 1, prefName: '北海道' }] });
  app.get('/prefectures', async (c) => resasJson(c, { message: null, result: resasPrefectures(await reader.areas()) }));

  doc('/cities', 'RESAS互換: 市区町村一覧', z.object({ prefCode: resasQuery.shape.prefCode }), { message: null, result: [{ prefCode: 1, cityCode: '01100', cityName: '札幌市', bigCityFlag: '2' }] });
  app.get('/cities', async (c) => {
    const prefCode = parsePrefCode(c.req.query('prefCode'));
    if (prefCode === null) return resasJson(c, RESAS_BAD_REQUEST);
    return resasJson(c, { message: null, result: resasCities(await reader.areas(), prefCode) });
  });

  /** Validates prefCode/cityCode/addArea/series and finds the areas; a RESAS error string otherwise. */
  const areasOf = async (c: Context): Promise<{ codes: string[]; kind: ResasSeriesKind } | string> => {
    const prefCode = parsePrefCode(c.req.query('prefCode'));
    if (prefCode === null) return RESAS_BAD_REQUEST;
    const cityCode = parseCityCode(c.req.query('cityCode'), prefCode);
    if (cityCode === null) return RESAS_BAD_REQUEST;
    const add = parseAddArea(c.req.query('addArea'), cityCode === '-');
    if (add === null) return RESAS_BAD_REQUEST;
    const series = c.req.query('series') ?? 'register';
    if (series !== 'register' && series !== 'census') return RESAS_BAD_REQUEST;
    if (series === 'census' && cityCode !== '-') return RESAS_BAD_REQUEST;
    const index = await reader.areas();
    const all: ResasArea[] = [{ prefCode, cityCode }, ...add];
    const codes = all.map(areaCodeOf);
    for (const code of codes) {
      const a = index.byCode.get(code);
      if (!a || !a.current || (a.level !== 'prefecture' && a.level !== 'municipality' && a.level !== 'ward')) return RESAS_NOT_FOUND;
    }
    return { codes: [...new Set(codes)], kind: series };
  };

  doc('/population/composition/perYear', 'RESAS互換: 人口構成（総人口・年少人口・生産年齢人口・老年人口）', resasQuery, {
    message: null,
    result: { boundaryYear: 2022, data: [{ label: '総人口', data: [{ year: 2022, value: 1960668 }] }, { label: '年少人口', data: [{ year: 2022, value: 214424, rate: 10.94 }] }, { label: '生産年齢人口', data: [] }, { label: '老年人口', data: [] }] },
  });
  app.get('/population/composition/perYear', async (c) => {
    const q = await areasOf(c);
    if (typeof q === 'string') return resasJson(c, q);
    const { rows, boundaryYear } = await resasRows(reader, q.codes, q.kind);
    if (rows.length === 0 || boundaryYear === null) return resasJson(c, { message: null, result: null }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
    return resasJson(c, { message: null, result: compositionResult(rows, boundaryYear) }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
  });

  doc('/population/sum/perYear', 'RESAS互換: 人口増減率（5年前比）', resasQuery, {
    message: null,
    result: { line: { boundaryYear: 2022, data: [{ year: 2020, value: 0.56 }] }, bar: { data: [{ year: 2020, sum: 0.56, class: [{ label: '老年人口', value: 14.2 }, { label: '生産年齢人口', value: -3.47 }, { label: '年少人口', value: -4.99 }] }] } },
  });
  app.get('/population/sum/perYear', async (c) => {
    const q = await areasOf(c);
    if (typeof q === 'string') return resasJson(c, q);
    const { rows, boundaryYear } = await resasRows(reader, q.codes, q.kind);
    if (rows.length === 0 || boundaryYear === null) return resasJson(c, { message: null, result: null }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
    return resasJson(c, { message: null, result: sumPerYearResult(rows, boundaryYear) }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
  });

  // Any other RESAS population path: RESAS's "not found" body.
  app.all('/population/*', (c) => resasJson(c, resasNoSuchPath(new URL(c.req.url).pathname)));
}
