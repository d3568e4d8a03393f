/** REST routes of the KPI module (/api/v1/strategies…, /api/v1/evaluate). Thin: parse, call, reply. */
import { createRouter } from '../../infra/http/router.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { BODY_FILE, ErrorSchema, errorResponses, evaluateErrorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import { EVALUATE_BODY_LIMIT, EVALUATE_RATE_POINTS, EVALUATE_RATE_WINDOW_SECONDS, formatSize } from '../../infra/http/limits.ts';
import { idParam } from '../../infra/http/params.ts';
import type { Logger } from '../../infra/logger.ts';
import { requirePrincipal, sessionPrincipal, type AuthEnv } from '../auth/index.ts';
import { InputError } from '../../shared/errors.ts';
import { PeriodParseError, parseDay, todayDay } from '../../shared/periods.ts';
import { evaluateCatalog } from './domain/summarize.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { catalogToJson, evaluationToCsv, evaluationToXlsx } from './interchange/write-catalog.ts';
import { listStrategies } from './repository.ts';
import { CatalogCache } from './catalog-cache.ts';
import { AuditSchema, CatalogSchema, EvaluationSchema, KpiEvaluationSchema, StrategyListSchema } from './http-schemas.ts';
import { strategyAudit } from './use-cases/get-strategy-audit.ts';
import { getImportJob } from './use-cases/get-import-job.ts';
import { getKpiEvaluation } from './use-cases/get-kpi-evaluation.ts';
import { recordObservations } from './use-cases/record-observations.ts';
import { searchKpis } from './use-cases/search-kpis.ts';
import { startTableImport } from './use-cases/start-table-import.ts';

function asOfDay(raw: string | undefined): number {
  if (!raw) return todayDay();
  try {
    return parseDay(raw);
  } catch (e) {
    if (e instanceof PeriodParseError) throw InputError.single({ column: 'as_of', code: 'invalid_date', reason: e.message });
    throw e;
  }
}

/** The multipart upload of POST …/imports: `file`, and optional `encoding`, `sheet`. */
async function readUpload(c: Context) {
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File)) throw InputError.single({ column: 'file', code: 'missing_file', reason: 'ファイルを選択してください' });
  const encoding = typeof body.encoding === 'string' && ['auto', 'utf8', 'sjis'].includes(body.encoding) ? (body.encoding as 'auto' | 'utf8' | 'sjis') : 'auto';
  const sheet = typeof body.sheet === 'string' && body.sheet !== '' ? body.sheet : undefined;
  return { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name, encoding, sheet };
}

const strategyParam = z.object({ strategyId: idParam('strategyId', 'chiiki-mirai-senryaku-2026') });
const asOfQuery = z.string().optional().openapi({ description: '評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST).', example: '2026-11-23' });



