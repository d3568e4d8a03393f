/**
 * `npm run bench`: figures for the README, not pass/fail tests. The machines are shared and noisy,
 * so each figure is the median of several runs, and ratios within one run are what compare.
 *
 *   1. the engine over a synthetic catalog of 100,000 KPIs and 1,000,000 observations (one core)
 *   2. the JSON interchange reader over the same catalog
 *   5. the indicator store: import of 1,000,000 values, values/s on PGlite and PostgreSQL, and the
 *      upsert writer as a ratio of a raw COPY into the same indexed table (bench/stats-import.ts)
 *   4. the web application: initial JavaScript size and time to interactive (bench/web-perf.ts)
 *   6. KPI table imports (the largest allowed upload) beside raw SQL, health latency meanwhile,
 *      and audit chain verification (bench/kpi-import.ts)
 *   3. REST evaluation of the national strategy on loopback (p50/p95/p99), on PGlite and on
 *      PostgreSQL (SOUSEI_BENCH_DATABASE_URL, or a throwaway cluster from the installed binaries)
 *   7. throughput (req/s) and p95 at concurrency 20 of the evaluation and a statistics map, beside
 *      the raw SQL for the same rows at the same concurrency (bench/http-throughput.ts)
 *   8. plans: 2,000 published plans — the 国内投資マップ and the public list on loopback beside the
 *      raw SQL for the same rows (bench/plans.ts)
 *   9. grants: one application per local government — the public list and the national roll-up beside
 *      the raw SQL, the rule checks and the 企業版ふるさと納税 calculator beside the same function in-process (bench/grants.ts)
 *  10. strategy documents: KPI extraction per 1,000 lines of the national strategy's text and per page of a
 *      printed PDF, beside a raw split + regex pass and pdfjs's own text extraction (bench/strategy-extract.ts)
 *  11. good practices: Japanese bigram search over 10,000 cases on loopback beside the same SQL (bench/good-practices.ts)
 *  12. strategy comparison: 1,741 municipal strategies bound to one indicator, 300 KPIs evaluated per answer on
 *      loopback beside the raw SQL for the same rows (bench/strategy-comparison.ts)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { catalogToJson, evaluateCatalog, readJsonCatalog, type CatalogKpi } from '../src/modules/kpi/index.ts';
import { parseDay } from '../src/shared/periods.ts';
import { countObservations, syntheticCatalog } from './synthetic-catalog.ts';
import { freePort, startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { createPostgresDatabase } from '../test/support/postgres-database.ts';
import { measureWeb } from './web-perf.ts';
import { benchStatsImport } from './stats-import.ts';
import { benchKpiImport } from './kpi-import.ts';
import { benchThroughputPglite, benchThroughputPostgres } from './http-throughput.ts';
import { benchPlans } from './plans.ts';
import { benchGrants } from './grants.ts';
import { benchStrategyExtract } from './strategy-extract.ts';
import { benchGoodPractices } from './good-practices.ts';
import { benchStrategyComparison } from './strategy-comparison.ts';

const KPIS = Number(process.env.BENCH_KPIS ?? 100_000);
const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const ENDPOINTS: Array<[string, string]> = [
  ['GET national-strategy evaluation (79 KPIs)', '/api/v1/strategies/chiiki-mirai-senryaku-2026/evaluation?as_of=2026-11-23'],
  ['GET choropleth data, population, all municipalities', '/api/v1/indicators/population/map?level=municipality'],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

// A full collection before each run, so a run is not charged the garbage of the one before (the
// bare pass after an engine run would otherwise pay for the engine's results).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function timeIt(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * The anchor for the engine: one plain pass over the same observations (latest value on or
 * before the date per leaf KPI, compared with its baseline), no objects made. The engine's
 * figure is reported as a multiple of this, which is what compares across noisy machines.
 */
function barePass(kpis: readonly CatalogKpi[], asOf: number): number {
  let reached = 0;
  const visit = (k: CatalogKpi) => {
    if (k.components.length > 0) {
      for (const c of k.components) visit(c);
      return;
    }
    const obs = k.observations;
    let bestEnd = -Infinity;
    let value = 0;
    for (let i = 0; i < obs.length; i++) {
      const e = obs[i]!.period.end;
      if (e <= asOf && e > bestEnd) {
        bestEnd = e;
        value = obs[i]!.value;
      }
    }
    if (bestEnd !== -Infinity && k.baseline && value > k.baseline.value) reached++;
  };
  for (const k of kpis) visit(k);
  return reached;
}

