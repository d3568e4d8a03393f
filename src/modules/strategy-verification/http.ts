/** REST routes of the verification rounds (/api/v1/strategies/{id}/verification-rounds, /api/v1/verification-rounds…). Thin: parse, call a use case, reply. */
import type { Database } from '../../db/client.ts';
import { XLSX, download } from '../../infra/http/download.ts';
import { createRouter } from '../../infra/http/router.ts';
import { readerOf, requirePrincipal, type AuthEnv } from '../auth/index.ts';
import {
  createRoundRoute,
  getRoundRoute,
  listRoundsRoute,
  myRoundsRoute,
  removeMemberRoute,
  reportRoute,
  saveCommentsRoute,
  saveResponsesRoute,
  setMemberRoute,
  signOffRoute,
  transitionRoundRoute,
} from './http-routes.ts';
import { reportToXlsx } from './interchange/write-report-xlsx.ts';
import { createRound } from './use-cases/create-round.ts';
import { getReport } from './use-cases/get-report.ts';
import { getRound } from './use-cases/get-round.ts';
import { listMyRounds, listRounds } from './use-cases/list-rounds.ts';
import { removeMember } from './use-cases/remove-member.ts';
import { saveComments } from './use-cases/save-comments.ts';
import { saveResponses } from './use-cases/save-responses.ts';
import { setMember } from './use-cases/set-member.ts';
import { signOff } from './use-cases/sign-off.ts';
import { transitionRound } from './use-cases/transition-round.ts';

export function verificationRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  // what a round shows depends on who asks: never a shared cache
  for (const path of ['/verification-rounds', '/verification-rounds/*', '/strategies/:strategyId/verification-rounds'])
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'private, no-cache');
    });
  app.openapi(createRoundRoute, async (c) => {
    const created = await createRound(db, c.req.valid('param').strategyId, c.req.valid('json'), requirePrincipal(c));
    c.header('Location', `/api/v1/verification-rounds/${created.id}`);
    return c.json(created, 201);
  });
  app.openapi(listRoundsRoute, async (c) => c.json((await listRounds(db, c.req.valid('param').strategyId, readerOf(c))) as never, 200));
  app.openapi(myRoundsRoute, async (c) => c.json((await listMyRounds(db, readerOf(c))) as never, 200));
  app.openapi(getRoundRoute, async (c) => c.json((await getRound(db, c.req.valid('param').roundId, readerOf(c))) as never, 200));
  app.openapi(setMemberRoute, async (c) => c.json(await setMember(db, c.req.valid('param').roundId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(removeMemberRoute, async (c) => {
    const p = c.req.valid('param');
    return c.json(await removeMember(db, p.roundId, p.userId, requirePrincipal(c)), 200);
  });
  app.openapi(transitionRoundRoute, async (c) => c.json(await transitionRound(db, c.req.valid('param').roundId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(saveCommentsRoute, async (c) => c.json(await saveComments(db, c.req.valid('param').roundId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(signOffRoute, async (c) => c.json(await signOff(db, c.req.valid('param').roundId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(saveResponsesRoute, async (c) => c.json(await saveResponses(db, c.req.valid('param').roundId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(reportRoute, async (c) => {
    const report = await getReport(db, c.req.valid('param').roundId, readerOf(c));
    if (c.req.valid('query').format === 'xlsx') return download(await reportToXlsx(report), XLSX, `効果検証_${report.round.title}_${report.round.evaluation_date}.xlsx`) as never;
    return c.json(report as never, 200);
  });
  return app;
}
