/**
 * GET /grants/rollup (tag grants, public): the national roll-up of decided funds and of the KPI
 * achievement of funded projects, as JSON or as CSV (UTF-8 with BOM for Excel, or UTF-8 / Shift_JIS).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { download } from '../../infra/http/download.ts';
import { errorResponses } from '../../infra/http/errors.ts';
import { createRouter } from '../../infra/http/router.ts';
import type { AuthEnv } from '../auth/index.ts';
import { rollupToCsv } from './domain/rollup-csv.ts';
import { getNationalRollup } from './use-cases/national-rollup.ts';

const CSV = 'text/csv; charset=utf-8';
const SJIS_CSV = 'text/csv; charset=Shift_JIS';
const ByKind = z.object({ soft: z.number().int(), kyoten: z.number().int(), infra: z.number().int() });

const Rollup = z
  .object({
    fiscal_year: z.number().int().nullable(),
    applications: z.object({ total: z.number().int(), by_status: z.record(z.string(), z.number().int()) }),
    decided: z.object({
      total: z.number().int(),
      by_kind: ByKind,
      by_prefecture: z.array(z.object({ pref_code: z.string(), name: z.string(), total: z.number().int(), by_kind: ByKind, applications: z.number().int() })),
      by_fiscal_year: z.array(z.object({ fiscal_year: z.number().int(), total: z.number().int(), by_kind: ByKind })),
    }),
    kpi_achievement: z.object({
      verifications: z.number().int(),
      projects: z.number().int(),
      kpis: z.number().int(),
      by_class: z.record(z.string(), z.number().int()),
      achieved: z.number().int(),
      share_achieved: z.number().nullable().openapi({ description: '①A 目標達成 over all KPIs evaluated, percent (one decimal)' }),
    }),
  })
  .openapi('GrantRollup');

export const rollupRoute = createRoute({
  method: 'get',
  path: '/grants/rollup',
  tags: ['grants'],
  summary: '第2世代交付金の全国集計 / national roll-up',
  description:
    'Public. Decided national share (円) by prefecture, project kind and the fiscal year it is for; applications by status; KPI achievement of funded projects from published verifications. fiscal_year filters by the application’s fiscal year. format=csv downloads the funds table (encoding: utf8-bom for Excel, utf8, sjis).',
  request: {
    query: z.object({
      fiscal_year: z
        .string()
        .regex(/^\d{4}$/, '年度は西暦4桁で指定してください（例: 2026）')
        .optional(),
      format: z.enum(['json', 'csv']).optional(),
      encoding: z.enum(['utf8-bom', 'utf8', 'sjis']).optional(),
    }),
  },
  responses: { 200: { content: { 'application/json': { schema: Rollup }, [CSV]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
});

export function grantRollupRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  app.openapi(rollupRoute, async (c) => {
    const q = c.req.valid('query');
    const r = await getNationalRollup(db, q.fiscal_year === undefined ? undefined : Number(q.fiscal_year));
    if (q.format === 'csv') {
      const encoding = q.encoding ?? 'utf8-bom';
      const name = `第2世代交付金_全国集計_${r.fiscal_year ?? '全年度'}.csv`;
      return download(rollupToCsv(r, encoding), encoding === 'sjis' ? SJIS_CSV : CSV, name) as never;
    }
    return c.json(r, 200);
  });
  return app;
}
