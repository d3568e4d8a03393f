/**
 * Strategies compared at national scale: every current municipality (1,741) with a strategy whose
 * KPI 人口 is bound to the shipped `population` series, in a fresh PGlite data directory with the
 * statistics (rows bulk-inserted, then the module's own syncKpiBindings copies the series into the
 * KPIs' observations — through importFile + bindKpi one by one the seeding took 468 s). Then the real
 * server on loopback, sequential GET /api/v1/strategy-comparison?indicator=population&area=富山市
 * (300 KPIs evaluated, 類似団体 first): the first request (every catalog loaded) and the warm ones,
 * beside the anchor "the same rows read by one SQL statement" (bindings ⋈ KPIs with their targets
 * and observations for the same 300 KPIs) through the same driver.
 *
 *   npx tsx bench/strategy-comparison.ts     (BENCH_CMP_REQUESTS=…)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { kpis, kpiTargets, nodes, strategies } from '../src/modules/kpi/index.ts';
import { kpiBindings, syncKpiBindings } from '../src/modules/kpi-bindings/index.ts';
import { StatisticsReader } from '../src/modules/statistics/index.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
import { startServer, timed } from './plans-server.ts';

const REQUESTS = Number(process.env.BENCH_CMP_REQUESTS ?? 50);
const AREA = '162019';
const PATH = `/api/v1/strategy-comparison?indicator=population&area=${AREA}&as_of=2026-12-01`;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms`;

/** One strategy per municipality, its KPI 人口 (baseline and target 10,000 in 2020 / 2030) bound to its own population series. */
async function seed(db: Database, owners: readonly string[]): Promise<number> {
  for (let i = 0; i < owners.length; i += 500) {
    const part = owners.slice(i, i + 500);
    const key = (o: string) => ({ ownerCode: o, strategyId: `bench-${o}` });
    await db.insert(strategies).values(part.map((o) => ({ ownerCode: o, id: `bench-${o}`, name: `総合戦略 ${o}` })));
    await db.insert(nodes).values(part.map((o) => ({ ...key(o), id: 'goal', parentId: null, level: 'goal' as const, name: '基本目標1', position: 0 })));
    await db.insert(kpis).values(
      part.map((o) => ({
        ...key(o),
        id: 'P-1',
        nodeId: 'goal',
        position: 0,
        name: '人口',
        unit: '人',
        direction: 'maintain' as const,
        baselineValue: 10000,
        baselinePeriod: '2020',
      })),
    );
    await db.insert(kpiTargets).values(part.map((o) => ({ ...key(o), kpiId: 'P-1', seq: 0, value: 10000, period: '2030', setIn: '2025-03-31' })));
    await db.insert(kpiBindings).values(part.map((o) => ({ ...key(o), kpiId: 'P-1', indicatorCode: 'population', areaCode: o, createdBy: 'bench' })));
  }
  return (await db.transaction(async (tx) => syncKpiBindings(tx as unknown as Database, ['population']))).written;
}

/** The anchor: the rows the answer is made of, for the same owners, in one statement. */
const anchorSql = (owners: string[]) => sql`
  select b.owner_code, b.strategy_id, b.kpi_id, k.name, k.unit, k.direction, k.baseline_value, k.baseline_period,
    (select json_agg(t order by t.seq) from kpi_targets t where t.owner_code = k.owner_code and t.strategy_id = k.strategy_id and t.kpi_id = k.id) as targets,
    (select json_agg(json_build_object('period', o.period, 'value', o.value, 'flag', o.flag) order by o.period_end)
       from kpi_observations o where o.owner_code = k.owner_code and o.strategy_id = k.strategy_id and o.kpi_id = k.id) as observations
  from kpi_indicator_bindings b
  join kpis k on k.owner_code = b.owner_code and k.strategy_id = b.strategy_id and k.id = b.kpi_id
  where b.indicator_code = 'population' and b.owner_code in (${sql.join(
    owners.map((o) => sql`${o}`),
    sql`, `,
  )})`;

export async function benchStrategyComparison(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-cmp-'));
  try {
    let h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench');
    const municipalities = (await new StatisticsReader(h.db).areas()).current.municipality.map((a) => a.code);
    const t0 = performance.now();
    const written = await seed(h.db, municipalities);
    const seeded = (performance.now() - t0) / 1000;
    await h.close();
    console.log(
      `strategy comparison: ${municipalities.length.toLocaleString()} strategies with a KPI bound to population (${written.toLocaleString()} observations from the series; seeded in ${seeded.toFixed(0)} s) on PGlite`,
    );

    const server = await startServer({ SOUSEI_DATA_DIR: dataDir });
    let owners: string[] = [];
    let first = 0;
    let warm: number[] = [];
    try {
      const m = await server.measure(PATH, REQUESTS);
      first = m.first;
      warm = m.rest;
      const res = await fetch(`http://127.0.0.1:${server.port}${PATH}`);
      owners = ((await res.json()) as { rows: { owner_code: string }[] }).rows.map((r) => r.owner_code);
      console.log(
        `  GET …/strategy-comparison?indicator=population&area=${AREA} (${owners.length} KPIs evaluated, ${REQUESTS} sequential requests on loopback): first ${first.toFixed(0)} ms, warm ${fmt(warm)}`,
      );
    } finally {
      await server.stop();
    }
    h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    try {
      const q = anchorSql(owners);
      for (let i = 0; i < 3; i++) await h.db.execute(q);
      const raw: number[] = [];
      for (let i = 0; i < REQUESTS; i++) raw.push(await timed(async () => void (await h.db.execute(q))));
      console.log(
        `    first request ${first.toFixed(0)} ms (every catalog loaded)   warm ${fmt(warm)}   raw SQL, same rows ${fmt(raw)}   ratio p50 ×${(pct(warm, 50) / pct(raw, 50)).toFixed(2)}`,
      );
    } finally {
      await h.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStrategyComparison();
