/**
 * OpenAPI entries of the RESAS-compatible paths: RESAS's shapes as examples (the handlers answer
 * raw JSON as RESAS did, not a zod schema), with the data source and what each cannot fill.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';

const RESAS_NOTE =
  'RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。' +
  '人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。' +
  '政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。' +
  'エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。' +
  '出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。';

const area = {
  prefCode: z.string().openapi({ example: '1', description: '都道府県コード（1〜47）' }),
  cityCode: z.string().optional().openapi({ example: '-', description: '市区町村コード（5桁）。省略または「-」で都道府県' }),
  addArea: z.string().optional().openapi({ description: '合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10' }),
};
const series = z.enum(['census', 'register']).optional().openapi({ description: 'Sousei 拡張: register = 住民基本台帳（毎年）。既定は census（国勢調査＋将来推計）' });
const populationQuery = z.object({ ...area, series });
const pyramidYear = (side: string) =>
  z.string().openapi({ example: side === '左' ? '1980' : '2045', description: `年（${side}側）: 1980〜2045年の5年ごと、または 2022（住民基本台帳、Sousei 拡張）` });

interface ResasPathDoc {
  path: string;
  summary: string;
  query?: z.ZodTypeAny;
  example: unknown;
}

const composition = {
  boundaryYear: 2020,
  data: [
    { label: '総人口', data: [{ year: 1960, value: 5039206 }] },
    { label: '年少人口', data: [{ year: 1960, value: 1681479, rate: 33.37 }] },
  ],
};

// In the order they appear in the OpenAPI document.
const RESAS_PATH_DOCS: ResasPathDoc[] = [
  { path: '/prefectures', summary: 'RESAS互換: 都道府県一覧', example: { message: null, result: [{ prefCode: 1, prefName: '北海道' }] } },
  {
    path: '/cities',
    summary: 'RESAS互換: 市区町村一覧',
    query: z.object({ prefCode: area.prefCode }),
    example: { message: null, result: [{ prefCode: 1, cityCode: '01100', cityName: '札幌市', bigCityFlag: '2' }] },
  },
  {
    path: '/population/composition/perYear',
    summary: 'RESAS互換: 人口構成（総人口・年少人口・生産年齢人口・老年人口）',
    query: populationQuery,
    example: { message: null, result: composition },
  },
  {
    path: '/population/sum/perYear',
    summary: 'RESAS互換: 人口増減率（5年前比）',
    query: populationQuery,
    example: {
      message: null,
      result: { line: { boundaryYear: 2020, data: [{ year: 1965, value: 2.63 }] }, bar: { data: [{ year: 1965, sum: 2.63, class: [{ label: '老年人口', value: 17.57 }] }] } },
    },
  },
  {
    path: '/population/sum/estimate',
    summary: 'RESAS互換: 人口推移（総人口・転入数・転出数・出生数・死亡数）。転入・転出・出生・死亡は住民基本台帳（年度FY1994〜2012、暦年2013〜2021）',
    query: populationQuery,
    example: {
      message: null,
      result: {
        boundaryYear: 2020,
        data: [
          { label: '総人口', data: [{ year: 1960, value: 5039206 }] },
          { label: '転入数', data: [{ year: 2021, value: 226000 }] },
        ],
      },
    },
  },
  {
    path: '/population/composition/pyramid',
    summary: 'RESAS互換: 人口ピラミッド。1980〜2045年は年齢3区分のみ（男女・5歳階級の data は空）、2022年は住民基本台帳の男女・5歳階級',
    query: z.object({ ...area, yearLeft: pyramidYear('左'), yearRight: pyramidYear('右') }),
    example: {
      message: null,
      result: { yearLeft: { year: 1980, oldAgeCount: 1550, oldAgePercent: 12, middleAgeCount: 8360, middleAgePercent: 65, newAgeCount: 2906, newAgePercent: 22, data: [] } },
    },
  },
  {
    path: '/population/future/cities',
    summary: 'RESAS互換: 将来人口推計（2040年、市区町村別）。社人研 平成30年推計。若年女性人口減少率 ratio は男女・年齢別の推計がないため null',
    query: z.object({ year: z.string().openapi({ example: '2040', description: '年（2040のみ）' }), prefCode: area.prefCode }),
    example: { message: null, result: { cities: [{ cityCode: '01100', cityName: '札幌市', value: 1870991, ratio: null }] } },
  },
  {
    path: '/municipality/taxes/perYear',
    summary: 'RESAS互換: 一人当たり地方税。同梱の財政データ（主要財政指標）に地方税収がないため data は空',
    query: z.object({ prefCode: area.prefCode, cityCode: area.cityCode }),
    example: { message: null, result: { prefCode: 11, prefName: '埼玉県', cityCode: '11362', cityName: '皆野町', data: [] } },
  },
  ...['/population/nature', '/population/society/forArea', '/tourism/foreigners/forFrom', '/employEducation/localjobAcademic/toTransition'].map((path) => ({
    path,
    summary: 'RESAS互換: 同梱データにないため、RESAS の「データなし」と同じ "404" を返します',
    example: '404',
  })),
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

export function registerResasDocs(app: OpenAPIHono): void {
  for (const doc of RESAS_PATH_DOCS) registerResasPathDoc(app, doc);
}
