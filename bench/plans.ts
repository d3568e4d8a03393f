/**
 * Plans at national scale: 2,000 published plans with 20,000 investment projects and 40,000 5W1H
 * action items, bulk-inserted (not through the API) into a fresh PGlite data directory with the
 * shipped reference data (areas, statistics: the per-capita population). Then the real server on
 * loopback: p50/p95 of GET /api/v1/investment-map (prefecture level: 47 totals and all 20,000
 * projects) and GET /api/v1/plans (the public list's default page of 100), sequential requests,
 * beside the anchor "raw SQL for the same rows" through the same driver; and the map's body built
 * in-process (what a request costs when the data version changed and the cache misses).
 *
 *   npx tsx bench/plans.ts     (BENCH_PLANS=… to scale; BENCH_PLAN_REQUESTS=… requests per endpoint)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { areas } from '../src/modules/local-gov/index.ts';
import { completePlan } from '../src/modules/plans/domain/test-plans.ts';
import { planActionItems, planInvestments, plans, planVersions } from '../src/modules/plans/schema.ts';
import { investmentMap } from '../src/modules/plans/use-cases/investment-map.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
import { startServer, timed } from './plans-server.ts';

const PLANS = Number(process.env.BENCH_PLANS ?? 2000);
const PROJECTS_PER_PLAN = 10;
const ACTIONS_PER_PLAN = 20;
const REQUESTS = Number(process.env.BENCH_PLAN_REQUESTS ?? 200);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms`;

/** A deterministic PRNG (mulberry32), so every run seeds the same plans. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seed(db: Database): Promise<void> {
  const munis = (await db.select({ code: areas.code }).from(areas).where(sql`${areas.level} = 'municipality' and ${areas.validTo} is null`)).map((r) => r.code);
  const rnd = prng(42);
  const base = completePlan('B');
  const t0 = performance.now();
  for (let start = 0; start < PLANS; start += 200) {
    const planRows = [];
    const versionRows = [];
    const investmentRows = [];
    const actionRows = [];
    for (let n = start; n < Math.min(PLANS, start + 200); n++) {
      const id = `b-bench${String(n).padStart(6, '0')}`;
      const owner = munis[Math.floor(rnd() * munis.length)]!.slice(0, 2).padEnd(5, '0');
      const ownerCode = `${owner}${n % 10}`; // distribution key only; not resolved here
      const investments = Array.from({ length: PROJECTS_PER_PLAN }, (_, i) => ({
        ...base.investments[0],
        id: `inv-${i}`,
        title: `投資案件 ${n}-${i}`,
        investor_name: `ベンチ株式会社${i}`,
        investor_corporate_number: null,
        ministry: '経済産業省',
        department: '',
        amount_yen: Math.round(rnd() * 50_000) * 1_000_000,
        invest_date: `${2026 + Math.floor(rnd() * 6)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`,
        operation_date: null,
        muni_code: munis[Math.floor(rnd() * munis.length)]!,
        point: rnd() < 0.5 ? { lat: 35 + rnd() * 5, lon: 135 + rnd() * 5 } : null,
        spillover: '',
        related: false,
        subsidised: false,
      }));
      const actions = base.measures[0]!.actions;
      const measures = [{ ...base.measures[0]!, actions: Array.from({ length: ACTIONS_PER_PLAN }, (_, i) => ({ ...actions[i % actions.length]!, id: `act-${i}` })) }];
      const content = { ...base, title: `ベンチ計画 ${n}`, investments, measures };
      const publishedAt = new Date(Date.UTC(2027, 0, 1) + n * 60_000);
      planRows.push({
        ownerCode,
        id,
        type: 'B' as const,
        title: content.title,
        status: 'published',
        ownerOrgId: ownerCode,
        prefCodes: [ownerCode.slice(0, 2)],
        field: '',
        finalFy: 2030,
        currentVersion: 1,
        publishedVersion: 1,
        publishedAt,
        searchText: content.title,
        publishedKgis: content.kgis,
      });
      versionRows.push({ ownerCode, planId: id, version: 1, content, createdBy: 'bench' });
      for (const i of investments) {
        const fy = Number(i.invest_date.slice(0, 4)) - (Number(i.invest_date.slice(5)) < 4 ? 1 : 0);
        investmentRows.push({
          ownerCode,
          planId: id,
          projectId: i.id,
          planType: 'B' as const,
          planStatus: 'published',
          title: i.title,
          investorName: i.investor_name,
          ministry: i.ministry,
          amountYen: i.amount_yen,
          investDate: i.invest_date,
          investFy: fy,
          muniCode: i.muni_code,
          prefCode: i.muni_code.slice(0, 2),
          lat: i.point?.lat ?? null,
          lon: i.point?.lon ?? null,
        });
      }
      for (const a of measures[0]!.actions)
        actionRows.push({ ownerCode, planId: id, itemId: a.id, measureId: measures[0]!.id, content: a.content, department: a.department, deadline: a.deadline });
    }
    await db.insert(plans).values(planRows);
    await db.insert(planVersions).values(versionRows);
    for (let i = 0; i < investmentRows.length; i += 1000) await db.insert(planInvestments).values(investmentRows.slice(i, i + 1000));
    for (let i = 0; i < actionRows.length; i += 1000) await db.insert(planActionItems).values(actionRows.slice(i, i + 1000));
  }
  console.log(
    `  seeded ${PLANS.toLocaleString()} plans, ${(PLANS * PROJECTS_PER_PLAN).toLocaleString()} projects, ${(PLANS * ACTIONS_PER_PLAN).toLocaleString()} action items in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

/** The SELECTs reading the rows each endpoint answers with. */
const RAW = {
  map: (db: Database) =>
    db.execute(sql`select i.*, p.title as plan_title, a.name, a.lat as muni_lat, a.lng as muni_lon from plan_investments i
      join plans p on p.owner_code = i.owner_code and p.id = i.plan_id left join areas a on a.code = i.muni_code
      where p.published_version is not null and i.plan_status in ('published', 'in_execution', 'evaluated')
      order by i.pref_code, i.plan_id, i.project_id`),
  list: (db: Database) =>
    db.execute(sql`select p.*, (select count(*) from plans where published_version is not null) as total from plans p
      where p.published_version is not null order by p.published_at desc, p.id limit 100`),
};

