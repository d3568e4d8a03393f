/** REST routes of the KPI module (/api/v1/strategies…, /api/v1/evaluate). Thin: parse, call, reply. */
import { createRouter } from '../../infra/http/router.ts';
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { BODY_FILE } from '../../infra/http/errors.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import type { Logger } from '../../infra/logger.ts';
import { mountTemplateRoute } from '../../infra/http/template-route.ts';
import { KPI_TEMPLATE, OBSERVATION_TEMPLATE } from './interchange/import-templates.ts';
import { requirePrincipal, sessionPrincipal, type AuthEnv } from '../auth/index.ts';
import { InputError } from '../../shared/errors.ts';
import { asOfDay } from '../../shared/as-of-day.ts';
import type { Catalog } from './domain/catalog.ts';
import { evaluateCatalog } from './domain/summarize.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { catalogToJson, evaluationToCsv } from './interchange/write-catalog.ts';
import { evaluationToXlsx } from './interchange/write-evaluation-xlsx.ts';
import { listStrategies } from './repository.ts';
import { CatalogCache } from './catalog-cache.ts';
import { dataVersionOf } from '../../db/data-version.ts';
import { type CacheableBody, ResponseCache } from '../../infra/http/response-cache.ts';
import {
  createStrategyRoute,
  getAuditRoute,
  getCatalogRoute,
  getEvaluationRoute,
  getImportJobRoute,
  getKpiRoute,
  listStrategiesRoute,
  postEvaluateDoc,
  postImportDoc,
  postObservationsRoute,
  searchRoute,
} from './http-routes.ts';
import { createStrategy } from './use-cases/create-strategy.ts';
import { strategyAudit } from './use-cases/get-strategy-audit.ts';
import { getImportJob } from './use-cases/get-import-job.ts';
import { getKpiEvaluation } from './use-cases/get-kpi-evaluation.ts';
import { recordObservations } from './use-cases/record-observations.ts';
import { searchKpis } from './use-cases/search-kpis.ts';
import { startTableImport } from './use-cases/start-table-import.ts';

/** The multipart upload of POST …/imports: `file`, and optional `encoding`, `sheet`. */
async function readUpload(c: Context) {
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File)) throw InputError.single({ column: 'file', code: 'missing_file', reason: 'ファイルを選択してください' });
  const encoding = typeof body.encoding === 'string' && ['auto', 'utf8', 'sjis'].includes(body.encoding) ? (body.encoding as 'auto' | 'utf8' | 'sjis') : 'auto';
  const sheet = typeof body.sheet === 'string' && body.sheet !== '' ? body.sheet : undefined;
  return { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name, encoding, sheet };
}

const CSV_SUFFIX = { 'utf8-bom': 'utf8', utf8: 'utf8-nobom', sjis: 'sjis' } as const;

const json = (value: unknown): CacheableBody => ({ body: JSON.stringify(value), contentType: 'application/json' });

/** The evaluation as JSON, or as CSV in the given encoding (with its download name). */
async function evaluationBody(catalog: Catalog, asOf: number, csvEncoding: 'utf8-bom' | 'utf8' | 'sjis' | null): Promise<CacheableBody> {
  const ev = evaluateCatalog(catalog, asOf);
  if (csvEncoding === null) return json(ev);
  const type = `text/csv; charset=${csvEncoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`;
  const csv = download(evaluationToCsv(ev, csvEncoding), type, `${catalog.strategy.id}_evaluation_${ev.as_of}_${CSV_SUFFIX[csvEncoding]}.csv`);
  return { body: new Uint8Array(await csv.arrayBuffer()), contentType: type, headers: { 'content-disposition': csv.headers.get('content-disposition')! } };
}

/** GET …/evaluation: JSON and CSV from the body cache; Excel (rare and large) made each time. */
async function evaluationResponse(
  c: Context,
  caches: { catalogs: CatalogCache; bodies: ResponseCache },
  strategyId: string,
  q: { as_of?: string; format?: string; encoding?: 'utf8-bom' | 'utf8' | 'sjis' },
) {
  const { catalogs, bodies } = caches;
  const asOf = asOfDay(q.as_of);
  if (q.format === 'xlsx') {
    const catalog = await catalogs.get(strategyId);
    const ev = evaluateCatalog(catalog, asOf);
    return download(await evaluationToXlsx(catalog, ev), XLSX, `${strategyId}_evaluation_${ev.as_of}.xlsx`);
  }
  const key = `evaluation\u0000${strategyId}\u0000${asOf}\u0000${q.format ?? 'json'}\u0000${q.encoding ?? ''}`;
  return bodies.respond(c, key, async () => evaluationBody(await catalogs.get(strategyId), asOf, q.format === 'csv' ? (q.encoding ?? 'utf8-bom') : null));
}

