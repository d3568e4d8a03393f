/** The rule book: the rates, caps, periods and limits of the grant and tax programmes as data, with sources and effective periods. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerRules } from './cli/rules.ts';
import { rulebookRoutes } from './http.ts';

export const rulebookModule = {
  name: 'rulebook',
  needs: [],
  schema: {},
  routes: () => rulebookRoutes(),
  commands: (program, rt) => registerRules(program, rt),
} satisfies ModuleManifest;
