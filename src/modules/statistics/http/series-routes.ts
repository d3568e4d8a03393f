/** Routes comparing indicators and areas: time series and scatter plots (JSON, CSV, Excel). */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { XLSX, download } from '../../../infra/http/download.ts';
import { errorResponses } from '../../../infra/http/errors.ts';
import { getScatter } from '../read/get-scatter.ts';
import { getSeries } from '../read/get-series.ts';
import { LEVEL_LABELS } from '../read/lookup.ts';
import type { IndicatorInfo } from '../read/catalog.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';
import { csvWithAttribution, flagLabel, safeName, unitSuffix, xlsxWithAttribution } from './downloads.ts';
import { MapLevelEnum, prefQuery, ScatterSchema, SeriesSchema } from './schemas.ts';

const seriesRoute = createRoute({
  method: 'get',
  path: '/series',
  tags: ['statistics'],
  summary: '時系列 / time series of indicators × areas',
  description:
    'Up to 4 indicators and 10 areas (団体コード, 5 or 6 digits; 000000 = 全国). Each series lists its breaks (系列の断層, e.g. the resident register counts foreign residents from 2013); downloads name them in the column 系列の断層. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.',
  request: {
    query: z.object({
      indicators: z.string().openapi({ example: 'population,ageing_rate' }),
      areas: z.string().openapi({ example: '011002,131016,000000' }),
      format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: SeriesSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});

const scatterRoute = createRoute({
  method: 'get',
  path: '/scatter',
  tags: ['statistics'],
  summary: '散布図 / two indicators across areas',
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
  responses: {
    200: { content: { 'application/json': { schema: ScatterSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});

export function mountSeriesRoutes(app: OpenAPIHono, reader: StatisticsReader) {
  app.openapi(seriesRoute, async (c) => {
    const q = c.req.valid('query');
    const { indicators: inds, series, attribution } = await getSeries(reader, q);
    if (q.format !== 'json') {
      const header = ['指標コード', '指標名', '単位', '団体コード', '団体名', '期間', '値', '注記', '系列の断層'];
      const breakAt = (s: (typeof series)[number], period: string) => s.breaks.find((b) => b.period === period)?.note ?? '';
      const table = series.flatMap((s) =>
        s.points.map((p) => [s.indicator, s.indicator_name, s.unit, s.area, s.area_name, p.period, p.value ?? '', flagLabel(p.flag), breakAt(s, p.period)]),
      );
      const base = safeName(`時系列_${inds.map((i) => i.name).join('_')}`);
      if (q.format === 'csv') return download(csvWithAttribution(header, table, attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
      return download(await xlsxWithAttribution('時系列', header, table, attribution, [22, 24, 8, 10, 20, 10, 14, 14, 48]), XLSX, `${base}.xlsx`) as never;
    }
    return c.json({ series, attribution } as never, 200);
  });

  app.openapi(scatterRoute, async (c) => {
    const q = c.req.valid('query');
    const s = await getScatter(reader, q);
    const [xi, px, yi, py] = [s.x.indicator, s.x.period, s.y.indicator, s.y.period];
    const axis = (i: IndicatorInfo, period: string) => ({ indicator: i.code, name: i.name, unit: i.unit, period });
    if (q.format !== 'json') {
      const header = ['団体コード', '団体名', '都道府県', `${xi.name}${unitSuffix(xi.unit)} ${px}`, `${yi.name}${unitSuffix(yi.unit)} ${py}`];
      const table = s.points.map((p) => [p.code, p.name, p.pref_name ?? '', p.x, p.y]);
      const base = safeName(`散布図_${xi.name}_${yi.name}_${LEVEL_LABELS[q.level]}`);
      if (q.format === 'csv') return download(csvWithAttribution(header, table, s.attribution), 'text/csv; charset=utf-8', `${base}.csv`) as never;
      return download(await xlsxWithAttribution('散布図', header, table, s.attribution, [10, 20, 12, 24, 24]), XLSX, `${base}.xlsx`) as never;
    }
    return c.json({ x: axis(xi, px), y: axis(yi, py), level: q.level, pref_code: s.prefCode, points: s.points, correlation: s.correlation, attribution: s.attribution }, 200);
  });
}
