/**
 * Throughput of the cached reads: req/s and p95 at concurrency 20 for the evaluation endpoint and
 * one statistics read, beside the anchor "raw SQL for the same rows" — the SELECT reading those
 * rows, run at the same concurrency through the same driver (PGlite in-process, or pg's pool on
 * PostgreSQL) on the same data. Load generator: node:http with a keep-alive Agent of 20 sockets
 * (autocannon is not installed), 20 workers each sending its next request when the last is read.
 *
 *   npx tsx bench/http-throughput.ts            # PGlite only
 *   npx tsx bench/http-throughput.ts --postgres   # and PostgreSQL (SOUSEI_BENCH_DATABASE_URL or a throwaway cluster)
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { freePort, startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { createPostgresDatabase } from '../test/support/postgres-database.ts';

const CONCURRENCY = 20;
const DURATION_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 5000);
const STRATEGY = 'chiiki-mirai-senryaku-2026';

interface Load {
  label: string;
  path: string;
  /** the SELECT that reads the rows the endpoint answers with */
  rawSql: (db: Database) => Promise<unknown>;
}

const LOADS: Load[] = [
  {
    label: 'GET national-strategy evaluation (JSON, gzip)',
    path: `/api/v1/strategies/${STRATEGY}/evaluation?as_of=2026-11-23`,
    rawSql: (db) =>
      db.execute(sql`select k.*, o.period, o.period_end, o.value as observed, o.flag from kpis k
        left join kpi_observations o on o.owner_code = k.owner_code and o.strategy_id = k.strategy_id and o.kpi_id = k.id
        where k.owner_code = '000000' and k.strategy_id = ${STRATEGY} order by k.position`),
  },
  {
    label: 'GET choropleth data, population, all municipalities (gzip)',
    path: '/api/v1/indicators/population/map?level=municipality',
    // What the route reads per map: one (indicator, period) through its index; the areas it
    // joins are held in memory.
    rawSql: (db) =>
      db.execute(sql`select area_code, value, flag from indicator_values
        where indicator_code = 'population'
          and period = (select max(period) from indicator_values where indicator_code = 'population' and area_code = '000000')`),
  },
];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;

interface Figures {
  perSecond: number;
  p95: number;
  n: number;
}

/** Runs `once` from 20 workers for DURATION_MS; every call's latency is kept. */
async function closedLoop(once: () => Promise<void>): Promise<Figures> {
  const lat: number[] = [];
  const started = performance.now();
  const end = started + DURATION_MS;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await once();
      lat.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  return { perSecond: (lat.length / elapsed) * 1000, p95: pct(lat, 95), n: lat.length };
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/sousei.mjs', 'serve', '--port', String(port)], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('running at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { port, stop };
}

const line = (f: Figures, unit: string) => `${Math.round(f.perSecond).toLocaleString()} ${unit}/s, p95 ${f.p95.toFixed(1)} ms (${f.n.toLocaleString()} in ${DURATION_MS / 1000} s)`;

/** HTTP figures of every load from a running server, then the raw SQL from a fresh connection. */
export async function benchThroughput(label: string, env: Record<string, string>, open: () => Promise<{ db: Database; close: () => Promise<void> }>) {
  console.log(`throughput at concurrency ${CONCURRENCY}, ${label} (node:http keep-alive agent, ${CONCURRENCY} sockets):`);
  const server = await startServer(env);
  const http: Array<Figures | null> = [];
  try {
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    for (const l of LOADS) {
      if ((await get(agent, server.port, l.path)) !== 200) {
        http.push(null);
        continue;
      }
      for (let i = 0; i < 50; i++) await get(agent, server.port, l.path);
      http.push(
        await closedLoop(async () => {
          const status = await get(agent, server.port, l.path);
          if (status !== 200) throw new Error(`HTTP ${status} for ${l.path}`);
        }),
      );
    }
    agent.destroy();
  } finally {
    await server.stop();
  }
  // The data directory is free once the server has stopped (PGlite: one process at a time).
  const { db, close } = await open();
  try {
    for (const [i, l] of LOADS.entries()) {
      const h = http[i];
      if (!h) {
        console.log(`  ${l.label}: skipped (endpoint not available)`);
        continue;
      }
      for (let k = 0; k < 20; k++) await l.rawSql(db);
      const raw = await closedLoop(async () => void (await l.rawSql(db)));
      console.log(`  ${l.label}`);
      console.log(`    HTTP     ${line(h, 'req')}`);
      console.log(`    raw SQL  ${line(raw, 'queries')}`);
      console.log(`    ratio    HTTP/raw SQL throughput ×${(h.perSecond / raw.perSecond).toFixed(2)}, p95 ×${(h.p95 / raw.p95).toFixed(2)}`);
    }
  } finally {
    await close();
  }
}

/** PGlite: a fresh data directory, opened by the benchmark itself for the raw SQL. */
export async function benchThroughputPglite() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-'));
  try {
    await benchThroughput('PGlite', { SOUSEI_DATA_DIR: dataDir }, async () => {
      const h = await openDatabase({ dataDir, purpose: 'bench' });
      return { db: h.db, close: () => h.close() };
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PostgreSQL: the server's database; the raw SQL through the same pool settings (openDatabase). */
export async function benchThroughputPostgres(url: string) {
  await benchThroughput('PostgreSQL', { DATABASE_URL: url }, async () => {
    const h = await openDatabase({ databaseUrl: url });
    return { db: h.db, close: () => h.close() };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchThroughputPglite();
  if (process.argv.includes('--postgres')) {
    const given = process.env.SOUSEI_BENCH_DATABASE_URL;
    const throwaway = given ? null : await startThrowawayPostgres({ durable: true });
    const db = await createPostgresDatabase((given ?? throwaway?.url)!);
    try {
      await benchThroughputPostgres(db.url);
    } finally {
      await db.drop();
      throwaway?.stop();
    }
  }
}
