/**
 * RESAS-API-v1-compatible routes (/prefectures, /cities, /population/…): RESAS's shapes, CORS and
 * errors (HTTP 200 with "400" / "404"); the shapes themselves are resas.ts.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { StatisticsReader } from '../read/statistics-reader.ts';
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
  resasRows,
  sumPerYearResult,
  type ResasArea,
  type ResasSeriesKind,
} from './resas.ts';

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

/** An OpenAPI entry of a RESAS path: RESAS's shape as an example (the handlers answer raw JSON, not a zod schema). */
interface ResasPathDoc {
  path: string;
  summary: string;
  query?: z.ZodTypeAny;
  example: unknown;
}

// In the order they appear in the OpenAPI document.
const RESAS_PATH_DOCS: ResasPathDoc[] = [
  { path: '/prefectures', summary: 'RESAS互換: 都道府県一覧', example: { message: null, result: [{ prefCode: 1, prefName: '北海道' }] } },
  {
    path: '/cities',
    summary: 'RESAS互換: 市区町村一覧',
    query: z.object({ prefCode: resasQuery.shape.prefCode }),
    example: {
      message: null,
      result: [{ prefCode: 1, cityCode: '01100', cityName: '札幌市', bigCityFlag: '2' }],
    },
  },
  {
    path: '/population/composition/perYear',
    summary: 'RESAS互換: 人口構成（総人口・年少人口・生産年齢人口・老年人口）',
    query: resasQuery,
    example: {
      message: null,
      result: {
        boundaryYear: 2022,
        data: [
          { label: '総人口', data: [{ year: 2022, value: 1960668 }] },
          { label: '年少人口', data: [{ year: 2022, value: 214424, rate: 10.94 }] },
          { label: '生産年齢人口', data: [] },
          { label: '老年人口', data: [] },
        ],
      },
    },
  },
  {
    path: '/population/sum/perYear',
    summary: 'RESAS互換: 人口増減率（5年前比）',
    query: resasQuery,
    example: {
      message: null,
      result: {
        line: { boundaryYear: 2022, data: [{ year: 2020, value: 0.56 }] },
        bar: {
          data: [
            {
              year: 2020,
              sum: 0.56,
              class: [
                { label: '老年人口', value: 14.2 },
                { label: '生産年齢人口', value: -3.47 },
                { label: '年少人口', value: -4.99 },
              ],
            },
          ],
        },
      },
    },
  },
];

function registerResasPathDoc(app: OpenAPIHono, { path, summary, query, example }: ResasPathDoc) {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path,
    tags: ['RESAS compatible'],
    summary,
    description: RESAS_NOTE,
    ...(query ? { request: { query: query as never } } : {}),
    responses: {
      200: { content: { 'application/json': { schema: z.unknown().openapi({ example }) } }, description: 'RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"）' },
    },
  });
}

/** Validates prefCode/cityCode/addArea/series and finds the areas; a RESAS error string otherwise. */
async function populationAreasOf(reader: StatisticsReader, c: Context): Promise<{ codes: string[]; kind: ResasSeriesKind } | string> {
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
    if (!a?.current || (a.level !== 'prefecture' && a.level !== 'municipality' && a.level !== 'ward')) return RESAS_NOT_FOUND;
  }
  return { codes: [...new Set(codes)], kind: series };
}

/** A /population/… handler: the two differ only in how the rows become RESAS's result. */
function populationHandler(reader: StatisticsReader, resultOf: typeof compositionResult | typeof sumPerYearResult) {
  return async (c: Context) => {
    const q = await populationAreasOf(reader, c);
    if (typeof q === 'string') return resasJson(c, q);
    const { rows, boundaryYear } = await resasRows(reader, q.codes, q.kind);
    if (rows.length === 0 || boundaryYear === null) return resasJson(c, { message: null, result: null }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
    return resasJson(c, { message: null, result: resultOf(rows, boundaryYear) }, q.kind === 'census' ? 'census+projection' : RESAS_SOURCE_HEADER);
  };
}

export function mountResasRoutes(app: OpenAPIHono, reader: StatisticsReader) {
  const corsMw = cors({ origin: '*', allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['X-API-KEY', 'Content-Type'], maxAge: 86400 });
  for (const p of ['/prefectures', '/cities', '/population/*']) app.use(p, corsMw);
  for (const doc of RESAS_PATH_DOCS) registerResasPathDoc(app, doc);

  app.get('/prefectures', async (c) => resasJson(c, { message: null, result: resasPrefectures(await reader.areas()) }));
  app.get('/cities', async (c) => {
    const prefCode = parsePrefCode(c.req.query('prefCode'));
    if (prefCode === null) return resasJson(c, RESAS_BAD_REQUEST);
    return resasJson(c, { message: null, result: resasCities(await reader.areas(), prefCode) });
  });
  app.get('/population/composition/perYear', populationHandler(reader, compositionResult));
  app.get('/population/sum/perYear', populationHandler(reader, sumPerYearResult));
  // Any other RESAS population path: RESAS's "not found" body.
  app.all('/population/*', (c) => resasJson(c, resasNoSuchPath(new URL(c.req.url).pathname)));
}
