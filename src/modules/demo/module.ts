/** The demo module: `sousei demo add` / `sousei demo remove` — clearly marked sample data for a first run. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerDemo } from './cli/demo.ts';

export const demoModule = {
  name: 'demo',
  needs: ['audit', 'auth', 'kpi', 'plans', 'grants'],
  // no tables of its own: it writes through the KPI and auth modules and marks what it wrote
  schema: {},
  commands: (program, rt) => registerDemo(program, rt),
} satisfies ModuleManifest;
