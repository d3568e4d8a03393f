/** REST routes comparing strategies across governments by the indicator their KPIs are bound to. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { asOfDay } from '../../shared/as-of-day.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import { errorResponses } from '../../infra/http/errors.ts';
import { createRouter } from '../../infra/http/router.ts';
import { readLocalGovCode } from '../../shared/local-gov-code.ts';
import type { CatalogCache } from '../kpi/index.ts';
import type { StatisticsReader } from '../statistics/index.ts';
import { compareStrategies, MAX_COMPARED } from './compare-strategies.ts';
import { comparisonToXlsx } from './comparison-xlsx.ts';
import { comparableIndicators } from './list-comparable-indicators.ts';

const tags = ['statistics'];
const Figure = z.object({ period: z.string(), value: z.number().nullable(), flag: z.string().nullable() });
const Relation = z.enum(['self', 'similar', 'other']);

const ComparedKpi = z
  .object({
    owner_code: z.string(),
    owner_name: z.string().nullable(),
    relation: Relation,
    similar_rank: z.number().int().nullable(),
    strategy_id: z.string(),
    strategy_name: z.string(),
    kpi_id: z.string(),
    kpi_name: z.string(),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease', 'maintain']),
    series_area: z.object({ code: z.string(), name: z.string().nullable() }),
    evaluation: z.object({
      status: z.enum(['1A', '1B', '1C', '2', '3']),
      status_label: z.string(),
      progress: z.number().nullable(),
      reached: z.boolean().nullable(),
      on_track: z.boolean().nullable(),
      baseline: z.object({ period: z.string(), value: z.number() }).nullable(),
      target: z.object({ period: z.string().nullable(), value: z.number().nullable(), text: z.string().nullable() }).nullable(),
      actual: z.object({ period: z.string(), value: z.number(), flag: z.string().nullable(), flag_label: z.string().nullable() }).nullable(),
    }),
  })
  .openapi('ComparedKpi');

const Peer = z
  .object({
    code: z.string(),
    name: z.string().nullable(),
    pref_name: z.string().nullable(),
    relation: Relation,
    similar_rank: z.number().int().nullable(),
    latest: Figure.nullable(),
    earlier: Figure.nullable(),
    change: z.number().nullable(),
    kpi_count: z.number().int(),
  })
  .openapi('ComparisonPeer');

const Comparison = z
  .object({
    indicator: z.object({ code: z.string(), name: z.string(), unit: z.string(), category_label: z.string(), latest_period: z.string().nullable() }),
    as_of: z.string(),
    area: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    similar: z.object({ label: z.string().nullable(), note: z.string().nullable(), method: z.string().nullable() }),
    total: z.number().int(),
    truncated: z.boolean(),
    rows: z.array(ComparedKpi),
    peers: z.array(Peer),
    attribution: z.array(z.string()),
  })
  .openapi('StrategyComparison');

const compareRoute = createRoute({
  method: 'get',
  path: '/strategy-comparison',
  tags,
  summary: '戦略の比較（同じ指標に連動した各団体のKPI） / strategies compared by the indicator their KPIs are bound to',
  description: `Every strategy KPI bound to the indicator, evaluated at as_of (default today). With area (団体コード): that government first, then its 類似団体 (nearest first, with the indicator's own latest figure and its change in peers), then the others by 団体コード. At most ${MAX_COMPARED} KPIs (nearest first; total and truncated say how many exist). format=xlsx: the same as a workbook.`,
  request: {
    query: z.object({
      indicator: z.string().min(1).max(200).openapi({ example: 'population' }),
      area: z.string().max(20).optional().openapi({ example: '162019' }),
      as_of: z.string().max(20).optional().openapi({ example: '2026-12-01' }),
      format: z.enum(['json', 'xlsx']).optional(),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Comparison }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});

const indicatorsRoute = createRoute({
  method: 'get',
  path: '/strategy-comparison/indicators',
  tags,
  summary: '比較できる指標（KPIが連動している指標） / indicators that strategy KPIs are bound to',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            indicators: z.array(
              z.object({ code: z.string(), name: z.string(), unit: z.string(), category_label: z.string(), kpi_count: z.number().int(), government_count: z.number().int() }),
            ),
          }),
        },
      },
      description: 'OK',
    },
  },
});

export function comparisonRoutes(db: Database, catalogs: CatalogCache, stats: StatisticsReader) {
  const app = createRouter();
  app.openapi(indicatorsRoute, async (c) => c.json({ indicators: await comparableIndicators(db, stats) }, 200));
  app.openapi(compareRoute, async (c) => {
    const q = c.req.valid('query');
    const area = q.area ? readLocalGovCode(q.area, { column: 'area' }) : null;
    const result = await compareStrategies(db, catalogs, stats, { indicator: q.indicator, area, asOf: asOfDay(q.as_of) });
    if (q.format === 'xlsx') return download(await comparisonToXlsx(result), XLSX, `戦略の比較_${result.indicator.name}_${result.as_of}.xlsx`) as never;
    return c.json(result, 200);
  });
  return app;
}
