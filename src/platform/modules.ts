/**
 * The platform's modules, in the order they are set up (each after the modules it needs). The
 * HTTP app, the CLI, the reference-data loader and the migration generator (by folder) all take
 * them from here: a new module is a folder under src/modules and one line below.
 */
import { collectExtensions, type ModuleManifest } from '../infra/module-manifest.ts';
import { auditModule } from '../modules/audit/module.ts';
import { authModule } from '../modules/auth/module.ts';
import { calculatorsModule } from '../modules/calculators/module.ts';
import { demoModule } from '../modules/demo/module.ts';
import { goodPracticesModule } from '../modules/good-practices/module.ts';
import { grantsModule } from '../modules/grants/module.ts';
import { jobsModule } from '../modules/jobs/module.ts';
import { kpiModule } from '../modules/kpi/module.ts';
import { kpiBindingsModule } from '../modules/kpi-bindings/module.ts';
import { localGovModule } from '../modules/local-gov/module.ts';
import { organisationsModule } from '../modules/organisations/module.ts';
import { plansModule } from '../modules/plans/module.ts';
import { rulebookModule } from '../modules/rulebook/module.ts';
import { statisticsModule } from '../modules/statistics/module.ts';
import { strategyDocumentsModule } from '../modules/strategy-documents/module.ts';
import { strategyVerificationModule } from '../modules/strategy-verification/module.ts';

export const MODULES: readonly ModuleManifest[] = [
  localGovModule,
  auditModule,
  authModule,
  organisationsModule,
  jobsModule,
  kpiModule,
  statisticsModule,
  kpiBindingsModule,
  strategyDocumentsModule,
  plansModule,
  rulebookModule,
  calculatorsModule,
  grantsModule,
  strategyVerificationModule,
  goodPracticesModule,
  demoModule,
];

export const EXTENSIONS = collectExtensions(MODULES);
