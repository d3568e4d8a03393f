/** The plans module: 地域未来戦略's three plan types, their workflow, progress rounds and the 国内投資マップ. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerPlans } from './cli/plans.ts';
import { registerRounds } from './cli/rounds.ts';
import { planRoutes } from './http.ts';
import * as schema from './schema.ts';

export const plansModule = {
  name: 'plans',
  needs: ['local-gov', 'audit', 'auth', 'organisations', 'kpi', 'statistics'],
  schema,
  routes: ({ db }) => planRoutes(db),
  commands: (program, rt) => {
    registerPlans(program, rt);
    registerRounds(program, rt);
  },
} satisfies ModuleManifest;
