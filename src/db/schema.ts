/** Every module's tables, in one place for the migration generator and the typed client. */
export * from '../modules/local-gov/schema.ts';
export * from '../modules/kpi/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/statistics/schema.ts';
export { referenceDataLoads } from './reference-data-loads.ts';
export * from '../modules/jobs/schema.ts';
