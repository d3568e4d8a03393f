/** 第2世代交付金: applications with their projects and rule checks, review by the four criteria, decisions, effect verification. */
import { commandGroup } from '../../infra/cli/command-group.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerGrantsCheck } from './cli/grants-check.ts';
import { registerGrantsReview } from './cli/grants-review.ts';
import { registerGrantApplications } from './cli/grants.ts';
import { grantCheckRoutes } from './http-check.ts';
import { grantReviewRoutes } from './http-review.ts';
import { grantRollupRoutes } from './http-rollup.ts';
import { grantVerificationRoutes } from './http-verification.ts';
import { grantRoutes } from './http.ts';
import * as schema from './schema.ts';

export const grantsModule = {
  name: 'grants',
  needs: ['local-gov', 'audit', 'auth', 'organisations', 'kpi', 'rulebook'],
  schema,
  routes: ({ db }) => {
    const app = grantRoutes(db);
    // POST /grants/check stores nothing and is public
    app.route('/', grantCheckRoutes(db));
    app.route('/', grantReviewRoutes(db));
    app.route('/', grantVerificationRoutes(db));
    app.route('/', grantRollupRoutes(db));
    return app;
  },
  commands: (program, rt) => {
    const grants = commandGroup(program, 'grants', '第2世代交付金の申請 / 2nd-generation grant applications');
    registerGrantsCheck(grants, rt);
    registerGrantApplications(grants, rt);
    registerGrantsReview(grants, rt);
  },
} satisfies ModuleManifest;
