/** The jobs module: background work started by a request (import jobs), polled by id. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import * as schema from './schema.ts';

export const jobsModule = {
  name: 'jobs',
  needs: [],
  schema,
} satisfies ModuleManifest;
