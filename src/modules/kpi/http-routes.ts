/**
 * The OpenAPI definitions of the KPI module's routes (paths, parameters, bodies, responses);
 * http.ts registers a handler for each. Two uploads are documented here but read by plain
 * handlers (multipart, and /evaluate's body read as text so errors can name line and column).
 */
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { ErrorSchema, conflictResponse, errorResponses, evaluateErrorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { XLSX } from '../../infra/http/download.ts';
import { EVALUATE_BODY_LIMIT, EVALUATE_RATE_POINTS, EVALUATE_RATE_WINDOW_SECONDS, formatSize } from '../../infra/http/limits.ts';
import { idParam } from '../../infra/http/params.ts';
import { AuditSchema, CatalogSchema, EvaluationSchema, KpiEvaluationSchema, StrategyListSchema } from './http-schemas.ts';

const strategyParam = z.object({ strategyId: idParam('strategyId', 'chiiki-mirai-senryaku-2026') });
export const asOfQuery = z.string().optional().openapi({ description: '評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST).', example: '2026-11-23' });

const ObservationRowSchema = z.object({
  kpi_id: z.string(),
  period: z.union([z.string(), z.number()]),
  value: z.union([z.string(), z.number()]).nullable(),
  flag: z.string().nullish(),
  source: z.string().nullish(),
  note: z.string().nullish(),
});
const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    subject: z.string(),
    file: z.string().nullable(),
    bytes: z.number().int().nullable(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progress: z.object({ step: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
    result: z.record(z.string(), z.unknown()).nullable(),
    error: ErrorSchema.shape.error.nullable(),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .openapi('ImportJob');
export const listStrategiesRoute = createRoute({
  method: 'get',
  path: '/strategies',
  tags: ['strategies'],
  summary: '戦略の一覧 / list strategies',
  responses: { 200: { content: { 'application/json': { schema: StrategyListSchema } }, description: 'OK' } },
});

export const getCatalogRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}',
  tags: ['strategies'],
  summary: "戦略のKPIカタログ（交換形式JSON） / a strategy's catalog in the interchange format",
  request: { params: strategyParam },
  responses: { 200: { content: { 'application/json': { schema: CatalogSchema } }, description: 'OK' }, ...errorResponses },
});

export const getEvaluationRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}/evaluation',
  tags: ['evaluation'],
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
});

export const getKpiRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}/kpis/{kpiId}',
  tags: ['evaluation'],
  summary: '1つのKPIの定義と評価 / one KPI with its evaluation',
  request: { params: strategyParam.extend({ kpiId: idParam('kpiId', 'IMP-02') }), query: z.object({ as_of: asOfQuery }) },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ kpi: z.record(z.string(), z.unknown()), evaluation: KpiEvaluationSchema }) } }, description: 'OK' },
    ...errorResponses,
  },
});

export const getAuditRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}/audit',
  tags: ['audit'],
  summary: '変更履歴（監査ログ） / audit trail of the strategy',
  request: { params: strategyParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }) },
  responses: { 200: { content: { 'application/json': { schema: AuditSchema } }, description: 'OK' }, ...errorResponses },
});

export const postObservationsRoute = createRoute({
  method: 'post',
  path: '/strategies/{strategyId}/observations',
  tags: ['data entry'],
  summary: '実績値の登録（フォーム） / add or revise actual values (signed in, X-CSRF-Token)',
  description:
    'All rows or none. Values may be Japanese number strings (「1.2万」「６４％」). Errors name the row (1-based index into rows) and column. Returns the evaluations of the KPIs touched, before and after.',
  request: {
    params: strategyParam,
    query: z.object({ as_of: asOfQuery }),
    body: { content: { 'application/json': { schema: z.object({ rows: z.array(ObservationRowSchema).min(1).max(10_000) }) } }, required: true },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ result: z.record(z.string(), z.number()), before: z.array(KpiEvaluationSchema), kpis: z.array(KpiEvaluationSchema) }) } },
      description: 'OK',
    },
    ...writeErrorResponses,
  },
});

