/** The local-government module: areas keyed by 全国地方公共団体コード, the shipped master. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { localGovRoutes } from './http.ts';
import { loadLocalGovReference } from './load-reference.ts';
import * as schema from './schema.ts';

export const localGovModule = {
  name: 'local-gov',
  needs: [],
  schema,
  routes: ({ db }) => localGovRoutes(db),
  reference: loadLocalGovReference,
} satisfies ModuleManifest<Awaited<ReturnType<typeof loadLocalGovReference>>>;
