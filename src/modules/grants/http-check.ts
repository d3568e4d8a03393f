/**
 * POST /api/v1/grants/check: the rule checks of an application posted as JSON, against the
 * applicant's own strategies in the store. Public — it stores nothing — and answered like the
 * CLI's `sousei grants check --format json`. A malformed body is a 400 naming the JSON path.
 */
import { type RouteConfig, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { BODY_FILE, errorResponses } from '../../infra/http/errors.ts';
import { createRouter } from '../../infra/http/router.ts';
import { InputError } from '../../shared/errors.ts';
import { formatDay, todayDay } from '../../shared/periods.ts';
import { isDay, RuleSourceSchema, rulesAt } from '../rulebook/index.ts';
import { APPLICANT_KINDS, PROJECT_KINDS } from './domain/project-kinds.ts';
import { readApplicationText } from './domain/read-application.ts';
import { checkStoredApplication } from './use-cases/check-grant-application.ts';

const yenInt = z.number().int();
const KindTotals = z.object({ soft: yenInt, kyoten: yenInt, infra: yenInt, total: yenInt }).openapi('GrantNationalShare');

// The trace's shape (rulebook/domain/trace.ts), inline: the calculators define the same one.
const TraceStep = z.object({
  step: z.string(),
  label: z.string(),
  formula: z.string(),
  inputs: z.record(z.string(), z.number()),
  parameters: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
      unit: z.string(),
      effective_from: z.string(),
      effective_to: z.string().nullable(),
      source: RuleSourceSchema,
    }),
  ),
  value: z.number(),
  cap: z.object({ id: z.string(), label: z.string(), limit: z.number(), binding: z.boolean(), kind: z.enum(['hard', 'guideline']) }).optional(),
});

export const GrantCheckIssueSchema = z
  .object({
    rule: z.string().openapi({ description: 'the rule-book parameter applied (GET /api/v1/rules)', example: 'd2g.soft.annual_cap.municipality' }),
    project: z.string().nullable().openapi({ description: 'the project concerned; null for the application as a whole' }),
    year: z.number().int().optional().openapi({ description: 'the fiscal year (年度) concerned' }),
    severity: z.enum(['error', 'warning']).openapi({ description: 'error: the rule is broken (submission refused); warning: 目安 or 原則 exceeded, examined in review' }),
    message: z
      .string()
      .openapi({ example: '2026年度（令和8年度）のソフト事業の国費 15億円（S1「観光DX」 15億円）が年度上限 10億円（市区町村）を5億円超えています（002 L385-388,393）' }),
    source: z.object({ document: z.string(), lines: z.string().nullable(), url: z.string().optional() }),
  })
  .openapi('GrantCheckIssue');

export const GrantCheckResultSchema = z
  .object({
    ok: z.boolean().openapi({ description: 'true when no rule is broken (warnings allowed)' }),
    as_of: z.string(),
    applicant_code: z.string(),
    applicant_kind: z.enum(APPLICANT_KINDS).openapi({ description: 'the kind whose caps were applied' }),
    applicant_kind_by_code: z.enum(APPLICANT_KINDS),
    national_share_by_year: z.record(z.string(), KindTotals).openapi({ description: 'national share (国費) by fiscal year and kind, in yen' }),
    national_share_total: KindTotals,
    projects: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(PROJECT_KINDS),
        name: z.string(),
        rate: z.number(),
        rate_parameter: z.string(),
        by_year: z.record(z.string(), yenInt),
        total: yenInt,
        eligible_total: yenInt,
        trace: z.array(TraceStep),
      }),
    ),
    errors: z.number().int(),
    warnings: z.number().int(),
    issues: z.array(GrantCheckIssueSchema),
    binding_caps: z.array(z.string()),
    trace: z.array(TraceStep).openapi({ description: "the caps' steps (each project's national share is traced in projects[].trace)" }),
  })
  .openapi('GrantCheckResult');

export const checkDoc: RouteConfig = {
  method: 'post',
  path: '/grants/check',
  tags: ['grants'],
  summary: '第2世代交付金の申請の交付要件を確認（保存しない） / check an application against the rules without storing it',
  description:
    'Public (no sign-in): nothing is stored. The body is the application JSON (docs/grant-application.schema.json; README "Application format"). KPI links are checked against the strategies the applicant owns in the store. `as_of`: the rules in force on that day (default today, Japan time). Malformed bodies: 400 naming the JSON path.',
  request: {
    query: z.object({ as_of: z.string().optional().openapi({ example: '2026-12-01' }) }),
    body: {
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi({ description: 'the application (docs/grant-application.schema.json)' }) } },
      required: true,
    },
  },
  responses: { 200: { content: { 'application/json': { schema: GrantCheckResultSchema } }, description: 'OK' }, ...errorResponses },
};

export function grantCheckRoutes(db: Database) {
  const app = createRouter();
  // A plain handler, reading the body as text so that its problems are named by line and JSON
  // path (the request guard has already checked size, UTF-8, depth and syntax).
  app.openAPIRegistry.registerPath(checkDoc);
  app.post('/grants/check', async (c) => {
    const asOf = c.req.query('as_of');
    if (asOf !== undefined && !isDay(asOf)) throw InputError.single({ column: 'as_of', code: 'invalid_date', reason: `評価日「${asOf}」は YYYY-MM-DD の日付で指定してください` });
    const day = asOf ?? formatDay(todayDay());
    rulesAt(day); // a day without the rules in force is refused before the body is read
    const result = await checkStoredApplication(db, readApplicationText(await c.req.text(), BODY_FILE), day);
    return c.json(result, 200);
  });
  return app;
}
