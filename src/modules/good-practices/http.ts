/** REST routes of the good-practices module (/api/v1/good-practices…). Thin: parse, call a use case, reply. */
import type { Database } from '../../db/client.ts';
import { createRouter } from '../../infra/http/router.ts';
import { readerOf, requirePrincipal, type AuthEnv } from '../auth/index.ts';
import { StatisticsReader } from '../statistics/index.ts';
import { FIELD_LABELS, FIELDS, FUNDING_LABELS, PILLAR_LABELS, SECTOR_LABELS } from './domain/fields.ts';
import { CASE_STATUS_LABELS } from './domain/workflow.ts';
import {
  createCaseRoute,
  getCaseRoute,
  listCasesRoute,
  recordAdoptionRoute,
  searchCasesRoute,
  suggestCasesRoute,
  transitionCaseRoute,
  updateCaseRoute,
  vocabularyRoute,
} from './http-routes.ts';
import { createCase } from './use-cases/create-case.ts';
import { getCase } from './use-cases/get-case.ts';
import { listCases } from './use-cases/list-cases.ts';
import { ADOPTION_OUTCOME_LABELS, recordAdoption } from './use-cases/record-adoption.ts';
import { searchCases } from './use-cases/search-cases.ts';
import { suggestCases } from './use-cases/suggest-cases.ts';
import { transitionCase } from './use-cases/transition-case.ts';
import { updateCase } from './use-cases/update-case.ts';

export function goodPracticeRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  const stats = new StatisticsReader(db);
  // what a list or case shows depends on who asks: no shared cache
  app.use('/good-practices/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache');
  });
  app.openapi(vocabularyRoute, (c) =>
    c.json(
      {
        pillars: PILLAR_LABELS,
        fields: Object.entries(FIELDS).map(([key, f]) => ({ key, label: FIELD_LABELS[key as keyof typeof FIELDS], pillar: f.pillar })),
        sectors: SECTOR_LABELS,
        funding: FUNDING_LABELS,
        statuses: CASE_STATUS_LABELS,
        adoption_outcomes: ADOPTION_OUTCOME_LABELS,
      },
      200,
    ),
  );
  app.openapi(listCasesRoute, async (c) => c.json((await listCases(db, c.req.valid('query'), readerOf(c))) as never, 200));
  app.openapi(searchCasesRoute, async (c) => c.json((await searchCases(db, c.req.valid('query'), readerOf(c))) as never, 200));
  app.openapi(suggestCasesRoute, async (c) => {
    const q = c.req.valid('query');
    const tags = q.tags
      ? q.tags
          .split(/[,、，]/)
          .map((t) => t.trim())
          .filter((t) => t !== '')
      : undefined;
    return c.json((await suggestCases(db, stats, { code: q.code, tags, field: q.field, limit: q.limit }, readerOf(c))) as never, 200);
  });
  app.openapi(getCaseRoute, async (c) => c.json((await getCase(db, c.req.valid('param').caseId, readerOf(c))) as never, 200));
  app.openapi(createCaseRoute, async (c) => {
    const b = c.req.valid('json');
    const by = requirePrincipal(c);
    const { id } = await createCase(db, { ownerCode: b.owner_code, content: b.content }, by);
    c.header('Location', `/api/v1/good-practices/cases/${id}`);
    return c.json((await getCase(db, id, by)) as never, 201);
  });
  app.openapi(updateCaseRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await updateCase(db, { id: c.req.valid('param').caseId, baseVersion: b.base_version, content: b.content }, requirePrincipal(c)), 200);
  });
  app.openapi(transitionCaseRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await transitionCase(db, { id: c.req.valid('param').caseId, action: b.action, comment: b.comment }, requirePrincipal(c)), 200);
  });
  app.openapi(recordAdoptionRoute, async (c) => {
    const p = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await recordAdoption(
      db,
      { caseId: p.caseId, adopterCode: p.code, adoptedYear: b.adopted_year, note: b.note, outcome: b.outcome, outcomeNote: b.outcome_note },
      requirePrincipal(c),
    );
    return c.json(r, 200);
  });
  return app;
}
