/**
 * Loads the shipped reference data at start: every module's loader (local-government master,
 * the national strategy catalog, the statistics data set), in module order. A checksum per data
 * set makes later starts a no-op, and lets a newer data set be loaded; a strategy already in the
 * database is never overwritten (it holds actuals).
 */
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/client.ts';
import type { ProgressFn } from '../infra/module-manifest.ts';
import { NATIONAL_STRATEGY_PATH } from '../modules/kpi/index.ts';
import type { StatisticsReferenceReport } from '../modules/statistics/index.ts';
import { MODULES } from './modules.ts';

export type { ProgressFn };

export const REFERENCE_DIR = fileURLToPath(new URL('../../reference-data/', import.meta.url));
export const NATIONAL_STRATEGY_FILE = `${REFERENCE_DIR}${NATIONAL_STRATEGY_PATH}`;
export const STATISTICS_DIR = `${REFERENCE_DIR}statistics/`;

export interface ReferenceLoadReport extends StatisticsReferenceReport {
  areas: 'loaded' | 'unchanged';
  strategies: Array<{ id: string; result: 'loaded' | 'present' }>;
}

export interface ReferenceLoadOptions {
  /**
   * Load the statistics data set (≈1.3 M values; seconds to tens of seconds on first start).
   * Default true; test databases leave it out unless a suite needs it.
   */
  statistics?: boolean;
}

export async function loadReferenceData(db: Database, progress: ProgressFn = () => {}, opts: ReferenceLoadOptions = {}): Promise<ReferenceLoadReport> {
  const ctx = { db, progress, referenceDir: REFERENCE_DIR, statistics: opts.statistics !== false };
  const report = {} as ReferenceLoadReport;
  for (const m of MODULES) if (m.reference) Object.assign(report, await m.reference(ctx));
  return report;
}
