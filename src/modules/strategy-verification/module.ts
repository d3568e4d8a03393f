/** 効果検証: external verification rounds of a strategy by a panel of 産官学金労言士, sign-offs tied to the data they saw, the published report. */
import { commandGroup } from '../../infra/cli/command-group.ts';
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerVerification } from './cli/verification.ts';
import { verificationRoutes } from './http.ts';
import * as schema from './schema.ts';

export const strategyVerificationModule = {
  name: 'strategy-verification',
  needs: ['audit', 'auth', 'kpi'],
  schema,
  routes: ({ db }) => verificationRoutes(db),
  commands: (program, rt) => registerVerification(commandGroup(program, 'verification', '効果検証のラウンド / verification rounds'), rt),
} satisfies ModuleManifest;
