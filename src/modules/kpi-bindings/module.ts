/**
 * The kpi-bindings module: KPIs fed by statistics series (indicator × area). Binds and unbinds
 * (routes, `sousei kpi bind`), and syncs the bound KPIs' observations after every statistics
 * import through the statistics module's afterStatisticsImport point.
 */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerKpiBind } from './cli/bind.ts';
import { registerKpiBindReference } from './cli/bind-reference.ts';
import { registerKpiCompare } from './cli/compare.ts';
import { bindingRoutes } from './http.ts';
import * as schema from './schema.ts';
import { syncAfterStatisticsImport } from './sync-kpi-bindings.ts';

export const kpiBindingsModule = {
  name: 'kpi-bindings',
  needs: ['local-gov', 'audit', 'auth', 'kpi', 'statistics'],
  schema,
  routes: ({ db }) => bindingRoutes(db),
  commands: (program, rt) => {
    registerKpiBind(program, rt);
    registerKpiBindReference(program, rt);
    registerKpiCompare(program, rt);
  },
  extends: { afterStatisticsImport: syncAfterStatisticsImport },
} satisfies ModuleManifest;
