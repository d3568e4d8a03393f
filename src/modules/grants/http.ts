/** REST routes of the grants module (/api/v1/grants…). Thin: parse, call a use case, reply. */
import type { Database } from '../../db/client.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, type AuthEnv, readerOf } from '../auth/index.ts';
import { createApplicationRoute, decideApplicationRoute, getApplicationRoute, listApplicationsRoute, transitionApplicationRoute, updateApplicationRoute } from './http-routes.ts';
import { createApplication } from './use-cases/create-application.ts';
import { decideApplication } from './use-cases/decide-application.ts';
import { getApplication } from './use-cases/get-application.ts';
import { listApplications } from './use-cases/list-applications.ts';
import { transitionApplication } from './use-cases/transition-application.ts';
import { updateApplication } from './use-cases/update-application.ts';

export function grantRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  // what an application shows depends on who asks: no shared cache
  app.use('/grants/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache');
  });
  app.openapi(listApplicationsRoute, async (c) => c.json((await listApplications(db, c.req.valid('query'), readerOf(c))) as never, 200));
  app.openapi(createApplicationRoute, async (c) => {
    const b = c.req.valid('json');
    const by = requirePrincipal(c);
    const created = await createApplication(db, { applicantCode: b.applicant_code, fiscalYear: b.fiscal_year, title: b.title, content: b.content }, by);
    c.header('Location', `/api/v1/grants/applications/${created.id}`);
    return c.json({ application: (await getApplication(db, created.id, by)).application } as never, 201);
  });
  app.openapi(getApplicationRoute, async (c) => c.json((await getApplication(db, c.req.valid('param').applicationId, readerOf(c))) as never, 200));
  app.openapi(updateApplicationRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await updateApplication(db, { id: c.req.valid('param').applicationId, baseVersion: b.base_version, content: b.content }, requirePrincipal(c)), 200);
  });
  app.openapi(transitionApplicationRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await transitionApplication(db, { id: c.req.valid('param').applicationId, action: b.action, comment: b.comment }, requirePrincipal(c)), 200);
  });
  app.openapi(decideApplicationRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await decideApplication(db, { id: c.req.valid('param').applicationId, amounts: b.amounts, comment: b.comment }, requirePrincipal(c)), 200);
  });
  return app;
}
