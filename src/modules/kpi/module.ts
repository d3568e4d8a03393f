/** The KPI module: strategies, logic models, KPIs and actual values; the evaluation engine; imports and exports. */
import { registerTemplateCommand } from '../../infra/cli/template-command.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { KPI_TEMPLATE, OBSERVATION_TEMPLATE } from './interchange/import-templates.ts';
import { registerExport } from './cli/export.ts';
import { registerImport } from './cli/import.ts';
import { registerKpi } from './cli/kpi.ts';
import { registerStrategies } from './cli/strategies.ts';
import { kpiRoutes } from './http.ts';
import { loadKpiReference } from './load-reference.ts';
import * as schema from './schema.ts';

export const kpiModule = {
  name: 'kpi',
  needs: ['local-gov', 'audit', 'auth', 'jobs'],
  schema,
  routes: ({ db, logger }) => kpiRoutes(db, { logger }),
  commands: (program, rt) => {
    registerImport(program, rt);
    registerExport(program, rt);
    registerKpi(program, rt);
    registerStrategies(program, rt);
    registerTemplateCommand(program, rt, 'observations', OBSERVATION_TEMPLATE, '実績値');
    registerTemplateCommand(program, rt, 'kpis', KPI_TEMPLATE, 'KPI定義');
  },
  reference: loadKpiReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadKpiReference>>>;
