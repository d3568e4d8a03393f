/**
 * Statistics import throughput: 1,000,000 synthetic values (every area of the local-government
 * master × 20 indicators × years) on a fresh PGlite (memory) and a fresh PostgreSQL database
 * (SOUSEI_BENCH_DATABASE_URL, or a throwaway cluster from the installed binaries).
 *
 *   store  — writeValues in one transaction: what every import and the first-start load end in
 *   import — importStatistics on the same values as a tidy CSV (UTF-8, ≈30 MB): decode, parse,
 *            check every row and area, write, audit, KPI-binding sync — the whole user path
 *
 * Run alone: node --import tsx bench/stats-import.ts (BENCH_STATS_VALUES to change the size).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { importStatistics } from '../src/modules/statistics/imports/import-statistics.ts';
import { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/store/indicator-store.ts';
import { loadReferenceData, REFERENCE_DIR } from '../src/platform/reference-data.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { createPostgresDatabase } from '../test/support/postgres-database.ts';
import { startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';

const VALUES = Number(process.env.BENCH_STATS_VALUES ?? 1_000_000);
const INDICATORS = 20;

const BENCH_INDICATORS: IndicatorDef[] = Array.from({ length: INDICATORS }, (_, i) => ({
  code: `bench_${String(i).padStart(2, '0')}`,
  nameJa: `ベンチマーク指標${i}`,
  unit: '人',
  category: 'population',
  source: 'ベンチマーク用の合成データ',
  licence: 'CC0',
}));

/** Every area code of the shipped master (nation, prefectures, municipalities, wards). */
function areaCodes(): string[] {
  const codes = ['000000'];
  for (const f of ['prefectures.csv', 'municipalities.csv']) {
    const lines = readFileSync(`${REFERENCE_DIR}local-gov/${f}`, 'utf8').split('\n').slice(1).filter(Boolean);
    const col = f === 'prefectures.csv' ? 1 : 0;
    for (const l of lines) codes.push(l.split(',')[col]!);
  }
  return codes;
}

function syntheticValues(n: number): ValueRow[] {
  const areas = areaCodes();
  const years = Math.ceil(n / (areas.length * INDICATORS));
  const periods = Array.from({ length: years }, (_, i) => parsePeriod(String(2025 - years + 1 + i)));
  const rows: ValueRow[] = [];
  let seed = 42;
  outer: for (const areaCode of areas)
    for (const ind of BENCH_INDICATORS)
      for (const period of periods) {
        if (rows.length >= n) break outer;
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        // one value in 50 a published non-figure, as in real tables
        rows.push(
          seed % 50 === 0
            ? { areaCode, indicatorCode: ind.code, period, value: null, flag: 'confidential' }
            : { areaCode, indicatorCode: ind.code, period, value: seed % 100_000, flag: null },
        );
      }
  return rows;
}

function tidyCsv(rows: ValueRow[]): Uint8Array {
  const parts = ['area_code,period,indicator,value\n'];
  for (const r of rows) parts.push(`${r.areaCode},${r.period.label},${r.indicatorCode},${r.value === null ? 'x' : r.value}\n`);
  return encodeText(parts.join(''), 'utf8');
}

async function freshDatabase(url?: string): Promise<DatabaseHandle> {
  const h = await openDatabase(url ? { databaseUrl: url } : { dataDir: 'memory://' });
  await h.migrate();
  await loadReferenceData(h.db, undefined, { statistics: false });
  await upsertIndicators(h.db, BENCH_INDICATORS);
  return h;
}

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString()} values/s`;

async function measure(label: string, rows: ValueRow[], csv: Uint8Array, url?: string): Promise<void> {
  const h = await freshDatabase(url);
  try {
    let t = performance.now();
    await h.db.transaction(async (tx) => writeValues(tx, rows));
    const store = performance.now() - t;
    console.log(`  ${label}, store (writeValues, one transaction): ${rows.length.toLocaleString()} values in ${(store / 1000).toFixed(1)} s — ${rate(rows.length, store)}`);

    await h.db.execute(sql`truncate indicator_values`);
    t = performance.now();
    const r = await importStatistics(h.db, { bytes: csv, file: 'bench.csv', actor: 'bench' });
    const full = performance.now() - t;
    if (r.values !== rows.length) throw new Error(`imported ${r.values}, expected ${rows.length}`);
    console.log(`  ${label}, import (tidy CSV ${(csv.length / 1e6).toFixed(0)} MB → read, check, write, audit): ${(full / 1000).toFixed(1)} s — ${rate(rows.length, full)}`);
  } finally {
    await h.close();
  }
}

export async function benchStatsImport(): Promise<void> {
  const rows = syntheticValues(VALUES);
  const csv = tidyCsv(rows);
  console.log(
    `statistics import: ${rows.length.toLocaleString()} synthetic values (${new Set(rows.map((r) => r.areaCode)).size.toLocaleString()} areas × ${INDICATORS} indicators × years)`,
  );
  await measure('PGlite (memory)', rows, csv);
  const given = process.env.SOUSEI_BENCH_DATABASE_URL;
  const throwaway = given ? null : await startThrowawayPostgres({ durable: true });
  if (!given && !throwaway) {
    console.log('  PostgreSQL: skipped (no PostgreSQL installed and SOUSEI_BENCH_DATABASE_URL not set)');
    return;
  }
  const db = await createPostgresDatabase((given ?? throwaway?.url)!);
  try {
    await measure('PostgreSQL', rows, csv, db.url);
  } finally {
    await db.drop();
    throwaway?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchStatsImport();