export const createStrategyRoute = createRoute({
  method: 'post',
  path: '/strategies',
  tags: ['strategies'],
  summary: "地方公共団体の戦略を作成（管理者のみ、X-CSRF-Token） / create a local government's strategy (admins only; audited)",
  description:
    "owner_code: a current government (団体コード with check digit, or 5 digits). from/to: the plan period (2026年度, FY2026, 令和8年度). from_national: start from the national strategy's logic model and KPI definitions (without its baselines, targets and actuals). id: default `<団体コード>-<first year>`.",
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            owner_code: z.string().max(20).openapi({ example: '011002' }),
            name: z.string().max(1000).openapi({ example: '札幌市 地域未来戦略' }),
            from: z.string().max(100).openapi({ example: '2026年度' }),
            to: z.string().max(100).openapi({ example: '2030年度' }),
            id: z.string().max(200).optional(),
            from_national: z.boolean().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ strategy: z.object({ id: z.string(), owner_code: z.string(), name: z.string(), kpis: z.number().int() }) }) } },
      description: 'created',
    },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const getImportJobRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}/imports/{jobId}',
  tags: ['data entry'],
  summary: '取込の進み具合と結果 / an import job: progress, result or located issues (signed in, allowed to write the strategy)',
  request: { params: strategyParam.extend({ jobId: z.string().openapi({ param: { name: 'jobId', in: 'path' } }) }) },
  responses: { 200: { content: { 'application/json': { schema: z.object({ job: JobSchema }) } }, description: 'OK' }, ...writeErrorResponses },
});

export const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'KPI・ノードの検索（部分一致、かな・カナ・全角半角を区別しない） / search KPIs and nodes',
  request: { query: z.object({ q: z.string().max(200).openapi({ example: 'デジタル人材' }), strategy: z.string().optional() }) },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            query: z.string(),
            results: z.array(z.object({ type: z.enum(['kpi', 'node']), strategy: z.string(), id: z.string(), name: z.string(), node: z.string().nullable(), match: z.string() })),
          }),
        },
      },
      description: 'OK',
    },
    ...errorResponses,
  },
});

export const postImportDoc: RouteConfig = {
  method: 'post',
  path: '/strategies/{strategyId}/imports',
  tags: ['data entry'],
  summary: 'ファイルの取込（CSV/Excel） / upload actual values or KPI definitions (signed in, X-CSRF-Token)',
  description:
    'multipart/form-data with `file` (CSV UTF-8/Shift_JIS or .xlsx) and optional `encoding` (auto|utf8|sjis), `sheet`. Answers 202 with an import job at once (Location: its URL); the file is read in a worker and stored in one transaction — poll the job until `status` is `succeeded` (with `result`) or `failed` (with `error.issues` naming file, line, column). Nothing is stored unless everything is valid. A JSON catalog (a whole strategy) is refused here before anything is read: catalogs go through the CLI.',
  request: { params: strategyParam },
  responses: { 202: { content: { 'application/json': { schema: z.object({ job: JobSchema }) } }, description: 'accepted; poll the job' }, ...writeErrorResponses },
};

export const postEvaluateDoc: RouteConfig = {
  method: 'post',
  path: '/evaluate',
  tags: ['evaluation'],
  summary: 'カタログを保存せずに評価 / evaluate a posted catalog without storing it',
  description: `Public (no sign-in). The body is at most ${formatSize(EVALUATE_BODY_LIMIT)} (413 beyond); each client address may call it ${EVALUATE_RATE_POINTS} times per ${EVALUATE_RATE_WINDOW_SECONDS} s (429 with Retry-After beyond).`,
  request: { query: z.object({ as_of: asOfQuery }), body: { content: { 'application/json': { schema: CatalogSchema } }, required: true } },
  responses: { 200: { content: { 'application/json': { schema: EvaluationSchema } }, description: 'OK' }, ...evaluateErrorResponses },
};
