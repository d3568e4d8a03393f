/** The auth module: users, sessions, sign-in throttling, passwords, CSRF; `sousei users`. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerUsers } from './cli/users.ts';
import { authRoutes } from './http.ts';
import * as schema from './schema.ts';

export const authModule = {
  name: 'auth',
  needs: ['local-gov', 'audit'],
  schema,
  routes: ({ db, secureCookies, clientAddress }) => authRoutes(db, { secureCookies, clientAddress }),
  commands: (program, rt) => registerUsers(program, rt),
} satisfies ModuleManifest;