export async function benchPlans(): Promise<void> {
  console.log(`plans: ${PLANS.toLocaleString()} published plans on PGlite, ${REQUESTS} sequential requests per endpoint on loopback`);
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-plans-'));
  try {
    let h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench');
    await seed(h.db);
    const build: number[] = [];
    for (let i = 0; i < 10; i++) build.push(await timed(async () => void JSON.stringify(await investmentMap(h.db, { level: 'prefecture' }))));
    await h.close();
    const server = await startServer({ SOUSEI_DATA_DIR: dataDir });
    const http: Record<string, { first: number; rest: number[]; bytes: number }> = {};
    try {
      for (const [name, path] of [
        ['map', '/api/v1/investment-map?level=prefecture'],
        ['list', '/api/v1/plans'],
      ] as const) {
        http[name] = await server.measure(path, REQUESTS);
      }
    } finally {
      await server.stop();
    }
    h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    try {
      for (const name of ['map', 'list'] as const) {
        const raw: number[] = [];
        for (let i = 0; i < 5; i++) await RAW[name](h.db);
        for (let i = 0; i < Math.min(REQUESTS, 50); i++) raw.push(await timed(async () => void (await RAW[name](h.db))));
        const r = http[name]!;
        console.log(`  GET ${name === 'map' ? '/api/v1/investment-map?level=prefecture' : '/api/v1/plans (public list, 100 of them)'} — ${(r.bytes / 1024).toFixed(0)} KiB gzip`);
        console.log(`    HTTP (body cache, same data version) ${fmt(r.rest)}   first request (miss) ${r.first.toFixed(1)} ms`);
        console.log(`    raw SQL for the same rows          ${fmt(raw)}`);
        console.log(
          `    ratio HTTP/raw SQL: p50 ×${(pct(r.rest, 50) / pct(raw, 50)).toFixed(2)}, p95 ×${(pct(r.rest, 95) / pct(raw, 95)).toFixed(2)}; miss/raw p50 ×${(r.first / pct(raw, 50)).toFixed(2)}`,
        );
        if (name === 'map') console.log(`    map body built in-process (a miss: query + totals + JSON) ${fmt(build)}, ×${(pct(build, 50) / pct(raw, 50)).toFixed(2)} raw SQL p50`);
      }
    } finally {
      await h.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPlans();
