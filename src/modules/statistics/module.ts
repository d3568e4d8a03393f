/**
 * The statistics module: the indicator store, the shipped data set, its imports and read API,
 * RESAS-compatible routes. Offers one extension point, afterStatisticsImport
 * (imports/after-import.ts): the import runs its contributions in its transaction.
 */
import { registerTemplateCommand } from '../../infra/cli/template-command.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { TIDY_TEMPLATE } from './imports/import-template.ts';
import { registerStats } from './cli/stats.ts';
import { statisticsRoutes } from './http/routes.ts';
import { loadStatisticsReference } from './reference/load-reference.ts';
import * as schema from './schema.ts';

export const statisticsModule = {
  name: 'statistics',
  needs: ['local-gov', 'audit', 'auth'],
  schema,
  routes: ({ db }) => statisticsRoutes(db),
  commands: (program, rt, extensions) => {
    registerStats(program, rt, extensions);
    registerTemplateCommand(program, rt, 'statistics', TIDY_TEMPLATE, '統計データ（tidy 形式）');
  },
  reference: loadStatisticsReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadStatisticsReference>>>;
