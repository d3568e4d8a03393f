/** REST routes of the KPI module (/api/v1/strategies…, /api/v1/evaluate). Thin: parse, call, reply. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { errorResponses } from '../../http/errors.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { PeriodParseError, parseDay, todayDay } from '../../shared/periods.ts';
import { evaluateCatalog } from './domain/summarize.ts';
import { evaluateKpi } from './domain/evaluate.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { catalogToJson, evaluationToCsv, evaluationToXlsx } from './interchange/write-catalog.ts';
import { listStrategies } from './repository.ts';
import { strategyAudit } from './service.ts';
import { CatalogCache } from './catalog-cache.ts';
import { AuditSchema, CatalogSchema, EvaluationSchema, KpiEvaluationSchema, StrategyListSchema } from './http-schemas.ts';

function asOfDay(raw: string | undefined): number {
  if (!raw) return todayDay();
  try {
    return parseDay(raw);
  } catch (e) {
    if (e instanceof PeriodParseError) throw InputError.single({ column: 'as_of', code: 'invalid_date', reason: e.message });
    throw e;
  }
}

const strategyParam = z.object({ strategyId: z.string().min(1).openapi({ param: { name: 'strategyId', in: 'path' }, example: 'chiiki-mirai-senryaku-2026' }) });
const asOfQuery = z.string().optional().openapi({ description: '評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST).', example: '2026-11-23' });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(body: Uint8Array, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': type,
      // RFC 5987 so Japanese file names survive.
      'content-disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
}

export function kpiRoutes(db: Database) {
  const app = new OpenAPIHono();
  const catalogs = new CatalogCache(db);

  app.openapi(
    createRoute({ method: 'get', path: '/strategies', tags: ['strategies'], summary: '戦略の一覧 / list strategies', responses: { 200: { content: { 'application/json': { schema: StrategyListSchema } }, description: 'OK' } } }),
    async (c) => c.json({ strategies: await listStrategies(db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/strategies/{strategyId}', tags: ['strategies'], summary: '戦略のKPIカタログ（交換形式JSON） / a strategy\'s catalog in the interchange format',
      request: { params: strategyParam },
      responses: { 200: { content: { 'application/json': { schema: CatalogSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => c.json(catalogToJson(await catalogs.get(c.req.valid('param').strategyId)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/strategies/{strategyId}/evaluation', tags: ['evaluation'],
      summary: 'KPI検証（評価結果と集計） / evaluate every KPI as of a date',
      description: 'format=json (default) | csv (UTF-8 with BOM; encoding=sjis for Shift_JIS) | xlsx (集計・ノード別・KPI別・実績値 sheets).',
      request: {
        params: strategyParam,
        query: z.object({ as_of: asOfQuery, format: z.enum(['json', 'csv', 'xlsx']).optional(), encoding: z.enum(['utf8-bom', 'utf8', 'sjis']).optional() }),
      },
      responses: {
        200: { content: { 'application/json': { schema: EvaluationSchema }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { strategyId } = c.req.valid('param');
      const q = c.req.valid('query');
      const catalog = await catalogs.get(strategyId);
      const ev = evaluateCatalog(catalog, asOfDay(q.as_of));
      const base = `${strategyId}_evaluation_${ev.as_of}`;
      if (q.format === 'csv') return download(evaluationToCsv(ev, q.encoding ?? 'utf8-bom'), `text/csv; charset=${q.encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`, `${base}.csv`) as never;
      if (q.format === 'xlsx') return download(await evaluationToXlsx(catalog, ev), XLSX, `${base}.xlsx`) as never;
      return c.json(ev as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/strategies/{strategyId}/kpis/{kpiId}', tags: ['evaluation'], summary: '1つのKPIの定義と評価 / one KPI with its evaluation',
      request: { params: strategyParam.extend({ kpiId: z.string().min(1).openapi({ param: { name: 'kpiId', in: 'path' }, example: 'IMP-02' }) }), query: z.object({ as_of: asOfQuery }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ kpi: z.record(z.string(), z.unknown()), evaluation: KpiEvaluationSchema }) } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      const catalog = await catalogs.get(strategyId);
      const idx = catalog.kpis.findIndex((k) => k.id === kpiId);
      if (idx < 0) throw new NotFoundError(`KPI「${kpiId}」は戦略「${strategyId}」にありません`);
      const kpi = catalog.kpis[idx]!;
      const json = catalogToJson({ ...catalog, kpis: [kpi] }) as { kpis: Record<string, unknown>[] };
      return c.json({ kpi: json.kpis[0]!, evaluation: evaluateKpi(kpi, asOfDay(c.req.valid('query').as_of)) } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/strategies/{strategyId}/audit', tags: ['audit'], summary: '変更履歴（監査ログ） / audit trail of the strategy',
      request: { params: strategyParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }) },
      responses: { 200: { content: { 'application/json': { schema: AuditSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      return c.json({ entries: await strategyAudit(db, c.req.valid('param').strategyId, c.req.valid('query').limit) } as never, 200);
    },
  );

  // Documented in the registry but served by a plain handler: the body is read as text so that
  // errors can name the line and column in the posted JSON (a validator would re-serialise it).
  app.openAPIRegistry.registerPath({
    method: 'post', path: '/evaluate', tags: ['evaluation'],
    summary: 'カタログを保存せずに評価 / evaluate a posted catalog without storing it',
    request: { query: z.object({ as_of: asOfQuery }), body: { content: { 'application/json': { schema: CatalogSchema } }, required: true } },
    responses: { 200: { content: { 'application/json': { schema: EvaluationSchema } }, description: 'OK' }, ...errorResponses },
  });
  app.post('/evaluate', async (c) => {
    const catalog = readJsonCatalog(await c.req.text(), 'request body');
    return c.json(evaluateCatalog(catalog, asOfDay(c.req.query('as_of'))), 200);
  });

  return app;
}
