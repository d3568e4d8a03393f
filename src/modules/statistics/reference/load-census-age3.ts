/**
 * First-start loading of the census/projection age composition (census-age3.ts) as statistics
 * indicators, in its own transaction and with its own checksum, so an installed database gets
 * these values without reloading the large data set, and a later start does nothing.
 */
import { readFileSync } from 'node:fs';
import { isReferenceLoaded, markReferenceLoaded, referenceChecksum } from '../../../db/reference-data-loads.ts';
import type { ReferenceContext } from '../../../infra/module-manifest.ts';
import { upsertIndicators, writeValues } from '../store/indicator-store.ts';
import { CENSUS_AGE3_FILES, CENSUS_AGE3_INDICATORS, CENSUS_AGE3_READER_VERSION, type CensusAge3Files, readCensusAge3 } from './census-age3.ts';

const STEP = '国勢調査・将来推計の年齢3区分を読み込み中 / loading census age groups';

export async function loadCensusAge3Reference(ctx: Pick<ReferenceContext, 'db' | 'progress' | 'referenceDir'>): Promise<'loaded' | 'unchanged'> {
  const dir = `${ctx.referenceDir}statistics/`;
  const files = Object.fromEntries(Object.entries(CENSUS_AGE3_FILES).map(([k, f]) => [k, readFileSync(`${dir}${f}`, 'utf8')])) as CensusAge3Files;
  const sum = referenceChecksum(String(CENSUS_AGE3_READER_VERSION), JSON.stringify(CENSUS_AGE3_INDICATORS), ...Object.values(files));
  if (await isReferenceLoaded(ctx.db, 'statistics-census-age3', sum)) return 'unchanged';
  ctx.progress(STEP, 0, 1);
  const values = readCensusAge3(files);
  await ctx.db.transaction(async (tx) => {
    await upsertIndicators(tx, [...CENSUS_AGE3_INDICATORS]);
    await writeValues(tx, values, (done, total) => ctx.progress(STEP, done, total));
    await markReferenceLoaded(tx, 'statistics-census-age3', sum);
  });
  return 'loaded';
}