function engine() {
  const catalog = syntheticCatalog(KPIS, OBSERVATIONS);
  const nObs = countObservations(catalog.kpis);
  const asOf = parseDay('2026-11-23');
  let result = evaluateCatalog(catalog, asOf); // warm-up (JIT)
  let sink = barePass(catalog.kpis, asOf);
  const bare = median(
    timeIt(() => {
      sink += barePass(catalog.kpis, asOf);
    }, 5),
  );
  const times = timeIt(() => {
    result = evaluateCatalog(catalog, asOf);
  }, 5);
  const t = median(times);
  // Counts and charts need no reason texts; the API and exports ask for them (the default).
  const noReasons = median(timeIt(() => void evaluateCatalog(catalog, asOf, { reasons: false }), 5));
  console.log(`engine: ${KPIS.toLocaleString()} KPIs (incl. components), ${nObs.toLocaleString()} observations`);
  console.log(`  evaluate + summarise: median ${ms(t)} of 5 runs (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`);
  console.log(`  bare JavaScript pass over the same observations (anchor): median ${ms(bare)} of 5 runs (checksum ${sink})`);
  console.log(`  engine = ${(t / bare).toFixed(1)}× the bare pass with reason texts, ${(noReasons / bare).toFixed(1)}× without (${ms(noReasons)})`);
  console.log(`  throughput: ${Math.round((KPIS / t) * 1000).toLocaleString()} KPIs/s, ${Math.round((nObs / t) * 1000).toLocaleString()} observations/s`);
  console.log(`  status counts: ${JSON.stringify(result.summary.by_status)}`);

  if (process.env.BENCH_ONLY === 'engine') return;
  const text = JSON.stringify(catalogToJson(catalog));
  const parse = timeIt(() => void readJsonCatalog(text, 'bench.json'), 3);
  console.log(`interchange: read ${(text.length / 1e6).toFixed(0)} MB JSON catalog → validated catalog: median ${ms(median(parse))} of 3 runs`);
}

async function restLatency(label: string, env: Record<string, string>) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-'));
  const child = spawn(process.execPath, ['bin/sousei.mjs', 'serve', '--port', String(port)], {
    env: { ...process.env, SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('running at') && resolve());
      child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const startup = performance.now() - started;
    console.log(`REST ${label}: first start incl. migrations + reference data: ${ms(startup)}`);
    for (const [name, path] of ENDPOINTS) {
      const url = `http://127.0.0.1:${port}${path}`;
      const probe = await fetch(url);
      await probe.arrayBuffer();
      if (probe.status === 404) {
        console.log(`  ${name}: skipped (endpoint not available)`);
        continue;
      }
      for (let i = 0; i < 50; i++) await (await fetch(url)).arrayBuffer();
      const lat: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        lat.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${path}`);
      }
      console.log(`  ${name}, ${REQUESTS} sequential requests on loopback: p50 ${ms(pct(lat, 50))}  p95 ${ms(pct(lat, 95))}  p99 ${ms(pct(lat, 99))}`);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
engine();
// BENCH_ONLY=engine: the engine figure only (seconds instead of minutes).
if (process.env.BENCH_ONLY === 'engine') process.exit(0);
await restLatency('PGlite', {});
const given = process.env.SOUSEI_BENCH_DATABASE_URL;
const throwaway = given ? null : await startThrowawayPostgres({ durable: true });
if (given || throwaway) {
  // A fresh database, so the server's first start loads the reference data as on PGlite.
  const db = await createPostgresDatabase((given ?? throwaway?.url)!);
  try {
    await restLatency('PostgreSQL', { DATABASE_URL: db.url });
  } finally {
    await db.drop();
  }
  const fresh = await createPostgresDatabase((given ?? throwaway?.url)!);
  try {
    await benchThroughputPglite();
    await benchThroughputPostgres(fresh.url);
  } finally {
    await fresh.drop();
    throwaway?.stop();
  }
} else {
  console.log('REST PostgreSQL: skipped (no PostgreSQL installed and SOUSEI_BENCH_DATABASE_URL not set)');
  await benchThroughputPglite();
}
await measureWeb();
await benchStatsImport();
await benchKpiImport();
await benchPlans();
await benchGrants();
await benchStrategyExtract();
await benchGoodPractices();
await benchStrategyComparison();
