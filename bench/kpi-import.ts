/**
 * KPI table imports and the audit chain, on a fresh PGlite (memory) and a fresh PostgreSQL:
 *
 *   import  — importTableFile on the largest allowed upload (MAX_KPI_IMPORT_ROWS actual values as
 *             CSV): parse and check in the worker thread, write in chunks, audit — the whole path
 *   anchor  — the same rows with one raw `INSERT … SELECT FROM unnest(…)` per 10,000 rows in one
 *             transaction: no checks, no audit, no yielding — the floor for the same write
 *   health  — /api/v1/health latency, from a second process on loopback, while the import runs
 *             (the request path stays free)
 *   verify  — verifyAuditChain over 20,000 entries (recomputing every SHA-256 in Node) beside the
 *             raw SELECT of the same rows
 *
 * Run alone: node --import tsx bench/kpi-import.ts
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { Param, sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { closeWorkerPool } from '../src/infra/worker-pool.ts';
import { appendAudit, verifyAuditChain } from '../src/modules/audit/index.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { importTableFile, loadCatalog } from '../src/modules/kpi/index.ts';
import { loadReferenceData } from '../src/platform/reference-data.ts';
import { MAX_KPI_IMPORT_ROWS } from '../src/shared/input-limits.ts';
import { formatDay, parseDay } from '../src/shared/periods.ts';
import { createPostgresDatabase } from '../test/support/postgres-database.ts';
import { startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';

const NATIONAL = 'chiiki-mirai-senryaku-2026';
const AUDIT_ENTRIES = 20_000;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;

async function rowsFor(handle: DatabaseHandle) {
  const catalog = await loadCatalog(handle.db, NATIONAL);
  const ids = catalog.kpis.flatMap((k) => [k.id, ...k.components.map((c) => c.id)]);
  const first = parseDay('1950-01-01');
  return Array.from({ length: MAX_KPI_IMPORT_ROWS }, (_, i) => ({ kpi: ids[i % ids.length]!, period: formatDay(first + Math.floor(i / ids.length)), value: i }));
}

async function fresh(url: string | null): Promise<DatabaseHandle> {
  const h = await openDatabase(url ? { databaseUrl: url } : { dataDir: 'memory://' });
  await h.migrate();
  await loadReferenceData(h.db, undefined, { statistics: false });
  return h;
}

async function benchOne(label: string, open: () => Promise<DatabaseHandle>) {
  // anchor: raw SQL for the same rows
  let h = await open();
  const rows = await rowsFor(h);
  let t = performance.now();
  await h.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 10_000) {
      const c = rows.slice(i, i + 10_000);
      await tx.execute(sql`insert into kpi_observations (owner_code, strategy_id, kpi_id, period, period_end, value, recorded_by)
        select '000000', ${NATIONAL}, k, p, p::date, v, 'bench' from unnest(${new Param(c.map((r) => r.kpi))}::text[], ${new Param(c.map((r) => r.period))}::text[], ${new Param(c.map((r) => r.value))}::float8[]) as u(k, p, v)`);
    }
  });
  const anchor = performance.now() - t;
  await h.close();

  // the import path, with health requests on a real socket meanwhile
  h = await open();
  const csv = new TextEncoder().encode(['kpi_id,period,value', ...rows.map((r) => `${r.kpi},${r.period},${r.value}`)].join('\n'));
  await createUser(h.db, { email: 'bench@example.go.jp', name: 'bench', role: 'admin', orgCode: '000000', password: 'benchmark passphrase 2026 kpi' });
  const server = serve({ fetch: createApp({ db: h.db, webRoot: null }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/health`;
  // The health requests come from a second process, as a user's would.
  const probe = spawn(process.execPath, [fileURLToPath(new URL('./health-probe.mjs', import.meta.url)), url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  probe.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const probeDone = new Promise((r) => probe.once('exit', r));
  await new Promise((r) => setTimeout(r, 300));
  t = performance.now();
  const r = await importTableFile(h.db, { bytes: csv, file: 'bench.csv', actor: 'bench', strategyId: NATIONAL });
  const imported = performance.now() - t;
  probe.stdin.end();
  await probeDone;
  const lat = (JSON.parse(out) as number[]).filter((x) => x >= 0);
  await new Promise<void>((res) => server.close(() => res()));
  if (r.kind !== 'observations' || r.inserted !== rows.length) throw new Error(`unexpected import result ${JSON.stringify(r)}`);
  console.log(`KPI table import ${label}, ${rows.length.toLocaleString()} actual values (${(csv.length / 1e6).toFixed(1)} MB CSV):`);
  console.log(`  import (worker parse + checks + chunked write + audit): ${ms(imported)} — ${Math.round((rows.length / imported) * 1000).toLocaleString()} rows/s`);
  console.log(`  anchor (raw INSERT … unnest, one transaction):          ${ms(anchor)} — import takes ×${(imported / anchor).toFixed(1)} the anchor`);
  console.log(`  /api/v1/health meanwhile: ${lat.length} requests, p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${pct(lat, 100).toFixed(1)} ms`);

  // audit chain verification
  for (let i = 0; i < AUDIT_ENTRIES; i++) {
    await appendAudit(h.db, {
      ownerCode: i % 2 ? '011002' : '000000',
      actor: 'bench',
      action: 'bench.entry',
      entityType: 'strategy',
      entityId: NATIONAL,
      summary: `記録 ${i}`,
      details: { i, note: '監査ログのベンチマーク' },
    });
  }
  t = performance.now();
  const v = await verifyAuditChain(h.db);
  const verify = performance.now() - t;
  t = performance.now();
  await h.db.execute(
    sql`select owner_code, id, seq, occurred_at, actor, action, entity_type, entity_id, summary, details::text, prev_hash, hash from audit_log order by owner_code, seq`,
  );
  const select = performance.now() - t;
  if (!v.ok) throw new Error('chain broken in the benchmark');
  console.log(
    `  audit verify: ${v.checked.toLocaleString()} entries in ${ms(verify)} — ${Math.round((v.checked / verify) * 1000).toLocaleString()} entries/s; raw SELECT of the same rows ${ms(select)} (×${(verify / select).toFixed(1)})`,
  );
  await h.close();
}

export async function benchKpiImport() {
  await benchOne('PGlite', () => fresh(null));
  const given = process.env.SOUSEI_BENCH_DATABASE_URL;
  const throwaway = given ? null : await startThrowawayPostgres({ durable: true });
  if (!given && !throwaway) {
    console.log('KPI table import PostgreSQL: skipped (no PostgreSQL)');
  } else {
    const dbs: Array<{ drop: () => Promise<void> }> = [];
    try {
      await benchOne('PostgreSQL', async () => {
        const d = await createPostgresDatabase((given ?? throwaway?.url)!);
        dbs.push(d);
        return fresh(d.url);
      });
    } finally {
      for (const d of dbs) await d.drop();
      throwaway?.stop();
    }
  }
  await closeWorkerPool();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchKpiImport();
