/** The calculators: 企業版ふるさと納税 and the プロ人材 side-job subsidy on the rule book; no tables, no sign-in. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerCalc } from './cli/calc.ts';
import { calculatorRoutes } from './http.ts';

export const calculatorsModule = {
  name: 'calculators',
  needs: ['rulebook'],
  schema: {},
  routes: () => calculatorRoutes(),
  commands: (program, rt) => registerCalc(program, rt),
} satisfies ModuleManifest;
