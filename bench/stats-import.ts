/**
 * Statistics import throughput: 1,000,000 synthetic values (every area of the local-government
 * master × 20 indicators × years) on a fresh PGlite (memory) and a fresh PostgreSQL database
 * (SOUSEI_BENCH_DATABASE_URL, or a throwaway cluster from the installed binaries).
 *
 *   COPY   — the anchor: a raw COPY of the same rows (CSV made beforehand, not timed) into the
 *            same indexed, empty table, in one transaction
 *   store  — writeValues (upsert: COPY into staging, one set-based upsert per chunk) into the
 *            empty table, then again over the loaded table (every row replaced): what every
 *            import and the first-start load end in; as a ratio of the anchor's rate
 *   import — importStatistics on the same values as a tidy CSV (UTF-8, ≈30 MB): decode, parse,
 *            check every row and area, write, audit, KPI-binding sync — the whole user path
 *
 * Run alone: node --import tsx bench/stats-import.ts (BENCH_STATS_VALUES to change the size).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { copyFromCsv } from '../src/db/copy.ts';
import { importStatistics } from '../src/modules/statistics/imports/import-statistics.ts';
import { upsertIndicators, VALUE_CHUNK, writeValues, type IndicatorDef, type ValueRow } from '../src/modules/statistics/store/indicator-store.ts';
import { loadReferenceData, REFERENCE_DIR } from '../src/platform/reference-data.ts';
import { formatDay, parsePeriod } from '../src/shared/periods.ts';
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

/** The rows as CSV chunks of the writer's size, made before the clock starts. */
function csvChunks(rows: ValueRow[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += VALUE_CHUNK)
    out.push(
      rows
        .slice(i, i + VALUE_CHUNK)
        .map((r) => `${r.areaCode},${r.indicatorCode},${r.period.label},${formatDay(r.period.end)},${r.value ?? ''},${r.flag ?? ''}\n`)
        .join(''),
    );
  return out;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function measure(label: string, rows: ValueRow[], csv: Uint8Array, url?: string): Promise<void> {
  const h = await freshDatabase(url);
  const chunks = csvChunks(rows);
  const n = rows.length;
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  try {
    const copy = await timed(() =>
      h.db.transaction(async (tx) => {
        for (const c of chunks) await copyFromCsv(tx, 'indicator_values (area_code, indicator_code, period, period_end, value, flag)', c);
      }),
    );
    console.log(`  ${label}, raw COPY into the indexed table (anchor): ${n.toLocaleString()} values in ${secs(copy)} — ${rate(n, copy)}`);
    await h.db.execute(sql`truncate indicator_values`);
    const fresh = await timed(() => h.db.transaction(async (tx) => writeValues(tx, rows)));
    const replace = await timed(() => h.db.transaction(async (tx) => writeValues(tx, rows)));
    const ratio = (ms: number) => `${Math.round((copy / ms) * 100)}% of COPY`;
    console.log(`  ${label}, store (writeValues upsert) into the empty table: ${secs(fresh)} — ${rate(n, fresh)}, ${ratio(fresh)}`);
    console.log(`  ${label}, store (writeValues upsert) replacing every value: ${secs(replace)} — ${rate(n, replace)}, ${ratio(replace)}`);

    await h.db.execute(sql`truncate indicator_values`);
    const full = await timed(async () => {
      const r = await importStatistics(h.db, { bytes: csv, file: 'bench.csv', actor: 'bench' });
      if (r.values !== n) throw new Error(`imported ${r.values}, expected ${n}`);
    });
    console.log(`  ${label}, import (tidy CSV ${(csv.length / 1e6).toFixed(0)} MB → read, check, write, audit): ${secs(full)} — ${rate(n, full)}`);
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
  if (process.env.BENCH_STATS_PGLITE_ONLY) return;
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
