/**
 * Routes of the 国内投資マップ, its snapshots and the public export of plans. Thin: parse, call a
 * use case, reply. Everything read here is public and the same for every caller, so the bodies
 * are kept per data version (migration 0010 notifies on plans, plan_investments and the
 * snapshots); publishing a snapshot is the secretariat's.
 */
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { dataVersionOf } from '../../db/data-version.ts';
import { download, XLSX } from '../../infra/http/download.ts';
import { ResponseCache, type CacheableBody } from '../../infra/http/response-cache.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, type AuthEnv } from '../auth/index.ts';
import type { PlanType } from './domain/plan-types.ts';
import { compareSnapshotRoute, getSnapshotRoute, investmentMapRoute, listSnapshotsRoute, publishSnapshotRoute } from './http-map-routes.ts';
import { exportPlansRoute } from './http-routes.ts';
import { snapshotComparisonToXlsx } from './interchange/write-snapshot-compare-xlsx.ts';
import type { MapStatus } from './map-repository.ts';
import { compareSnapshotWith } from './use-cases/compare-snapshots.ts';
import { exportPlans, type ExportEncoding, type ExportFormat } from './use-cases/export-plans.ts';
import { investmentMap } from './use-cases/investment-map.ts';
import { publishSnapshot } from './use-cases/publish-snapshot.ts';
import { getSnapshot, listSnapshots } from './use-cases/list-snapshots.ts';

const json = (value: unknown): CacheableBody => ({ body: JSON.stringify(value), contentType: 'application/json' });
const listOf = <T extends string>(s: string | undefined): T[] | undefined => (s ? ([...new Set(s.split(','))].sort() as T[]) : undefined);

async function fileBody(r: Response): Promise<CacheableBody> {
  return { body: new Uint8Array(await r.arrayBuffer()), contentType: r.headers.get('content-type')!, headers: { 'content-disposition': r.headers.get('content-disposition')! } };
}

const CSV_TYPE = (encoding: ExportEncoding) => `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`;

async function exportBody(db: Database, q: { format?: ExportFormat; encoding?: ExportEncoding; type?: PlanType }): Promise<CacheableBody> {
  const out = await exportPlans(db, q);
  const name = `published_plans${q.type ? `_${q.type}` : ''}`;
  if (out.format === 'json') return { body: out.body, contentType: 'application/json' };
  if (out.format === 'xlsx') return fileBody(download(out.body as Uint8Array, XLSX, `${name}.xlsx`));
  const encoding = q.encoding ?? 'utf8-bom';
  return fileBody(download(out.body as Uint8Array, CSV_TYPE(encoding), `${name}_${encoding}.csv`));
}

export interface MapRoutesOptions {
  /** keep public bodies per data version (default true; the bench turns it off to measure a miss) */
  cache?: boolean;
}

export function mapRoutes(db: Database, opts: MapRoutesOptions = {}) {
  const app = createRouter<AuthEnv>();
  // 160 MiB, so bodies up to 40 MiB are kept: the JSON export of 2,000 plans is about 29 MB and
  // costs seconds to make, too much to make again for every public request
  const bodies = new ResponseCache(async () => (opts.cache === false ? null : dataVersionOf(db).fresh()), 160 * 2 ** 20);
  const cached = (c: Context, key: string, make: () => Promise<CacheableBody>) => {
    c.header('Cache-Control', 'public, no-cache');
    return bodies.respond(c, key, make);
  };

  app.openapi(investmentMapRoute, async (c) => {
    const q = c.req.valid('query');
    const query = {
      level: q.level,
      types: listOf<PlanType>(q.type),
      statuses: listOf<MapStatus>(q.status),
      field: q.field,
      year_from: q.year_from,
      year_to: q.year_to,
      plan_id: q.plan_id,
    };
    return cached(c, `map\u0000${JSON.stringify(query)}`, async () => json(await investmentMap(db, query))) as never;
  });
  app.openapi(exportPlansRoute, async (c) => {
    const q = c.req.valid('query');
    return cached(c, `export\u0000${q.format ?? 'json'}\u0000${q.encoding ?? ''}\u0000${q.type ?? ''}`, () => exportBody(db, q)) as never;
  });
  app.openapi(listSnapshotsRoute, async (c) => cached(c, 'snapshots', async () => json({ snapshots: await listSnapshots(db) })) as never);
  app.openapi(publishSnapshotRoute, async (c) => c.json(await publishSnapshot(db, c.req.valid('json'), requirePrincipal(c)), 201));
  app.openapi(getSnapshotRoute, async (c) => {
    const id = c.req.valid('param').snapshotId;
    return cached(c, `snapshot\u0000${id}`, async () => json(await getSnapshot(db, id))) as never;
  });
  app.openapi(compareSnapshotRoute, async (c) => {
    const id = c.req.valid('param').snapshotId;
    const { against, format } = c.req.valid('query');
    return cached(c, `compare\u0000${id}\u0000${against ?? ''}\u0000${format ?? 'json'}`, async () => {
      const result = await compareSnapshotWith(db, id, against);
      if (format !== 'xlsx') return json(result);
      return fileBody(download(await snapshotComparisonToXlsx(result), XLSX, `investment_map_compare_${result.after.as_of}.xlsx`));
    }) as never;
  });
  return app;
}