export function kpiRoutes(db: Database, opts: { logger?: Logger } = {}) {
  const app = createRouter<AuthEnv>();
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
      request: { params: strategyParam.extend({ kpiId: idParam('kpiId', 'IMP-02') }), query: z.object({ as_of: asOfQuery }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ kpi: z.record(z.string(), z.unknown()), evaluation: KpiEvaluationSchema }) } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      return c.json((await getKpiEvaluation(catalogs, strategyId, kpiId, asOfDay(c.req.valid('query').as_of))) as never, 200);
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

  const ObservationRowSchema = z.object({
    kpi_id: z.string(),
    period: z.union([z.string(), z.number()]),
    value: z.union([z.string(), z.number()]).nullable(),
    flag: z.string().nullish(),
    source: z.string().nullish(),
    note: z.string().nullish(),
  });
  app.openapi(
    createRoute({
      method: 'post', path: '/strategies/{strategyId}/observations', tags: ['data entry'],
      summary: '実績値の登録（フォーム） / add or revise actual values (signed in, X-CSRF-Token)',
      description: 'All rows or none. Values may be Japanese number strings (「1.2万」「６４％」). Errors name the row (1-based index into rows) and column. Returns the evaluations of the KPIs touched, before and after.',
      request: {
        params: strategyParam,
        query: z.object({ as_of: asOfQuery }),
        body: { content: { 'application/json': { schema: z.object({ rows: z.array(ObservationRowSchema).min(1).max(10_000) }) } }, required: true },
      },
      responses: {
        200: { content: { 'application/json': { schema: z.object({ result: z.record(z.string(), z.number()), before: z.array(KpiEvaluationSchema), kpis: z.array(KpiEvaluationSchema) }) } }, description: 'OK' },
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const by = requirePrincipal(c);
      const r = await recordObservations(db, catalogs, { by, strategyId: c.req.valid('param').strategyId, rows: c.req.valid('json').rows, asOf: asOfDay(c.req.valid('query').as_of) });
      return c.json({ ...r, result: { ...r.result } } as never, 200);
    },
  );

  const JobSchema = z
    .object({
      id: z.string(), kind: z.string(), subject: z.string(), file: z.string().nullable(), bytes: z.number().int().nullable(),
      status: z.enum(['queued', 'running', 'succeeded', 'failed']),
      progress: z.object({ step: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
      result: z.record(z.string(), z.unknown()).nullable(),
      error: ErrorSchema.shape.error.nullable(),
      created_at: z.string(), started_at: z.string().nullable(), finished_at: z.string().nullable(),
    })
    .openapi('ImportJob');
  app.openAPIRegistry.registerPath({
    method: 'post', path: '/strategies/{strategyId}/imports', tags: ['data entry'],
    summary: 'ファイルの取込（CSV/Excel） / upload actual values or KPI definitions (signed in, X-CSRF-Token)',
    description:
      'multipart/form-data with `file` (CSV UTF-8/Shift_JIS or .xlsx) and optional `encoding` (auto|utf8|sjis), `sheet`. Answers 202 with an import job at once (Location: its URL); the file is read in a worker and stored in one transaction — poll the job until `status` is `succeeded` (with `result`) or `failed` (with `error.issues` naming file, line, column). Nothing is stored unless everything is valid. A JSON catalog (a whole strategy) is refused here before anything is read: catalogs go through the CLI.',
    request: { params: strategyParam },
    responses: { 202: { content: { 'application/json': { schema: z.object({ job: JobSchema }) } }, description: 'accepted; poll the job' }, ...writeErrorResponses },
  });
  app.post('/strategies/:strategyId/imports', async (c) => {
    const strategyId = c.req.param('strategyId');
    const job = await startTableImport(db, { by: requirePrincipal(c), strategyId, upload: () => readUpload(c), logger: opts.logger });
    c.header('Location', `/api/v1/strategies/${encodeURIComponent(strategyId)}/imports/${job.id}`);
    return c.json({ job }, 202);
  });

  app.openapi(
    createRoute({
      method: 'get', path: '/strategies/{strategyId}/imports/{jobId}', tags: ['data entry'],
      summary: '取込の進み具合と結果 / an import job: progress, result or located issues (signed in, allowed to write the strategy)',
      request: { params: strategyParam.extend({ jobId: z.string().openapi({ param: { name: 'jobId', in: 'path' } }) }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ job: JobSchema }) } }, description: 'OK' }, ...writeErrorResponses },
    }),
    // Reading a job is a GET (no CSRF token), but only for those who may write the strategy.
    async (c) => c.json({ job: await getImportJob(db, { by: sessionPrincipal(c), ...c.req.valid('param') }) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/search', tags: ['search'], summary: 'KPI・ノードの検索（部分一致、かな・カナ・全角半角を区別しない） / search KPIs and nodes',
      request: { query: z.object({ q: z.string().max(200).openapi({ example: 'デジタル人材' }), strategy: z.string().optional() }) },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ query: z.string(), results: z.array(z.object({ type: z.enum(['kpi', 'node']), strategy: z.string(), id: z.string(), name: z.string(), node: z.string().nullable(), match: z.string() })) }) } },
          description: 'OK',
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { q, strategy } = c.req.valid('query');
      return c.json({ query: q, results: await searchKpis(db, catalogs, q, strategy) }, 200);
    },
  );

  // Documented in the registry but served by a plain handler: the body is read as text so that
  // errors can name the line and column in the posted JSON (a validator would re-serialise it).
  app.openAPIRegistry.registerPath({
    method: 'post', path: '/evaluate', tags: ['evaluation'],
    summary: 'カタログを保存せずに評価 / evaluate a posted catalog without storing it',
    description: `Public (no sign-in). The body is at most ${formatSize(EVALUATE_BODY_LIMIT)} (413 beyond); each client address may call it ${EVALUATE_RATE_POINTS} times per ${EVALUATE_RATE_WINDOW_SECONDS} s (429 with Retry-After beyond).`,
    request: { query: z.object({ as_of: asOfQuery }), body: { content: { 'application/json': { schema: CatalogSchema } }, required: true } },
    responses: { 200: { content: { 'application/json': { schema: EvaluationSchema } }, description: 'OK' }, ...evaluateErrorResponses },
  });
  // The body arrives checked (size, UTF-8, depth, JSON; src/http/request-guard.ts) and the
  // route is rate limited per client (src/http/app.ts): it is public.
  app.post('/evaluate', async (c) => {
    const catalog = readJsonCatalog(await c.req.text(), BODY_FILE);
    return c.json(evaluateCatalog(catalog, asOfDay(c.req.query('as_of'))), 200);
  });

  return app;
}
