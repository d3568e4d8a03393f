/**
 * Loads the shipped reference data (local-government master, the national strategy catalog,
 * the statistics data set) on first start. A checksum per data set makes later starts a no-op,
 * and lets a newer master or data set be upserted; a strategy already in the database is never
 * overwritten (it holds actuals).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { referenceDataLoads } from '../db/reference-data-loads.ts';
import { historicalAreaRows, readLocalGovMaster, upsertAreas, upsertHistoricalAreas } from '../modules/local-gov/index.ts';
import { findStrategyOwner, readJsonCatalog, saveCatalog } from '../modules/kpi/index.ts';
import { ALL_REFERENCE_INDICATORS, readStatisticsReference, STATISTICS_FILES, STATISTICS_READER_VERSION, upsertIndicators, writeValues, type StatisticsFiles } from '../modules/statistics/index.ts';

export const REFERENCE_DIR = fileURLToPath(new URL('../../reference-data/', import.meta.url));
export const NATIONAL_STRATEGY_FILE = `${REFERENCE_DIR}strategies/chiiki-mirai-senryaku-2026.json`;

const sha = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

export type ProgressFn = (step: string, done: number, total: number) => void;

async function alreadyLoaded(db: Database, name: string, checksum: string): Promise<boolean> {
  const rows = await db.select().from(referenceDataLoads).where(eq(referenceDataLoads.name, name));
  return rows[0]?.checksum === checksum;
}

async function markLoaded(db: Pick<Database, 'insert'>, name: string, checksum: string): Promise<void> {
  await db.insert(referenceDataLoads).values({ name, checksum }).onConflictDoUpdate({ target: referenceDataLoads.name, set: { checksum, loadedAt: new Date() } });
}

export interface ReferenceLoadReport {
  areas: 'loaded' | 'unchanged';
  strategies: Array<{ id: string; result: 'loaded' | 'present' }>;
  statistics: 'loaded' | 'unchanged' | 'skipped';
  /** when loaded: what and how long */
  statisticsLoad?: { indicators: number; values: number; historicalAreas: number; ms: number };
}

export interface ReferenceLoadOptions {
  /**
   * Load the statistics data set (≈1.3 M values; seconds to tens of seconds on first start).
   * Default true; test databases leave it out unless a suite needs it.
   */
  statistics?: boolean;
}

export const STATISTICS_DIR = `${REFERENCE_DIR}statistics/`;

export async function loadReferenceData(db: Database, progress: ProgressFn = () => {}, opts: ReferenceLoadOptions = {}): Promise<ReferenceLoadReport> {
  const report: ReferenceLoadReport = { areas: 'unchanged', strategies: [], statistics: 'skipped' };
  const prefs = readFileSync(`${REFERENCE_DIR}local-gov/prefectures.csv`, 'utf8');
  const munis = readFileSync(`${REFERENCE_DIR}local-gov/municipalities.csv`, 'utf8');
  const areaSum = sha(prefs, munis);
  // Progress is reported only for work actually done, so later starts stay quiet.
  if (!(await alreadyLoaded(db, 'local-gov', areaSum))) {
    progress('地方公共団体マスタを読み込み中 / loading local governments', 0, 1);
    await upsertAreas(db, readLocalGovMaster(prefs, munis));
    await markLoaded(db, 'local-gov', areaSum);
    report.areas = 'loaded';
    progress('地方公共団体マスタを読み込み中 / loading local governments', 1, 1);
  }

  const text = readFileSync(NATIONAL_STRATEGY_FILE, 'utf8');
  // Only the id is needed to see that it is already there; full validation only when loading.
  const id = (JSON.parse(text) as { strategy: { id: string } }).strategy.id;
  if (await findStrategyOwner(db, id)) {
    report.strategies.push({ id, result: 'present' });
  } else {
    const catalog = readJsonCatalog(text, 'chiiki-mirai-senryaku-2026.json');
    progress('地域未来戦略を読み込み中 / loading the national strategy', 0, 1);
    await saveCatalog(db, catalog, { ownerCode: String(catalog.strategy.extra?.owner_code ?? '000000'), actor: 'system:reference-data', source: 'reference-data/strategies/chiiki-mirai-senryaku-2026.json' });
    report.strategies.push({ id: catalog.strategy.id, result: 'loaded' });
    progress('地域未来戦略を読み込み中 / loading the national strategy', 1, 1);
  }

  if (opts.statistics !== false) await loadStatistics(db, munis, progress, report);
  return report;
}

const STATISTICS_STEP = '統計データを読み込み中 / loading statistics';

/**
 * The statistics data set (reference-data/statistics/): indicator definitions, ≈1.3 M values
 * and the merged-away municipalities their series need, in one transaction, so a start that is
 * interrupted leaves nothing half-loaded and simply loads again next time.
 */
async function loadStatistics(db: Database, municipalitiesCsv: string, progress: ProgressFn, report: ReferenceLoadReport): Promise<void> {
  const files = Object.fromEntries(Object.entries(STATISTICS_FILES).map(([k, f]) => [k, readFileSync(`${STATISTICS_DIR}${f}`, 'utf8')])) as StatisticsFiles;
  const sum = sha(String(STATISTICS_READER_VERSION), JSON.stringify(ALL_REFERENCE_INDICATORS), ...Object.values(files));
  if (await alreadyLoaded(db, 'statistics', sum)) {
    report.statistics = 'unchanged';
    return;
  }
  const started = performance.now();
  progress(STATISTICS_STEP, 0, 1);
  // The Northern-Territories villages have codes but no figures of their own (the sources list zeros).
  const northern = new Set(
    municipalitiesCsv
      .split('\n')
      .filter((l) => l.trimEnd().endsWith(',1'))
      .map((l) => l.slice(0, 6)),
  );
  const data = readStatisticsReference(files, northern);
  const historical = historicalAreaRows(data.historicalAreas);
  await db.transaction(async (tx) => {
    await upsertHistoricalAreas(tx, historical);
    await upsertIndicators(tx, [...ALL_REFERENCE_INDICATORS]);
    await writeValues(tx, data.values, (done, total) => progress(STATISTICS_STEP, done, total));
    await markLoaded(tx, 'statistics', sum);
  });
  report.statistics = 'loaded';
  report.statisticsLoad = { indicators: ALL_REFERENCE_INDICATORS.length, values: data.values.length, historicalAreas: historical.length, ms: Math.round(performance.now() - started) };
}
