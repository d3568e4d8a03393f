/** Routes of the indicators: the catalog, a map (every area of a level), a ranking (JSON, CSV, Excel). */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { XLSX, download } from '../../../infra/http/download.ts';
import { errorResponses } from '../../../infra/http/errors.ts';
import type { ResponseCache } from '../../../infra/http/response-cache.ts';
import { getIndicatorMap } from '../read/get-indicator-map.ts';
import { LEVEL_LABELS } from '../read/lookup.ts';
import { rankAreas } from '../read/rank-areas.ts';
import { attributionFor, type StatisticsReader } from '../read/statistics-reader.ts';
import { BOUNDARY_ATTRIBUTION } from '../reference/boundaries.ts';
import { CATEGORIES } from '../schema.ts';
import { csvWithAttribution, flagLabel, safeName, unitSuffix, xlsxWithAttribution } from './downloads.ts';
import { Attribution, codeParam, IndicatorSchema, indicatorJson, MapLevelEnum, MapSchema, prefQuery, RankingSchema } from './schemas.ts';

const catalogRoute = createRoute({
  method: 'get',
  path: '/indicators',
  tags: ['statistics'],
  summary: '統計指標の一覧 / indicator catalog',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ indicators: z.array(IndicatorSchema), categories: z.array(z.object({ code: z.string(), label: z.string() })), attribution: Attribution }),
        },
      },
      description: 'OK',
    },
  },
});

const mapRoute = createRoute({
  method: 'get',
  path: '/indicators/{code}/map',
  tags: ['statistics'],
  summary: '地図用の値（全団体） / values of every area for a choropleth map',
  description:
    'Every current area of the level, with value null where there is none. Class breaks are left to the client; `stats` gives min, max, mean, median and count of the values.',
  request: {
    params: codeParam,
    query: z.object({
      level: MapLevelEnum.optional().default('prefecture'),
      period: z.string().optional().openapi({ description: '期間ラベル（既定: 最新）', example: '2022' }),
      pref_code: prefQuery,
    }),
  },
  responses: { 200: { content: { 'application/json': { schema: MapSchema } }, description: 'OK' }, ...errorResponses },
});

const rankingRoute = createRoute({
  method: 'get',
  path: '/indicators/{code}/ranking',
  tags: ['statistics'],
  summary: '順位表 / ranking of areas',
  description: 'Competition ranking (ties share a rank); areas without a value last with rank null. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.',
  request: {
    params: codeParam,
    query: z.object({
      level: MapLevelEnum.optional().default('prefecture'),
      period: z.string().optional(),
      pref_code: prefQuery,
      order: z.enum(['desc', 'asc']).optional().default('desc'),
      format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: RankingSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});

export function mountIndicatorRoutes(app: OpenAPIHono, reader: StatisticsReader, bodies: ResponseCache) {
  app.openapi(catalogRoute, async (c) => {
    const catalog = await reader.catalog();
    return c.json(
      {
        indicators: catalog.indicators.map(indicatorJson),
        categories: Object.entries(CATEGORIES).map(([code, label]) => ({ code, label })),
        attribution: attributionFor(catalog.indicators),
      },
      200,
    );
  });

  // The body is serialised once per data version (≈185 KB for all municipalities), and gzipped
  // once (≈25 KB) for clients that accept it (ResponseCache).
  app.openapi(mapRoute, async (c) => {
    const q = c.req.valid('query');
    const code = c.req.valid('param').code;
    return bodies.respond(c, `map\u0000${code}\u0000${q.level}\u0000${q.period ?? ''}\u0000${q.pref_code ?? ''}`, async () => {
      const { indicator, period, prefCode, map: m } = await getIndicatorMap(reader, { ...q, code });
      const body = {
        indicator: indicatorJson(indicator),
        level: q.level,
        period,
        pref_code: prefCode,
        values: m.rows,
        stats: m.stats,
        attribution: attributionFor([indicator], [BOUNDARY_ATTRIBUTION]),
      };
      return { body: JSON.stringify(body), contentType: 'application/json' };
    }) as never;
  });

  app.openapi(rankingRoute, async (c) => {
    const q = c.req.valid('query');
    const r = await rankAreas(reader, { ...q, code: c.req.valid('param').code });
    const ind = r.indicator;
    if (q.format !== 'json') {
      const header = ['順位', '団体コード', '団体名', '都道府県', `${ind.name}${unitSuffix(ind.unit)}`, '注記'];
      const table = r.rows.map((row) => [row.rank ?? '', row.code, row.name, row.pref_name ?? '', row.value ?? '', flagLabel(row.flag)]);
      const base = safeName(`${ind.name}_${LEVEL_LABELS[q.level]}_${r.period}${r.prefName ? `_${r.prefName}` : ''}_順位`);
      if (q.format === 'csv') return download(csvWithAttribution(header, table, r.attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
      return download(await xlsxWithAttribution('順位', header, table, r.attribution, [8, 10, 20, 12, 18, 16]), XLSX, `${base}.xlsx`) as never;
    }
    return c.json(
      { indicator: indicatorJson(ind), level: q.level, period: r.period, pref_code: r.prefCode, order: q.order, rows: r.rows, attribution: r.attribution } as never,
      200,
    );
  });
}
