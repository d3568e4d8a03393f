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
import { PeriodParseError, parseDay, todayDay } from '../../shared/periods.ts';
import { evaluateCatalog } from './domain/summarize.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { catalogToJson, evaluationToCsv } from './interchange/write-catalog.ts';
import { evaluationToXlsx } from './interchange/write-evaluation-xlsx.ts';
import { listStrategies } from './repository.ts';
import { CatalogCache } from './catalog-cache.ts';
import {
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

const CSV_SUFFIX = { 'utf8-bom': 'utf8', utf8: 'utf8-nobom', sjis: 'sjis' } as const;

export function kpiRoutes(db: Database, opts: { logger?: Logger } = {}) {
  const app = createRouter<AuthEnv>();
  const catalogs = new CatalogCache(db);

  app.openapi(listStrategiesRoute, async (c) => c.json({ strategies: await listStrategies(db) }, 200));
  app.openapi(getCatalogRoute, async (c) => c.json(catalogToJson(await catalogs.get(c.req.valid('param').strategyId)) as never, 200));

  app.openapi(getEvaluationRoute, async (c) => {
    const { strategyId } = c.req.valid('param');
    const q = c.req.valid('query');
    const catalog = await catalogs.get(strategyId);
    const ev = evaluateCatalog(catalog, asOfDay(q.as_of));
    const base = `${strategyId}_evaluation_${ev.as_of}`;
    if (q.format === 'csv')
      // One file name per encoding: the UTF-8 and Shift_JIS downloads must not overwrite each other.
      return download(
        evaluationToCsv(ev, q.encoding ?? 'utf8-bom'),
        `text/csv; charset=${q.encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`,
        `${base}_${CSV_SUFFIX[q.encoding ?? 'utf8-bom']}.csv`,
      ) as never;
    if (q.format === 'xlsx') return download(await evaluationToXlsx(catalog, ev), XLSX, `${base}.xlsx`) as never;
    return c.json(ev as never, 200);
  });

  app.openapi(getKpiRoute, async (c) => {
    const { strategyId, kpiId } = c.req.valid('param');
    return c.json((await getKpiEvaluation(catalogs, strategyId, kpiId, asOfDay(c.req.valid('query').as_of))) as never, 200);
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
