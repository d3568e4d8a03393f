/** 第2世代交付金: applications with their projects and rule checks, review by the four criteria, decisions, effect verification. */
import { commandGroup } from '../../infra/cli/command-group.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerGrantApplications } from './cli/grants.ts';
import { grantRoutes } from './http.ts';
import * as schema from './schema.ts';

export const grantsModule = {
  name: 'grants',
  needs: ['local-gov', 'audit', 'auth', 'organisations', 'kpi', 'rulebook'],
  schema,
  routes: ({ db }) => grantRoutes(db),
  commands: (program, rt) => {
    const grants = commandGroup(program, 'grants', '第2世代交付金の申請 / 2nd-generation grant applications');
    registerGrantApplications(grants, rt);
  },
} satisfies ModuleManifest;
