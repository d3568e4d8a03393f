/** REST routes binding the reference series of a KPI's relative target (…/kpis/{kpi}/reference). */
import { createRouter } from '../../infra/http/router.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { readLocalGovCode } from '../../shared/local-gov-code.ts';
import { requirePrincipal, type AuthEnv } from '../auth/index.ts';
import { bindReference } from './bind-reference.ts';
import { unbindReference } from './unbind-reference.ts';

export const ReferenceBindingSchema = z
  .object({ strategy: z.string(), kpi: z.string(), indicator: z.string(), area: z.string() })
  .openapi('KpiReferenceBinding', { description: 'the series a relative target (全国平均以上, 東京圏以上) is compared with' });
/** The series to bind, with Japanese messages (the request validator passes zod's on as they are). */
export const SeriesBody = z.object({
  indicator: z.string({ error: '指標コード（indicator）を文字列で指定してください' }).min(1, { error: '指標コード（indicator）が空です' }),
  area: z.string({ error: '団体コード（area）を文字列で指定してください' }).min(1, { error: '団体コード（area）が空です' }),
});
const params = z.object({ strategyId: idParam('strategyId', 'chiiki-mirai-senryaku-2026'), kpiId: idParam('kpiId', 'IMP-01') });

export function referenceBindingRoutes(db: Database) {
  const app = createRouter<AuthEnv>();

  app.openapi(
    createRoute({
      method: 'put',
      path: '/strategies/{strategyId}/kpis/{kpiId}/reference',
      tags: ['statistics'],
      summary: '相対目標の比較対象を統計の系列（指標×地域）に設定 / bind the series a relative target is compared with (signed in, X-CSRF-Token)',
      request: { params, body: { content: { 'application/json': { schema: SeriesBody } }, required: true } },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ reference: ReferenceBindingSchema, values: z.number().int() }) } },
          description: 'bound; the series values copied for the evaluation',
        },
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      const by = requirePrincipal(c);
      const body = c.req.valid('json');
      const area = readLocalGovCode(body.area, { column: 'area' });
      const reference = { strategy: strategyId, kpi: kpiId, indicator: body.indicator, area };
      const r = await bindReference(db, reference, by);
      return c.json({ reference, values: r.values }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/strategies/{strategyId}/kpis/{kpiId}/reference',
      tags: ['statistics'],
      summary: '比較対象の設定を解除 / unbind the reference series (the target is 比較対象未登録 again)',
      request: { params },
      responses: { 204: { description: 'unbound' }, ...writeErrorResponses },
    }),
    async (c) => {
      const { strategyId, kpiId } = c.req.valid('param');
      await unbindReference(db, strategyId, kpiId, requirePrincipal(c));
      return c.body(null, 204);
    },
  );
  return app;
}
