/** 第2世代交付金: applications with their projects and rule checks, review by the four criteria, decisions, effect verification. */
import type { ModuleManifest } from '../../infra/module-manifest.ts';
import * as schema from './schema.ts';

export const grantsModule = {
  name: 'grants',
  needs: ['local-gov', 'audit', 'auth', 'organisations', 'kpi', 'rulebook'],
  schema,
} satisfies ModuleManifest;
