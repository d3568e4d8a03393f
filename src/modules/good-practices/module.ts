/** 好事例: structured cases with their workflow, Japanese bigram search, suggestions for a government, "used by" links, shipped cases. */
import { commandGroup } from '../../infra/cli/command-group.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerGoodPractices } from './cli/good-practices.ts';
import { goodPracticeRoutes } from './http.ts';
import { loadGoodPracticesReference } from './load-reference.ts';
import * as schema from './schema.ts';

export const goodPracticesModule = {
  name: 'good-practices',
  needs: ['local-gov', 'audit', 'auth', 'organisations', 'kpi', 'statistics'],
  schema,
  routes: ({ db }) => goodPracticeRoutes(db),
  commands: (program, rt) => registerGoodPractices(commandGroup(program, 'good-practices', '好事例 / good-practice cases'), rt),
  reference: loadGoodPracticesReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadGoodPracticesReference>>>;