export function kpiRoutes(db: Database, opts: { logger?: Logger } = {}) {
  const app = createRouter<AuthEnv>();
  const catalogs = new CatalogCache(db);
  // Catalogs, evaluations and KPIs are public and the same for every caller: their bodies are
  // kept per data version (as_of resolved first, so "today" is part of the key).
  const bodies = new ResponseCache(() => dataVersionOf(db).fresh());

  app.openapi(listStrategiesRoute, async (c) => c.json({ strategies: await listStrategies(db) }, 200));
  app.openapi(getCatalogRoute, async (c) => {
    const { strategyId } = c.req.valid('param');
    return bodies.respond(c, `catalog\u0000${strategyId}`, async () => json(catalogToJson(await catalogs.get(strategyId)))) as never;
  });

  app.openapi(getEvaluationRoute, async (c) => (await evaluationResponse(c, { catalogs, bodies }, c.req.valid('param').strategyId, c.req.valid('query'))) as never);

  app.openapi(getKpiRoute, async (c) => {
    const { strategyId, kpiId } = c.req.valid('param');
    const asOf = asOfDay(c.req.valid('query').as_of);
    return bodies.respond(c, `kpi\u0000${strategyId}\u0000${kpiId}\u0000${asOf}`, async () => json(await getKpiEvaluation(catalogs, strategyId, kpiId, asOf))) as never;
  });

  app.openapi(getAuditRoute, async (c) => c.json({ entries: await strategyAudit(db, c.req.valid('param').strategyId, c.req.valid('query').limit) } as never, 200));

  app.openapi(postObservationsRoute, async (c) => {
    const by = requirePrincipal(c);
    const r = await recordObservations(db, catalogs, {
      by,
      strategyId: c.req.valid('param').strategyId,
      rows: c.req.valid('json').rows,
      asOf: asOfDay(c.req.valid('query').as_of),
    });
    return c.json({ ...r, result: { ...r.result } } as never, 200);
  });

  app.openapi(createStrategyRoute, async (c) => {
    const by = requirePrincipal(c);
    const b = c.req.valid('json');
    const s = await createStrategy(db, { by, ownerCode: b.owner_code, name: b.name, from: b.from, to: b.to, id: b.id, fromNational: b.from_national });
    c.header('Location', `/api/v1/strategies/${encodeURIComponent(s.id)}`);
    return c.json({ strategy: { id: s.id, owner_code: s.ownerCode, name: s.name, kpis: s.kpis } }, 201);
  });

  app.openAPIRegistry.registerPath(postImportDoc);
  app.post('/strategies/:strategyId/imports', async (c) => {
    const strategyId = c.req.param('strategyId');
    const job = await startTableImport(db, { by: requirePrincipal(c), strategyId, upload: () => readUpload(c), logger: opts.logger });
    c.header('Location', `/api/v1/strategies/${encodeURIComponent(strategyId)}/imports/${job.id}`);
    return c.json({ job }, 202);
  });

  // Reading a job is a GET (no CSRF token), but only for those who may write the strategy.
  app.openapi(getImportJobRoute, async (c) => c.json({ job: await getImportJob(db, { by: sessionPrincipal(c), ...c.req.valid('param') }) } as never, 200));

  mountTemplateRoute(app, 'observations', OBSERVATION_TEMPLATE, '実績値');
  mountTemplateRoute(app, 'kpis', KPI_TEMPLATE, 'KPI定義');

  app.openapi(searchRoute, async (c) => {
    const { q, strategy } = c.req.valid('query');
    return c.json({ query: q, results: await searchKpis(db, catalogs, q, strategy) }, 200);
  });

  // Documented in the registry but served by a plain handler: the body is read as text so that
  // errors can name the line and column in the posted JSON (a validator would re-serialise it).
  // It arrives checked (size, UTF-8, depth, JSON; src/http/request-guard.ts) and is rate limited
  // per client (src/http/app.ts): it is public.
  app.openAPIRegistry.registerPath(postEvaluateDoc);
  app.post('/evaluate', async (c) => {
    const catalog = readJsonCatalog(await c.req.text(), BODY_FILE);
    return c.json(evaluateCatalog(catalog, asOfDay(c.req.query('as_of'))), 200);
  });

  return app;
}
