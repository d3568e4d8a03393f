/**
 * RESAS-API-v1-compatible routes (/prefectures, /cities, /population/…, /municipality/…): RESAS's
 * shapes, CORS and errors (HTTP 200 with "400" / "404") on every RESAS path, known or not; the
 * shapes themselves are resas.ts, resas-pyramid.ts, resas-estimate.ts, resas-unavailable.ts.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { AreaInfo } from '../read/catalog.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';
import { registerResasDocs } from './resas-docs.ts';
import { estimateResult } from './resas-estimate.ts';
import { FUTURE_YEAR, futureCities } from './resas-future.ts';
import { parsePyramidYear, pyramidSideFor } from './resas-pyramid.ts';
import { RESAS_DATA_SOURCE, resasRows, type ResasSeriesKind } from './resas-rows.ts';
import { RESAS_NO_DATA_PATHS, RESAS_SEGMENTS, taxesResult } from './resas-unavailable.ts';
import {
  areaCodeOf,
  compositionResult,
  parseAddArea,
  parseCityCode,
  parsePrefCode,
  RESAS_BAD_REQUEST,
  RESAS_NOT_FOUND,
  resasCities,
  resasNoSuchPath,
  resasPrefectures,
  sumPerYearResult,
  type ResasArea,
} from './resas.ts';

const RESAS_CONTENT_TYPE = 'application/json;charset=UTF-8';
const resasJson = (c: Context, body: unknown, source?: string) =>
  c.body(JSON.stringify(body), 200, { 'content-type': RESAS_CONTENT_TYPE, ...(source ? { 'x-sousei-data-source': source } : {}) });

interface ResasQuery {
  codes: string[];
  kind: ResasSeriesKind;
  prefCode: number;
  cityCode: string;
  prefecture: AreaInfo;
  city: AreaInfo | null;
}

const isCurrentArea = (a: AreaInfo | undefined): a is AreaInfo => !!a?.current && (a.level === 'prefecture' || a.level === 'municipality' || a.level === 'ward');

/** Validates prefCode/cityCode/addArea/series and finds the areas; a RESAS error string otherwise. */
async function resasQuery(reader: StatisticsReader, c: Context): Promise<ResasQuery | string> {
  const prefCode = parsePrefCode(c.req.query('prefCode'));
  if (prefCode === null) return RESAS_BAD_REQUEST;
  const cityCode = parseCityCode(c.req.query('cityCode'), prefCode);
  if (cityCode === null) return RESAS_BAD_REQUEST;
  const add = parseAddArea(c.req.query('addArea'), cityCode === '-');
  if (add === null) return RESAS_BAD_REQUEST;
  const series = c.req.query('series') ?? 'census';
  if (series !== 'register' && series !== 'census') return RESAS_BAD_REQUEST;
  const index = await reader.areas();
  const all: ResasArea[] = [{ prefCode, cityCode }, ...add];
  const areas = all.map((a) => index.byCode.get(areaCodeOf(a)));
  if (!areas.every(isCurrentArea)) return RESAS_NOT_FOUND;
  const prefecture = index.byCode.get(areaCodeOf({ prefCode, cityCode: '-' }));
  if (!isCurrentArea(prefecture)) return RESAS_NOT_FOUND;
  return { codes: [...new Set(areas.map((a) => a.code))], kind: series, prefCode, cityCode, prefecture, city: cityCode === '-' ? null : areas[0]! };
}

type Shape = typeof compositionResult | typeof sumPerYearResult;

/** composition/perYear and sum/perYear: they differ only in how the rows become RESAS's result. */
function populationHandler(reader: StatisticsReader, resultOf: Shape) {
  return async (c: Context) => {
    const q = await resasQuery(reader, c);
    if (typeof q === 'string') return resasJson(c, q);
    const { rows, boundaryYear } = await resasRows(reader, q.codes, q.kind);
    const result = rows.length === 0 || boundaryYear === null ? null : resultOf(rows, boundaryYear);
    return resasJson(c, { message: null, result }, RESAS_DATA_SOURCE[q.kind]);
  };
}

