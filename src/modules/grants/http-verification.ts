/**
 * REST routes of the effect verification (tag grants): the applicant records a fiscal year's
 * verification while in execution; an application's verifications (all for those who see the
 * application, the published ones for everyone); the published verifications across governments.
 * Publication itself is the workflow's `publish_verification` action. Thin: parse, call, reply.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, type AuthEnv, readerOf } from '../auth/index.ts';
import { SECTORS } from './domain/project-kinds.ts';
import { getVerifications } from './use-cases/get-verification.ts';
import { listPublishedVerifications } from './use-cases/list-verifications.ts';
import { recordVerification } from './use-cases/record-verification.ts';

const appParam = z.object({ applicationId: idParam('applicationId', 'g-1a2b3c4d5e6f') });
const yearParam = appParam.extend({
  fiscalYear: z
    .string()
    .regex(/^\d{4}$/, '年度は西暦4桁で指定してください（例: 2027）')
    .openapi({ param: { name: 'fiscalYear', in: 'path' }, example: '2027' }),
});
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });
const ok = <T extends z.ZodType>(schema: T, description = 'OK') => ({ content: { 'application/json': { schema } }, description });

// strict: contact data (e-mail, telephone) is refused, not silently dropped
const Participant = z.object({ name: z.string().max(100), sector: z.enum(SECTORS), organisation: z.string().max(200).optional() }).strict();
const KpiSnapshot = z
  .object({
    strategy_id: z.string(),
    kpi_id: z.string(),
    found: z.boolean(),
    name: z.string(),
    unit: z.string(),
    progress: z.number().nullable(),
    status: z.string(),
    reason: z.string(),
  })
  .catchall(z.unknown())
  .openapi('GrantVerificationKpi');
const Verification = z
  .object({
    application_id: z.string(),
    owner_code: z.string(),
    fiscal_year: z.number().int(),
    as_of: z.string(),
    participants: z.array(Participant.extend({ sector_label: z.string() })),
    sector_counts: z.record(z.string(), z.number().int()),
    results: z.array(
      z.object({
        project_id: z.string(),
        project_name: z.string(),
        kind: z.string(),
        decided_total: z.number().int(),
        kpis: z.array(KpiSnapshot),
        assessment: z.string(),
        improvement: z.string(),
      }),
    ),
    published_at: z.string().nullable(),
    updated_at: z.string(),
  })
  .openapi('GrantVerification');

export const recordVerificationRoute = createRoute({
  method: 'put',
  path: '/grants/applications/{applicationId}/verifications/{fiscalYear}',
  tags: ['grants'],
  summary: '効果検証を記録 / record the effect verification of a fiscal year',
  description:
    'The applicant, while the projects are in execution: participants by sector (産官学金労言; names as published, no contact data), and per funded project the assessment and 改善方策. The KPIs of each funded project are evaluated by the KPI engine as of `as_of` and stored as a snapshot. Fewer sectors than d2g.verification.min_sectors, or government only, is a warning.',
  request: {
    params: yearParam,
    body: json(
      z.object({
        participants: z.array(Participant).max(200).optional(),
        as_of: z.string().max(20).optional().openapi({ example: '2028-03-31' }),
        results: z
          .array(z.object({ project_id: z.string().max(40), assessment: z.string().max(4000).optional(), improvement: z.string().max(4000).optional() }))
          .max(30)
          .optional(),
      }),
    ),
  },
  responses: { 200: ok(Verification.extend({ warnings: z.array(z.object({ code: z.string(), message: z.string() })) })), ...writeErrorResponses, ...conflictResponse },
});

export const getVerificationsRoute = createRoute({
  method: 'get',
  path: '/grants/applications/{applicationId}/verifications',
  tags: ['grants'],
  summary: '申請の効果検証 / an application’s verifications',
  description: 'Public: the published verifications (404 when none). Those who see the application: every verification, drafts included.',
  request: { params: appParam },
  responses: {
    200: ok(
      z.object({ application_id: z.string(), owner_code: z.string(), title: z.string(), status: z.string(), status_label: z.string(), verifications: z.array(Verification) }),
    ),
    ...errorResponses,
  },
});

export const listVerificationsRoute = createRoute({
  method: 'get',
  path: '/grants/verifications',
  tags: ['grants'],
  summary: '公表された効果検証の一覧 / published verifications',
  description: 'Public. Per prefecture (pref_code: a prefecture and its municipalities), per government (owner_code) or per fiscal year.',
  request: {
    query: z.object({
      pref_code: z.string().max(4).optional().openapi({ example: '16', description: '都道府県コード (2 digits; full-width accepted)' }),
      owner_code: z.string().max(12).optional().openapi({ example: '162019', description: '団体コード (6 digits, or 5 without the check digit; full-width accepted)' }),
      fiscal_year: z
        .string()
        .regex(/^\d{4}$/, '年度は西暦4桁で指定してください（例: 2027）')
        .optional(),
    }),
  },
  responses: { 200: ok(z.object({ verifications: z.array(z.record(z.string(), z.unknown())) })), ...errorResponses },
});

export function grantVerificationRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  // what an application's verifications show depends on who asks
  app.use('/grants/applications/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-cache');
  });
  app.openapi(recordVerificationRoute, async (c) => {
    const { applicationId: id, fiscalYear } = c.req.valid('param');
    return c.json((await recordVerification(db, id, Number(fiscalYear), c.req.valid('json'), requirePrincipal(c))) as never, 200);
  });
  app.openapi(getVerificationsRoute, async (c) => c.json((await getVerifications(db, c.req.valid('param').applicationId, readerOf(c))) as never, 200));
  app.openapi(listVerificationsRoute, async (c) => {
    const q = c.req.valid('query');
    const filter = { prefCode: q.pref_code, ownerCode: q.owner_code, fiscalYear: q.fiscal_year === undefined ? undefined : Number(q.fiscal_year) };
    return c.json((await listPublishedVerifications(db, filter)) as never, 200);
  });
  return app;
}
