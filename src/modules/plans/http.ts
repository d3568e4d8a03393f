/** REST routes of the plans module (/api/v1/plans…). Thin: parse, call a use case, reply. */
import type { Database } from '../../db/client.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, type AuthEnv, readerOf } from '../auth/index.ts';
import { planVocabulary } from './domain/vocabulary.ts';
import { roundRoutes } from './http-rounds.ts';
import { mapRoutes } from './http-map.ts';
import {
  commentRoute,
  compareRoute,
  createPlanRoute,
  getPlanRoute,
  historyRoute,
  listPlansRoute,
  publishRevisionRoute,
  reviewersRoute,
  transitionRoute,
  updatePlanRoute,
  verdictsRoute,
  vocabularyRoute,
} from './http-routes.ts';
import { addComment } from './use-cases/add-comment.ts';
import { assignReviewers } from './use-cases/assign-reviewers.ts';
import { compareVersions } from './use-cases/compare-versions.ts';
import { createPlan } from './use-cases/create-plan.ts';
import { getPlan } from './use-cases/get-plan.ts';
import { listPlans } from './use-cases/list-plans.ts';
import { planHistory } from './use-cases/plan-history.ts';
import { publishRevision } from './use-cases/publish-revision.ts';
import { recordVerdicts } from './use-cases/record-verdicts.ts';
import { transitionPlan } from './use-cases/transition-plan.ts';
import { updatePlan } from './use-cases/update-plan.ts';

export function planRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  // Nothing here depends only on the URL: what a plan shows depends on who asks, so no shared cache.
  app.use('/plans/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache');
  });
  // before /plans/{planId}, so /plans/export is the export and not a plan called "export"
  app.route('/', mapRoutes(db));

  app.openapi(vocabularyRoute, (c) => c.json(planVocabulary() as never, 200));
  app.openapi(listPlansRoute, async (c) => c.json((await listPlans(db, c.req.valid('query'), readerOf(c))) as never, 200));
  app.openapi(createPlanRoute, async (c) => {
    const b = c.req.valid('json');
    const by = requirePrincipal(c);
    const created = await createPlan(db, { type: b.type, ownerOrgId: b.owner_org_id, coOwnerOrgIds: b.co_owner_org_ids, title: b.title, content: b.content }, by);
    c.header('Location', `/api/v1/plans/${created.id}`);
    return c.json({ plan: (await getPlan(db, created.id, by)).plan } as never, 201);
  });
  app.openapi(getPlanRoute, async (c) => c.json((await getPlan(db, c.req.valid('param').planId, readerOf(c), c.req.valid('query'))) as never, 200));
  app.openapi(updatePlanRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await updatePlan(db, { id: c.req.valid('param').planId, baseVersion: b.base_version, content: b.content, note: b.note }, requirePrincipal(c)), 200);
  });
  app.openapi(transitionRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(
      await transitionPlan(db, { id: c.req.valid('param').planId, action: b.action, comment: b.comment, publishedOn: b.published_on, url: b.url }, requirePrincipal(c)),
      200,
    );
  });
  app.openapi(verdictsRoute, async (c) => c.json(await recordVerdicts(db, { id: c.req.valid('param').planId, verdicts: c.req.valid('json').verdicts }, requirePrincipal(c)), 200));
  app.openapi(commentRoute, async (c) => c.json(await addComment(db, { id: c.req.valid('param').planId, ...c.req.valid('json') }, requirePrincipal(c)), 201));
  app.openapi(reviewersRoute, async (c) => c.json(await assignReviewers(db, c.req.valid('param').planId, c.req.valid('json').reviewer_org_ids, requirePrincipal(c)), 200));
  app.openapi(publishRevisionRoute, async (c) => c.json(await publishRevision(db, c.req.valid('param').planId, c.req.valid('json').comment ?? '', requirePrincipal(c)), 200));
  app.openapi(historyRoute, async (c) => c.json({ entries: await planHistory(db, c.req.valid('param').planId, readerOf(c), c.req.valid('query').limit) } as never, 200));
  app.openapi(compareRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json((await compareVersions(db, c.req.valid('param').planId, from, to, readerOf(c))) as never, 200);
  });
  app.route('/', roundRoutes(db));
  return app;
}
