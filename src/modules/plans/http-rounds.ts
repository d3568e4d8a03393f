/** REST routes of progress rounds and reports. Thin: parse, call a use case, reply. */
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, sessionPrincipal, type AuthEnv, readerOf } from '../auth/index.ts';
import {
  correctReportRoute,
  decideWithdrawalRoute,
  getReportRoute,
  listRoundsRoute,
  openRoundRoute,
  publishRoundRoute,
  reviewReportRoute,
  roundSummaryRoute,
  saveReportRoute,
  submitReportRoute,
} from './http-rounds-routes.ts';
import { roundSummaryToXlsx } from './interchange/write-round-summary-xlsx.ts';
import { correctReport } from './use-cases/correct-report.ts';
import { decideWithdrawal } from './use-cases/decide-withdrawal.ts';
import { getReport } from './use-cases/get-report.ts';
import { listRounds } from './use-cases/list-rounds.ts';
import { openRound } from './use-cases/open-round.ts';
import { publishRound } from './use-cases/publish-round.ts';
import { reviewReport } from './use-cases/review-report.ts';
import { roundJson, roundSummary } from './use-cases/round-summary.ts';
import { saveReport } from './use-cases/save-report.ts';
import { submitReport } from './use-cases/submit-report.ts';
import { roundOrNotFound } from './rounds-repository.ts';

const noSharedCache = async (c: Context, next: () => Promise<void>) => {
  await next();
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache');
};

export function roundRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  // what a round shows depends on who asks: no shared cache
  app.use('/plan-rounds', noSharedCache);
  app.use('/plan-rounds/*', noSharedCache);

  app.openapi(listRoundsRoute, async (c) => c.json((await listRounds(db, readerOf(c))) as never, 200));
  app.openapi(openRoundRoute, async (c) => {
    const b = c.req.valid('json');
    const { id } = await openRound(
      db,
      { title: b.title, planTypes: b.plan_types, periodStart: b.period_start, periodEnd: b.period_end, deadline: b.deadline },
      requirePrincipal(c),
    );
    c.header('Location', `/api/v1/plan-rounds/${id}`);
    return c.json({ round: roundJson(await roundOrNotFound(db, id)) } as never, 201);
  });
  app.openapi(roundSummaryRoute, async (c) => {
    const { roundId } = c.req.valid('param');
    const summary = await roundSummary(db, roundId, readerOf(c));
    if (c.req.valid('query').format === 'xlsx') return download(await roundSummaryToXlsx(summary), XLSX, `進捗確認_${summary.round.title}_${summary.as_of}.xlsx`) as never;
    return c.json(summary as never, 200);
  });
  app.openapi(publishRoundRoute, async (c) => c.json((await publishRound(db, c.req.valid('param').roundId, requirePrincipal(c))) as never, 200));

  app.openapi(getReportRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    return c.json((await getReport(db, planId, roundId, sessionPrincipal(c))) as never, 200);
  });
  app.openapi(saveReportRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    const b = c.req.valid('json');
    return c.json((await saveReport(db, { planId, roundId, lockVersion: b.lock_version, items: b.items, kpiValues: b.kpi_values }, requirePrincipal(c))) as never, 200);
  });
  app.openapi(submitReportRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    return c.json((await submitReport(db, { planId, roundId, lockVersion: c.req.valid('json').lock_version }, requirePrincipal(c))) as never, 200);
  });
  app.openapi(reviewReportRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    const b = c.req.valid('json');
    return c.json((await reviewReport(db, { planId, roundId, lockVersion: b.lock_version, decision: b.decision, comment: b.comment }, requirePrincipal(c))) as never, 200);
  });
  app.openapi(correctReportRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    const b = c.req.valid('json');
    const input = { planId, roundId, lockVersion: b.lock_version, items: b.items, kpiValues: b.kpi_values, reason: b.reason };
    return c.json((await correctReport(db, input, requirePrincipal(c))) as never, 200);
  });
  app.openapi(decideWithdrawalRoute, async (c) => {
    const { planId, roundId } = c.req.valid('param');
    const b = c.req.valid('json');
    return c.json(await decideWithdrawal(db, { planId, roundId, decision: b.decision, reason: b.reason }, requirePrincipal(c)), 200);
  });
  return app;
}
