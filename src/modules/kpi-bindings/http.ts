/** REST routes binding a KPI to a statistics series (/api/v1/strategies/{id}/bindings…). */
import { createRouter } from '../../infra/http/router.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { readLocalGovCode } from '../../shared/local-gov-code.ts';
import { requirePrincipal, type AuthEnv } from '../auth/index.ts';
import { strategyOwnerOrNotFound } from './permissions.ts';
import { bindKpi } from './bind-kpi.ts';
import { bindingsOf, referenceBindingsOf } from './list-bindings.ts';
import { ReferenceBindingSchema, referenceBindingRoutes, SeriesBody } from './http-reference.ts';
import { unbindKpi } from './unbind-kpi.ts';
import { comparisonRoutes } from './http-compare.ts';
import { MAX_COMPARED } from './compare-strategies.ts';
import { CatalogCache } from '../kpi/index.ts';
import { StatisticsReader } from '../statistics/index.ts';

const BindingSchema = z.object({ strategy: z.string(), kpi: z.string(), indicator: z.string(), area: z.string() }).openapi('KpiBinding');
const params = z.object({ strategyId: idParam('strategyId', 'chiiki-mirai-senryaku-2026'), kpiId: idParam('kpiId', 'IMP-02') });

// One answer evaluates up to MAX_COMPARED strategies: a smaller cache would reload them on every request.
const COMPARISON_CACHE_SIZE = 2 * MAX_COMPARED;

export function bindingRoutes(db: Database) {
  const app = createRouter<AuthEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/strategies/{strategyId}/bindings',
      tags: ['statistics'],
      summary: '統計に連動している KPI / KPIs fed by statistics series',
      request: { params: params.pick({ strategyId: true }) },
      responses: {
        200: { content: { 'application/json': { schema: z.object({ bindings: z.array(BindingSchema), references: z.array(ReferenceBindingSchema) }) } }, description: 'OK' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { strategyId } = c.req.valid('param');
      await strategyOwnerOrNotFound(db, strategyId);
      return c.json({ bindings: await bindingsOf(db, strategyId), references: await referenceBindingsOf(db, strategyId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/strategies/{strategyId}/kpis/{kpiId}/binding',
      tags: ['statistics'],
      summary: 'KPI を統計の系列（指標×地域）に連動させる / feed a KPI from an indicator series (signed in, X-CSRF-Token)',
      request: { params, body: { content: { 'application/json': { schema: SeriesBody } }, required: true } },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ binding: BindingSchema, written: z.number().int() }) } },
          description: 'bound; observations written from the series',
        },
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      const by = requirePrincipal(c);
      const body = c.req.valid('json');
      const area = readLocalGovCode(body.area, { column: 'area' });
      const binding = { strategy: strategyId, kpi: kpiId, indicator: body.indicator, area };
      const r = await bindKpi(db, binding, by);
      return c.json({ binding, written: r.written }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/strategies/{strategyId}/kpis/{kpiId}/binding',
      tags: ['statistics'],
      summary: '統計連動の解除 / stop feeding a KPI from statistics (observations stay)',
      request: { params },
      responses: { 204: { description: 'unbound' }, ...writeErrorResponses },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      await unbindKpi(db, strategyId, kpiId, requirePrincipal(c));
      return c.body(null, 204);
    },
  );
  app.route('/', referenceBindingRoutes(db));
  app.route('/', comparisonRoutes(db, new CatalogCache(db, COMPARISON_CACHE_SIZE), new StatisticsReader(db)));
  return app;
}