async function estimateHandler(reader: StatisticsReader, c: Context) {
  const q = await resasQuery(reader, c);
  if (typeof q === 'string') return resasJson(c, q);
  const { rows, boundaryYear } = await resasRows(reader, q.codes, q.kind);
  const result = rows.length === 0 || boundaryYear === null ? null : await estimateResult(reader, q.codes, rows, boundaryYear);
  return resasJson(c, { message: null, result }, `${RESAS_DATA_SOURCE[q.kind]}; flows: jumin-kihon-daicho`);
}

async function pyramidHandler(reader: StatisticsReader, c: Context) {
  const left = parsePyramidYear(c.req.query('yearLeft'));
  const right = parsePyramidYear(c.req.query('yearRight'));
  if (left === null || right === null) return resasJson(c, RESAS_BAD_REQUEST);
  const q = await resasQuery(reader, c);
  if (typeof q === 'string') return resasJson(c, q);
  const yearLeft = await pyramidSideFor(reader, q.codes, left);
  const yearRight = await pyramidSideFor(reader, q.codes, right);
  const result = yearLeft && yearRight ? { yearLeft, yearRight } : null;
  return resasJson(c, { message: null, result }, RESAS_DATA_SOURCE.census);
}

async function taxesHandler(reader: StatisticsReader, c: Context) {
  const q = await resasQuery(reader, c);
  if (typeof q === 'string') return resasJson(c, q);
  return resasJson(c, { message: null, result: taxesResult(q.prefCode, q.prefecture, q.cityCode, q.city) }, 'none (no local tax revenue in the shipped data)');
}

async function futureHandler(reader: StatisticsReader, c: Context) {
  const prefCode = parsePrefCode(c.req.query('prefCode'));
  if (prefCode === null || c.req.query('year')?.trim() !== String(FUTURE_YEAR)) return resasJson(c, RESAS_BAD_REQUEST);
  return resasJson(c, { message: null, result: { cities: await futureCities(reader, prefCode) } }, RESAS_DATA_SOURCE.census);
}

export function mountResasRoutes(app: OpenAPIHono, reader: StatisticsReader) {
  const corsMw = cors({ origin: '*', allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['X-API-KEY', 'Content-Type'], maxAge: 86400 });
  // '/x/*' matches '/x' too: one pattern per RESAS segment (a regex segment confuses the tooling).
  const resasPaths = RESAS_SEGMENTS.map((s) => `/${s}/*`);
  for (const p of resasPaths) app.use(p, corsMw);
  registerResasDocs(app);

  app.get('/prefectures', async (c) => resasJson(c, { message: null, result: resasPrefectures(await reader.areas()) }));
  app.get('/cities', async (c) => {
    const prefCode = parsePrefCode(c.req.query('prefCode'));
    if (prefCode === null) return resasJson(c, RESAS_BAD_REQUEST);
    return resasJson(c, { message: null, result: resasCities(await reader.areas(), prefCode) });
  });
  app.get('/population/composition/perYear', populationHandler(reader, compositionResult));
  app.get('/population/sum/perYear', populationHandler(reader, sumPerYearResult));
  app.get('/population/sum/estimate', (c) => estimateHandler(reader, c));
  app.get('/population/composition/pyramid', (c) => pyramidHandler(reader, c));
  app.get('/population/future/cities', (c) => futureHandler(reader, c));
  app.get('/municipality/taxes/perYear', (c) => taxesHandler(reader, c));
  for (const p of RESAS_NO_DATA_PATHS) app.get(p, (c) => resasJson(c, RESAS_NOT_FOUND, 'none (not in the shipped data)'));
  // Any other RESAS path: RESAS's "not found" body (with CORS, so a browser app can read it).
  for (const p of resasPaths) app.all(p, (c) => resasJson(c, resasNoSuchPath(new URL(c.req.url).pathname)));
}
