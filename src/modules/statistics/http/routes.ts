/**
 * REST routes of the statistics module (/api/v1/indicators…, /series, /scatter, /areas/{code}/profile
 * and /similar, /boundaries, and the RESAS-API-v1-compatible /prefectures, /cities, /population/…),
 * in route groups per resource. Thin: parse, call the use case (read/), reply.
 */
import type { Database } from '../../../db/client.ts';
import { dataVersionOf } from '../../../db/data-version.ts';
import { createRouter } from '../../../infra/http/router.ts';
import { ResponseCache } from '../../../infra/http/response-cache.ts';
import { mountTemplateRoute } from '../../../infra/http/template-route.ts';
import { TIDY_TEMPLATE } from '../imports/import-template.ts';
import { StatisticsReader } from '../read/statistics-reader.ts';
import { BoundaryCache } from '../reference/boundaries.ts';
import { mountResasRoutes } from '../resas/resas-routes.ts';
import { mountAreaRoutes } from './area-routes.ts';
import { mountBoundaryRoutes } from './boundary-routes.ts';
import { mountIndicatorRoutes } from './indicator-routes.ts';
import { mountSeriesRoutes } from './series-routes.ts';

export interface StatisticsRoutesOptions {
  /** where the boundary TopoJSON files are; default BOUNDARIES_DIR (reference-data/statistics/boundaries/) */
  boundariesDir?: string;
}

export function statisticsRoutes(db: Database, opts: StatisticsRoutesOptions = {}) {
  const app = createRouter();
  const reader = new StatisticsReader(db);
  // Public bodies, the same for every caller, kept per data version (maps: hundreds of KB).
  const bodies = new ResponseCache(() => dataVersionOf(db).fresh());
  // The order of the groups is the order of the paths in /api/openapi.json.
  mountIndicatorRoutes(app, reader, bodies);
  mountSeriesRoutes(app, reader);
  mountAreaRoutes(app, reader);
  mountBoundaryRoutes(app, new BoundaryCache(opts.boundariesDir));
  mountResasRoutes(app, reader);
  mountTemplateRoute(app, 'statistics', TIDY_TEMPLATE, '統計データ（tidy 形式）');
  return app;
}
