/**
 * Grants and calculators at national scale: one FY2026 application for every local government
 * (47 prefectures and 1,741 municipalities, 4 projects × 3 years each; 60 % decided, with their
 * decision rows), bulk-inserted (not through the API) into a fresh PGlite data directory with the
 * shipped reference data. Then the real server on loopback, sequential requests:
 *   - GET /api/v1/grants/applications (the public list's default page of 100) and
 *     GET /api/v1/grants/rollup (funds by prefecture and kind), beside the anchor "raw SQL for the
 *     same rows" through the same driver;
 *   - POST /api/v1/grants/check (an application of 12 projects × 5 years) and
 *     POST /api/v1/calc/kigyo-furusato, beside the anchor "the same pure function in-process".
 *
 *   npx tsx bench/grants.ts     (BENCH_GRANT_REQUESTS=… requests per endpoint)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { calculateKigyoFurusato } from '../src/modules/calculators/domain/kigyo-furusato.ts';
import { checkApplication } from '../src/modules/grants/domain/check-application.ts';
import { parseApplication } from '../src/modules/grants/domain/parse-application.ts';
import { grantApplications, grantApplicationVersions, grantDecisions } from '../src/modules/grants/schema.ts';
import { areas } from '../src/modules/local-gov/index.ts';
import { rulesAt } from '../src/modules/rulebook/index.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
import { freePort } from '../test/support/throwaway-postgres.ts';
import { timed } from './plans-server.ts';

const REQUESTS = Number(process.env.BENCH_GRANT_REQUESTS ?? 200);
const AS_OF = '2026-12-01';
const KINDS = ['soft', 'kyoten', 'infra', 'soft'] as const;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms  p95 ${pct(xs, 95).toFixed(2)} ms`;

function content(code: string, projects: number, years: number) {
  return {
    applicant_code: code,
    fiscal_year: 2026,
    title: `ベンチ申請 ${code}`,
    projects: Array.from({ length: projects }, (_, i) => ({
      id: `p${i}`,
      kind: KINDS[i % KINDS.length],
      name: `事業 ${i}`,
      start_fy: 2026,
      end_fy: 2026 + years - 1,
      costs: Array.from({ length: years }, (_, y) => ({ fiscal_year: 2026 + y, eligible_cost: 20_000_000 + i * 1_000_000 })),
      kpis: [{ strategy_id: `s-${code}`, kpi_id: 'k1' }],
    })),
  };
}

async function seed(db: Database): Promise<number> {
  const codes = (await db.select({ code: areas.code }).from(areas).where(sql`${areas.level} in ('prefecture', 'municipality') and ${areas.validTo} is null`)).map((r) => r.code);
  const rules = rulesAt(AS_OF);
  for (let start = 0; start < codes.length; start += 300) {
    const apps = [];
    const versions = [];
    const decisions = [];
    for (const [n, code] of codes.slice(start, start + 300).entries()) {
      const c = parseApplication(content(code, 4, 3));
      const check = checkApplication(c, rules);
      const decided = (start + n) % 10 < 6;
      const id = `g-bench${String(start + n).padStart(6, '0')}`;
      apps.push({
        ownerCode: code,
        id,
        fiscalYear: 2026,
        title: c.title,
        status: decided ? 'decided' : 'submitted',
        applicantKind: check.applicant_kind,
        submittedVersion: 1,
        requestedTotal: check.national_share_total.total,
        decidedTotal: decided ? check.national_share_total.total : null,
        checkErrors: check.errors,
        checkWarnings: check.warnings,
      });
      versions.push({ ownerCode: code, applicationId: id, version: 1, content: c, createdBy: 'bench' });
      if (decided)
        for (const p of check.projects)
          for (const [fy, amount] of Object.entries(p.by_year))
            decisions.push({ ownerCode: code, applicationId: id, projectId: p.id, fiscalYear: Number(fy), amount, kind: p.kind });
    }
    await db.insert(grantApplications).values(apps);
    await db.insert(grantApplicationVersions).values(versions);
    await db.insert(grantDecisions).values(decisions);
  }
  return codes.length;
}

function call(agent: Agent, port: number, method: string, path: string, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, path, method, agent, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function serve(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/sousei.mjs', 'serve', '--port', String(port)], {
    env: { ...process.env, LOG_LEVEL: 'warn', SOUSEI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('running at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    async measure(method: string, path: string, body?: unknown): Promise<number[]> {
      const status = await call(agent, port, method, path, body);
      if (status !== 200) throw new Error(`HTTP ${status} for ${method} ${path}`);
      const xs: number[] = [];
      for (let i = 0; i < REQUESTS; i++) xs.push(await timed(async () => void (await call(agent, port, method, path, body))));
      return xs;
    },
    async stop() {
      agent.destroy();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const RAW: Record<'list' | 'rollup', (db: Database) => Promise<unknown>> = {
  list: (db) => db.execute(sql`select * from grant_applications where status in ('decided','in_execution','verified') order by fiscal_year desc, owner_code limit 100`),
  rollup: (db) => db.execute(sql`select substr(owner_code, 1, 2) as pref, kind, fiscal_year, sum(amount)::bigint as amount from grant_decisions group by 1, 2, 3 order by 1, 2, 3`),
};

function inProcess(fn: () => void, n: number): number[] {
  for (let i = 0; i < 20; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return xs;
}

const KFN = { donation: 10_000_000, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000, as_of: AS_OF };

export async function benchGrants(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-grants-'));
  try {
    let h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    const governments = await seed(h.db);
    await h.close();
    console.log(
      `grants: ${governments.toLocaleString()} applications (one per government, 4 projects × 3 years, 60 % decided) on PGlite, ${REQUESTS} sequential requests per endpoint on loopback`,
    );
    const big = content('011002', 12, 5);
    const server = await serve(dataDir);
    const http: Record<string, number[]> = {};
    try {
      http.list = await server.measure('GET', '/api/v1/grants/applications');
      http.rollup = await server.measure('GET', '/api/v1/grants/rollup');
      http.check = await server.measure('POST', `/api/v1/grants/check?as_of=${AS_OF}`, big);
      http.kfn = await server.measure('POST', '/api/v1/calc/kigyo-furusato', KFN);
    } finally {
      await server.stop();
    }
    h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    try {
      for (const name of ['list', 'rollup'] as const) {
        for (let i = 0; i < 5; i++) await RAW[name](h.db);
        const raw: number[] = [];
        for (let i = 0; i < Math.min(REQUESTS, 50); i++) raw.push(await timed(async () => void (await RAW[name](h.db))));
        const r = http[name]!;
        console.log(`  GET ${name === 'list' ? '/api/v1/grants/applications (public list, 100)' : '/api/v1/grants/rollup'}`);
        console.log(`    HTTP ${fmt(r)}   raw SQL for the same rows ${fmt(raw)}   ratio p50 ×${(pct(r, 50) / pct(raw, 50)).toFixed(2)}`);
      }
    } finally {
      await h.close();
    }
    const rules = () => rulesAt(AS_OF);
    const parsed = parseApplication(big);
    const checkIn = inProcess(() => void checkApplication(parseApplication(big), rules()), 500);
    const kfnIn = inProcess(() => void calculateKigyoFurusato(KFN, rules()), 2000);
    console.log(`  POST /api/v1/grants/check (12 projects × 5 years, ${parsed.projects.length * 5} cost lines)`);
    console.log(`    HTTP ${fmt(http.check!)}   in-process parse + check ${fmt(checkIn)}   ratio p50 ×${(pct(http.check!, 50) / pct(checkIn, 50)).toFixed(1)}`);
    console.log('  POST /api/v1/calc/kigyo-furusato');
    console.log(`    HTTP ${fmt(http.kfn!)}   in-process ${fmt(kfnIn)}   ratio p50 ×${(pct(http.kfn!, 50) / pct(kfnIn, 50)).toFixed(1)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGrants();
