/** The organisations module: who takes part in the plans besides local governments (which are the areas master). */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerOrgs } from './cli/orgs.ts';
import { organisationRoutes } from './http.ts';
import { ensureNationalBodies } from './repository.ts';
import * as schema from './schema.ts';

export const organisationsModule = {
  name: 'organisations',
  needs: ['local-gov', 'audit', 'auth'],
  schema,
  routes: ({ db }) => organisationRoutes(db),
  commands: (program, rt) => registerOrgs(program, rt),
  reference: async (ctx) => ({ national_bodies_added: await ensureNationalBodies(ctx.db) }),
} satisfies ModuleManifest;
