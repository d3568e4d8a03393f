/**
 * 好事例 search at scale: 10,000 synthetic validated cases (titles, problems and actions made of
 * a Japanese planning vocabulary, so a query matches a realistic share of them), bulk-inserted
 * with their bigram index (the module's own gramRows) into a fresh PGlite data directory with the
 * shipped reference data. Then the real server on loopback, sequential requests of
 * GET /api/v1/good-practices/search?q=… for several queries (kana, katakana, half width, a long
 * query), beside the anchor "the same SQL statement through the same driver" (search-query.ts).
 *
 *   npx tsx bench/good-practices.ts     (BENCH_GP_CASES=…, BENCH_GP_REQUESTS=…)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/db/client.ts';
import { CaseContent, FIELD_KEYS, goodPracticeCases, goodPracticeGrams, gramRows, gramsRequired, partsOf, queryGrams, runSearch } from '../src/modules/good-practices/index.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
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

async function seed(db: Database): Promise<number> {
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
  return grams;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms  p95 ${pct(xs, 95).toFixed(2)} ms`;

export async function benchGoodPractices(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-bench-gp-'));
  try {
    let h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    const t0 = performance.now();
    const grams = await seed(h.db);
    const seeded = (performance.now() - t0) / 1000;
    await h.close();
    console.log(
      `good practices: ${CASES.toLocaleString()} cases (${grams.toLocaleString()} gram rows, seeded in ${seeded.toFixed(1)} s) on PGlite, ${REQUESTS} sequential requests per query on loopback`,
    );
    const http: Record<string, number[]> = {};
    const server = await startServer({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: 'false' });
    try {
      for (const q of QUERIES) {
        const path = `/api/v1/good-practices/search?q=${encodeURIComponent(q)}`;
        http[q] = (await server.measure(path, REQUESTS)).rest;
      }
    } finally {
      await server.stop();
    }
    h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'bench', { statistics: false });
    try {
      for (const q of QUERIES) {
        const g = queryGrams(q);
        const query = { grams: g, required: gramsRequired(g.length), limit: 20, offset: 0 };
        const hits = await runSearch(h.db, query);
        for (let i = 0; i < 5; i++) await runSearch(h.db, query);
        const raw: number[] = [];
        for (let i = 0; i < Math.min(REQUESTS, 100); i++) raw.push(await timed(async () => void (await runSearch(h.db, query))));
        const r = http[q]!;
        console.log(`  q=「${q}」 (${g.length} grams, ${(hits[0]?.total ?? 0).toLocaleString()} matching cases, first page of 20)`);
        console.log(`    HTTP ${fmt(r)}   raw SQL, same statement ${fmt(raw)}   ratio p50 ×${(pct(r, 50) / pct(raw, 50)).toFixed(2)}`);
      }
    } finally {
      await h.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGoodPractices();
