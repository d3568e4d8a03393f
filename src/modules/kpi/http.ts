/** REST routes of the KPI module (/api/v1/strategies…, /api/v1/evaluate). Thin: parse, call, reply. */
import { createRouter } from '../../infra/http/router.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { BODY_FILE, ErrorSchema, errorResponses, evaluateErrorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import { EVALUATE_BODY_LIMIT, EVALUATE_RATE_POINTS, EVALUATE_RATE_WINDOW_SECONDS, formatSize } from '../../infra/http/limits.ts';
import { idParam } from '../../infra/http/params.ts';
import type { Logger } from '../../infra/logger.ts';
import { getJob, startJob } from '../jobs/index.ts';
import { auditName, canWriteStrategy, requireWriteAccess, type AuthEnv } from '../auth/index.ts';
import { searchCatalog } from './domain/search.ts';
import type { Catalog } from './domain/catalog.ts';
import { readObservationTable } from './interchange/read-observation-table.ts';
import { kpiIdsOfCatalog } from './interchange/apply-observations.ts';
import { findStrategyOwner, upsertObservations } from './repository.ts';
import { classifyImport, importTableFile } from './service.ts';
import { ForbiddenError, InputError, NotFoundError, UnauthorizedError } from '../../shared/errors.ts';
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

const strategyParam = z.object({ strategyId: idParam('strategyId', 'chiiki-mirai-senryaku-2026') });
const asOfQuery = z.string().optional().openapi({ description: '評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST).', example: '2026-11-23' });



export function kpiRoutes(db: Database, opts: { logger?: Logger } = {}) {
  const app = createRouter<AuthEnv>();
  const catalogs = new CatalogCache(db);

  const ownerOrNotFound = async (strategyId: string) => {
    const owner = await findStrategyOwner(db, strategyId);
    if (!owner) throw new NotFoundError(`戦略「${strategyId}」はありません`);
    return owner;
  };
  /** The owner of a stored strategy, and the actor if allowed to write it (401/403/404 otherwise). */
  const writer = async (c: Parameters<typeof requireWriteAccess>[0], strategyId: string) => {
    const owner = await ownerOrNotFound(strategyId);
    return { owner, actor: requireWriteAccess(c, owner) };
  };

  /** Evaluations of the top-level KPIs that `ids` (KPIs or components) belong to. */
  const evaluationsOf = (catalog: Catalog, ids: Set<string>, asOf: number) =>
    catalog.kpis.filter((k) => ids.has(k.id) || k.components.some((c) => ids.has(c.id))).map((k) => evaluateKpi(k, asOf));

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
      const catalog = await catalogs.get(strategyId);
      // Components have their own page too (their parent lists them).
      const kpi = catalog.kpis.flatMap((k) => [k, ...k.components]).find((k) => k.id === kpiId);
      if (!kpi) throw new NotFoundError(`KPI「${kpiId}」は戦略「${strategyId}」にありません`);
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
      const { strategyId } = c.req.valid('param');
      const { actor } = await writer(c, strategyId);
      const asOf = asOfDay(c.req.valid('query').as_of);
      const { rows } = c.req.valid('json');
      const table = {
        file: 'フォーム',
        header: ['kpi_id', 'period', 'value', 'flag', 'source', 'note'],
        rows: rows.map((r, i) => ({ line: i + 1, cells: [r.kpi_id, r.period, r.value, r.flag ?? null, r.source ?? null, r.note ?? null] })),
      };
      const before = await catalogs.get(strategyId);
      let parsed;
      try {
        parsed = readObservationTable(table, kpiIdsOfCatalog(before));
      } catch (e) {
        // A form has rows, not file lines: report them as such.
        if (e instanceof InputError) throw new InputError(e.issues.map(({ line, file: _file, ...rest }) => ({ ...rest, row: line })));
        throw e;
      }
      const result = await upsertObservations(db, strategyId, parsed, { actor: auditName(actor), source: 'web form' });
      const touched = new Set(parsed.map((r) => r.kpiId));
      return c.json({ result: { ...result }, before: evaluationsOf(before, touched, asOf), kpis: evaluationsOf(await catalogs.get(strategyId), touched, asOf) } as never, 200);
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
    const { owner, actor } = await writer(c, strategyId);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) throw InputError.single({ column: 'file', code: 'missing_file', reason: 'ファイルを選択してください' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The kind of file is decided before anything is read or stored.
    if (classifyImport(bytes, file.name) === 'catalog') {
      throw InputError.single({ file: file.name, code: 'unsupported_format', reason: 'ここでは CSV/Excel の実績値・KPI定義を取り込めます（戦略全体の JSON は CLI で取り込みます）' });
    }
    const encoding = typeof body.encoding === 'string' && ['auto', 'utf8', 'sjis'].includes(body.encoding) ? (body.encoding as 'auto' | 'utf8' | 'sjis') : 'auto';
    const sheet = typeof body.sheet === 'string' && body.sheet !== '' ? body.sheet : undefined;
    const { job } = await startJob(
      db,
      { ownerCode: owner, kind: 'strategy.import', subject: strategyId, file: file.name, bytes: bytes.length, createdBy: auditName(actor) },
      (progress) => importTableFile(db, { bytes, file: file.name, actor: auditName(actor), strategyId, encoding, sheet, onProgress: (done, total) => progress({ step: 'writing', done, total }) }),
      (e) => opts.logger?.error({ err: e, job: 'strategy.import' }, 'import job failed'),
    );
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
    async (c) => {
      const { strategyId, jobId } = c.req.valid('param');
      const owner = await ownerOrNotFound(strategyId);
      // Reading a job is a GET (no CSRF token), but only for those who may write the strategy.
      const s = c.get('session');
      if (!s) throw new UnauthorizedError();
      if (!canWriteStrategy(s.actor, owner)) throw new ForbiddenError(`この戦略（団体コード ${owner}）を編集する権限がありません`);
      const job = await getJob(db, owner, jobId);
      if (!job || job.subject !== strategyId || job.kind !== 'strategy.import') throw new NotFoundError(`取込「${jobId}」はありません`);
      return c.json({ job } as never, 200);
    },
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
      const ids = strategy ? [strategy] : (await listStrategies(db)).map((s) => s.id);
      const results = [];
      for (const id of ids) results.push(...searchCatalog(await catalogs.get(id), q));
      return c.json({ query: q, results: results.slice(0, 100) }, 200);
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
