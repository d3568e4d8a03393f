/** The statistics module: the indicator store, the shipped data set, its imports and read API, RESAS-compatible routes. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { bindingRoutes } from './bindings-http.ts';
import { registerKpiBind } from './cli/bind.ts';
import { registerStats } from './cli/stats.ts';
import { statisticsRoutes } from './http/routes.ts';
import { loadStatisticsReference } from './reference/load-reference.ts';
import * as schema from './schema.ts';

export const statisticsModule = {
  name: 'statistics',
  needs: ['local-gov', 'audit', 'kpi'],
  schema,
  routes: ({ db }) => statisticsRoutes(db).route('/', bindingRoutes(db)),
  commands: (program, rt) => {
    registerStats(program, rt);
    registerKpiBind(program, rt);
  },
  reference: loadStatisticsReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadStatisticsReference>>>;
