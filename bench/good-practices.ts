/**
 * 好事例 search at scale: 10,000 synthetic validated cases (titles, problems and actions made of
 * a Japanese planning vocabulary, so a query matches a realistic share of them), bulk-inserted
 * with their bigram index (the module's own gramRows) into a fresh PGlite data directory with the
 * shipped reference data. Then the real server on loopback, sequential requests of
 * GET /api/v1/good-practices/search?q=… for several queries (kana, katakana, half width, a long
 * query), beside the anchor "the same SQL statement through the same driver" (search-query.ts);
 * on PGlite, then on PostgreSQL (SOUSEI_BENCH_DATABASE_URL, or a throwaway cluster from the
 * installed binaries; skipped with a note when neither exists).
 *
 *   npx tsx bench/good-practices.ts     (BENCH_GP_CASES=…, BENCH_GP_REQUESTS=…)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import {
  CaseContent,
  FIELD_KEYS,
  goodPracticeCases,
  goodPracticeGrams,
  gramRows,
  gramsRequired,
  partsOf,
  queryGrams,
  rebuildGramCounts,
  runSearch,
} from '../src/modules/good-practices/index.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
import { createPostgresDatabase } from '../test/support/postgres-database.ts';
import { startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { startServer, timed } from './plans-server.ts';

const CASES = Number(process.env.BENCH_GP_CASES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_GP_REQUESTS ?? 200);
const QUERIES = ['デマンド交通', 'こみゅにてぃ', 'ｵﾝﾗｲﾝ診療', '移住', '空き家を活用した移住定住の促進'];

const SUBJECTS = [
  'デマンド交通',
  'コミュニティバス',
  '空き家',
  '移住定住',
  'オンライン診療',
  '子育て支援',
  '観光ＤＸ',
  '農業の担い手',
  '地域おこし協力隊',
  '学校の統廃合',
  '買物支援',
  'ドローン配送',
  '地域商社',
  'ふるさと納税',
  '防災訓練',
  '関係人口',
];
const VERBS = ['を導入した', 'を拡充した', 'の仕組みを作った', 'を民間と共同で始めた', 'を広域で実施した'];
const PROBLEMS = ['人口減少', '高齢化', '若者の流出', '担い手不足', '財源不足', '医療の確保', '交通空白'];

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;

function synthetic(i: number): CaseContent {
  const s1 = pick(SUBJECTS, i * 7);
  const s2 = pick(SUBJECTS, i * 13 + 3);
  const p = pick(PROBLEMS, i * 5);
  return CaseContent.parse({
    title: `${s1}${pick(VERBS, i)}事例 第${i}号`,
    summary: `${s1}と${s2}を組み合わせた取組`,
    field: pick(FIELD_KEYS, i),
    problem: `${p}により${s2}の維持が難しくなっていた`,
    problem_tags: [p],
    actions: `${s1}${pick(VERBS, i + 1)}。あわせて${s2}${pick(VERBS, i + 2)}。`,
    started_year: 2015 + (i % 10),
    lessons: [{ kind: 'did_not_work', text: `${s2}は住民への周知が足りなかった` }],
  });
}

export async function seedBenchCases(db: Database): Promise<number> {
  let grams = 0;
  for (let start = 0; start < CASES; start += 500) {
    const cases = [];
    const rows = [];
    for (let i = start; i < Math.min(CASES, start + 500); i++) {
      const c = synthetic(i);
      const ownerCode = '000000';
      const id = `gp-bench${String(i).padStart(6, '0')}`;
      cases.push({ ownerCode, id, status: 'validated', title: c.title, field: c.field, startedYear: c.started_year ?? null, content: c, validatedAt: new Date() });
      rows.push(...gramRows(ownerCode, id, partsOf(c, '')));
    }
    await db.insert(goodPracticeCases).values(cases);
    for (let j = 0; j < rows.length; j += 2000) await db.insert(goodPracticeGrams).values(rows.slice(j, j + 2000));
    grams += rows.length;
  }
  // the grams were written directly, not through writeIndex
  await rebuildGramCounts(db);
  return grams;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms  p95 ${pct(xs, 95).toFixed(2)} ms`;

/** The raw SQL of a query: what the route runs (search-query.ts runSearch), without HTTP, auth or the case rows. */
function rawQuery(q: string) {
  const g = queryGrams(q);
  return { grams: g, required: gramsRequired(g.length), limit: 20, offset: 0 };
}

/**
 * One database: seed it through the platform (migrations, reference data), then the server on
 * loopback, then the same statement through the same driver. `env` names the database for both.
 */
async function benchOn(label: string, env: Record<string, string>): Promise<void> {
  const config = { DATABASE_URL: env.DATABASE_URL, SOUSEI_DATA_DIR: env.SOUSEI_DATA_DIR ?? '' };
  let h = await openPlatform(config, undefined, undefined, 'bench', { statistics: false });
  const t0 = performance.now();
  const grams = await seedBenchCases(h.db);
  const seeded = (performance.now() - t0) / 1000;
  // A server analyses its tables itself after a bulk load (autovacuum); PGlite has no autovacuum.
  await h.db.execute(sql`analyze`);
  await h.close();
  console.log(
    `good practices [${label}]: ${CASES.toLocaleString()} cases (${grams.toLocaleString()} gram rows, seeded in ${seeded.toFixed(1)} s), ${REQUESTS} sequential requests per query on loopback`,
  );
  const http: Record<string, number[]> = {};
  const server = await startServer({ ...env, SOUSEI_LOAD_STATISTICS: 'false' });
  try {
    for (const q of QUERIES) http[q] = (await server.measure(`/api/v1/good-practices/search?q=${encodeURIComponent(q)}`, REQUESTS)).rest;
  } finally {
    await server.stop();
  }
  h = await openPlatform(config, undefined, undefined, 'bench', { statistics: false });
  try {
    for (const q of QUERIES) {
      const query = rawQuery(q);
      const hits = await runSearch(h.db, query);
      for (let i = 0; i < 5; i++) await runSearch(h.db, query);
      const raw: number[] = [];
      for (let i = 0; i < Math.min(REQUESTS, 100); i++) raw.push(await timed(async () => void (await runSearch(h.db, query))));
      const r = http[q]!;
      console.log(`  q=「${q}」 (${query.grams.length} grams, ${(hits[0]?.total ?? 0).toLocaleString()} matching cases, first page of 20)`);
      console.log(`    HTTP ${fmt(r)}   raw SQL, same statement ${fmt(raw)}   ratio p50 ×${(pct(r, 50) / pct(raw, 50)).toFixed(2)}`);
    }
  } finally {
    await h.close();
  }
}

/** PGlite always; PostgreSQL too when SOUSEI_BENCH_DATABASE_URL is set or the binaries are installed (BENCH_GP_POSTGRES=false skips it). */
export async function benchGoodPractices(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-gp-'));
  try {
    await benchOn('PGlite', { SOUSEI_DATA_DIR: dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.env.BENCH_GP_POSTGRES === 'false') return;
  const given = process.env.SOUSEI_BENCH_DATABASE_URL;
  const throwaway = given ? null : await startThrowawayPostgres({ durable: true });
  if (!given && !throwaway) {
    console.log('good practices [PostgreSQL]: skipped (no PostgreSQL installed and SOUSEI_BENCH_DATABASE_URL not set)');
    return;
  }
  const db = await createPostgresDatabase((given ?? throwaway?.url)!);
  try {
    await benchOn('PostgreSQL', { DATABASE_URL: db.url });
  } finally {
    await db.drop();
    throwaway?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGoodPractices();
