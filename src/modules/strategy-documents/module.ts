/** Strategy documents: a 地方版総合戦略 as PDF, Word or text → its KPI statements → a draft KPI catalog. No tables. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerStrategyExtract } from './cli/strategy.ts';
import { strategyDocumentRoutes } from './http.ts';

export const strategyDocumentsModule = {
  name: 'strategy-documents',
  needs: ['kpi', 'auth', 'local-gov'],
  schema: {},
  routes: ({ db }) => strategyDocumentRoutes(db),
  commands: (program, rt) => registerStrategyExtract(program, rt),
} satisfies ModuleManifest;
