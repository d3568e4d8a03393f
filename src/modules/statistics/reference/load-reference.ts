/**
 * The statistics data set shipped in reference-data/statistics/: indicator definitions, ≈1.3 M
 * values and the merged-away municipalities their series need, in one transaction, so a start
 * that is interrupted leaves nothing half-loaded and simply loads again next time.
 *
 * The values are streamed from the files to COPY, never all held. Into an empty store (a first
 * start) they are loaded with the indexes dropped and rebuilt after (src/db/bulk-load.ts);
 * otherwise (a newer data set over an installed one) upserted like any import.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { bulkLoadEmptyTable } from '../../../db/bulk-load.ts';
import { isReferenceLoaded, markReferenceLoaded, referenceChecksum } from '../../../db/reference-data-loads.ts';
import type { ReferenceContext } from '../../../infra/module-manifest.ts';
import { historicalAreaRows, upsertHistoricalAreas } from '../../local-gov/index.ts';
import { loadCensusAge3Reference } from './load-census-age3.ts';
import { ALL_REFERENCE_INDICATORS } from './reference-indicators.ts';
import { readHistoricalAreas, statisticsValues, STATISTICS_FILES, STATISTICS_READER_VERSION, type StatisticsFiles } from './reference-values.ts';
import { upsertIndicators, writeValues } from '../store/indicator-store.ts';

const STEP = '統計データを読み込み中 / loading statistics';

export interface StatisticsReferenceReport {
  statistics: 'loaded' | 'unchanged' | 'skipped';
  /** when loaded: what and how long */
  statisticsLoad?: { indicators: number; values: number; historicalAreas: number; ms: number };
}

export async function loadStatisticsReference(ctx: ReferenceContext): Promise<StatisticsReferenceReport> {
  if (!ctx.statistics) return { statistics: 'skipped' };
  const report = await loadShippedValues(ctx);
  // RESAS's census grid (own checksum and transaction), after the main set: into an empty store
  // the main set is bulk-loaded, and these rows first would turn that into a million upserts.
  await loadCensusAge3Reference(ctx);
  return report;
}

async function loadShippedValues(ctx: ReferenceContext): Promise<StatisticsReferenceReport> {
  const dir = `${ctx.referenceDir}statistics/`;
  const files = Object.fromEntries(Object.entries(STATISTICS_FILES).map(([k, f]) => [k, readFileSync(`${dir}${f}`, 'utf8')])) as StatisticsFiles;
  const sum = referenceChecksum(String(STATISTICS_READER_VERSION), JSON.stringify(ALL_REFERENCE_INDICATORS), ...Object.values(files));
  if (await isReferenceLoaded(ctx.db, 'statistics', sum)) return { statistics: 'unchanged' };
  const started = performance.now();
  ctx.progress(STEP, 0, 1);
  // The Northern-Territories villages have codes but no figures of their own (the sources list zeros).
  const northern = new Set(
    readFileSync(`${ctx.referenceDir}local-gov/municipalities.csv`, 'utf8')
      .split('\n')
      .filter((l) => l.trimEnd().endsWith(',1'))
      .map((l) => l.slice(0, 6)),
  );
  const historical = historicalAreaRows(readHistoricalAreas(files));
  // A counting pass (about a second) gives the progress bar its total without holding the values.
  let total = 0;
  for (const _ of statisticsValues(files, northern)) total++;
  const progress = (done: number) => ctx.progress(STEP, done, total);
  await ctx.db.transaction(async (tx) => {
    await upsertHistoricalAreas(tx, historical);
    await upsertIndicators(tx, [...ALL_REFERENCE_INDICATORS]);
    const empty = (await tx.execute(sql`select not exists (select 1 from indicator_values) as empty`)) as unknown as { rows: Array<{ empty: boolean }> };
    if (empty.rows[0]?.empty) await bulkLoadEmptyTable(tx, 'indicator_values', () => writeValues(tx, statisticsValues(files, northern), progress, { total, mode: 'insert' }));
    else await writeValues(tx, statisticsValues(files, northern), progress, { total });
    await markReferenceLoaded(tx, 'statistics', sum);
  });
  return {
    statistics: 'loaded',
    statisticsLoad: { indicators: ALL_REFERENCE_INDICATORS.length, values: total, historicalAreas: historical.length, ms: Math.round(performance.now() - started) },
  };
}
