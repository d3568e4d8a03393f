/**
 * The statistics module: the indicator store, the shipped data set, its imports and read API,
 * RESAS-compatible routes. Offers one extension point, afterStatisticsImport
 * (imports/after-import.ts): the import runs its contributions in its transaction.
 */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerStats } from './cli/stats.ts';
import { statisticsRoutes } from './http/routes.ts';
import { loadStatisticsReference } from './reference/load-reference.ts';
import * as schema from './schema.ts';

export const statisticsModule = {
  name: 'statistics',
  needs: ['local-gov', 'audit', 'auth'],
  schema,
  routes: ({ db }) => statisticsRoutes(db),
  commands: (program, rt, extensions) => registerStats(program, rt, extensions),
  reference: loadStatisticsReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadStatisticsReference>>>;
