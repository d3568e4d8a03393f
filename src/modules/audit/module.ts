/** The audit module: the append-only, hash-chained log every write appends to. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import { registerAuditCommands } from './cli/audit.ts';
import * as schema from './schema.ts';

export const auditModule = {
  name: 'audit',
  needs: [],
  schema,
  commands: (program, rt) => registerAuditCommands(program, rt),
} satisfies ModuleManifest;
