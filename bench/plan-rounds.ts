/**
 * A progress round's summary (JSON and Excel) for N nationally published B plans, each with an
 * accepted report, on PGlite in memory — beside the anchor "raw SQL for the same rows": the
 * SELECTs reading the round's reports, the plans' published versions and their 5W1H items.
 * Plans are set up through the use cases (operator), so the workflow's rows are real.
 *
 *   npx tsx bench/plan-rounds.ts          # N = 200 (BENCH_ROUND_PLANS to change)
 */
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { completePlan } from '../src/modules/plans/domain/test-plans.ts';
import { roundSummaryToXlsx } from '../src/modules/plans/interchange/write-round-summary-xlsx.ts';
import { createPlan } from '../src/modules/plans/use-cases/create-plan.ts';
import { openRound } from '../src/modules/plans/use-cases/open-round.ts';
import { recordVerdicts } from '../src/modules/plans/use-cases/record-verdicts.ts';
import { reviewReport } from '../src/modules/plans/use-cases/review-report.ts';
import { roundSummary } from '../src/modules/plans/use-cases/round-summary.ts';
import { saveReport } from '../src/modules/plans/use-cases/save-report.ts';
import { submitReport } from '../src/modules/plans/use-cases/submit-report.ts';
import { transitionPlan } from '../src/modules/plans/use-cases/transition-plan.ts';
import { loadReferenceData } from '../src/platform/reference-data.ts';

const N = Number(process.env.BENCH_ROUND_PLANS ?? 200);
const op = operatorPrincipal('bench');
const PREFS = ['160008', '170003', '180009', '190004', '200000'];

async function publishedPlan(db: Database, i: number): Promise<string> {
  const { id } = await createPlan(db, { type: 'B', ownerOrgId: PREFS[i % PREFS.length]!, title: `計画${i}`, content: completePlan('B') }, op);
  for (const action of ['submit_precheck', 'complete_precheck'] as const) await transitionPlan(db, { id, action }, op);
  await transitionPlan(db, { id, action: 'publish_local', url: 'https://example.jp/p', publishedOn: '2026-10-01' }, op);
  await transitionPlan(db, { id, action: 'submit_formal' }, op);
  await recordVerdicts(db, { id, verdicts: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ requirement_no: n, verdict: 'met' as const })) }, op);
  await transitionPlan(db, { id, action: 'publish_national' }, op);
  return id;
}

async function time<T>(f: () => Promise<T>, runs = 5): Promise<number> {
  await f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await f();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const handle = await openDatabase({ dataDir: 'memory://' });
await handle.migrate();
const db = handle.db;
await loadReferenceData(db, undefined, { statistics: false });
const { id: roundId } = await openRound(db, { title: 'ベンチ', planTypes: ['B'], periodStart: '2026-04-01', periodEnd: '2026-09-30', deadline: '2026-10-31' }, op);
const setup = performance.now();
for (let i = 0; i < N; i++) {
  const planId = await publishedPlan(db, i);
  const items = ['b-api-1', 'b-api-2', 'b-qa-1', 'b-qa-2'].map((a) => ({ action_id: a, status: 'in_progress' as const, done: '実施中', delay_cause: '' }));
  await saveReport(db, { planId, roundId, lockVersion: 0, items, kpiValues: [{ kpi_id: 'kpi-api', value: i % 5 }] }, op);
  await submitReport(db, { planId, roundId, lockVersion: 1 }, op);
  await reviewReport(db, { planId, roundId, lockVersion: 2, decision: 'accept' }, op);
}
console.log(`set-up: ${N} plans published and reported in ${((performance.now() - setup) / 1000).toFixed(1)} s`);
const raw = await time(async () => {
  await db.execute(sql`select * from plan_reports where round_id = ${roundId}`);
  await db.execute(
    sql`select v.content from plans p join plan_versions v on v.owner_code = p.owner_code and v.plan_id = p.id and v.version = p.published_version where p.type = 'B'`,
  );
  await db.execute(sql`select * from plan_action_items`);
});
const json = await time(() => roundSummary(db, roundId, op));
const summary = await roundSummary(db, roundId, op);
const xlsx = await time(() => roundSummaryToXlsx(summary));
console.log(`anchor raw SQL (reports, versions, 5W1H items): ${raw.toFixed(1)} ms`);
console.log(`round summary JSON: ${json.toFixed(1)} ms (${(json / raw).toFixed(1)}× the anchor)`);
console.log(`Excel of the summary: ${xlsx.toFixed(1)} ms (${(xlsx / raw).toFixed(1)}× the anchor)`);
await handle.close();
