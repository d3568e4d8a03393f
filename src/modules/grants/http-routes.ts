/** OpenAPI definitions of the grant applications' routes (list, one application, edit, workflow, decision). */
import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { GRANT_STATUSES } from './domain/workflow.ts';
import { TRANSITION_ACTIONS, type TransitionAction } from './use-cases/transition-application.ts';

export const applicationParam = z.object({ applicationId: idParam('applicationId', 'g-1a2b3c4d5e6f') });

export const ApplicationHeaderSchema = z
  .object({
    id: z.string(),
    applicant_code: z.string().openapi({ description: "the applicant's 団体コード (the distribution key)" }),
    applicant_name: z.string().nullable(),
    applicant_kind: z.string().openapi({ description: 'prefecture | core_city | municipality — the caps applied' }),
    fiscal_year: z.number().int(),
    title: z.string(),
    status: z.enum(GRANT_STATUSES),
    status_label: z.string(),
    current_version: z.number().int(),
    submitted_version: z.number().int().nullable(),
    requested_total: z.number().int().openapi({ description: 'national share requested over all projects and years, yen' }),
    decided_total: z.number().int().nullable(),
    check_errors: z.number().int(),
    check_warnings: z.number().int(),
    sample: z.boolean(),
    updated_at: z.string(),
  })
  .openapi('GrantApplicationHeader');

const fiscalYearQuery = z.coerce.number().int().min(2025).max(2100).optional();

export const listApplicationsRoute = createRoute({
  method: 'get',
  path: '/grants/applications',
  tags: ['grants'],
  summary: '第2世代交付金の申請の一覧 / grant applications',
  description:
    'Public: decided applications (交付決定 and after). scope=mine (signed in): those you may see as they stand — your government’s, those assigned to you for review, your prefecture’s municipalities’ past the draft; the secretariat every one.',
  request: {
    query: z.object({
      scope: z.enum(['public', 'mine']).optional(),
      fiscal_year: fiscalYearQuery,
      status: z.enum(GRANT_STATUSES).optional(),
      pref_code: z
        .string()
        .regex(/^\d{1,2}$/)
        .optional(),
      limit: z.coerce.number().int().min(1).max(500).optional(),
      offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ total: z.number().int(), applications: z.array(ApplicationHeaderSchema) }) } }, description: 'OK' },
    ...errorResponses,
  },
});

export const createApplicationRoute = createRoute({
  method: 'post',
  path: '/grants/applications',
  tags: ['grants'],
  summary: '申請を作成（1団体1年度1本、X-CSRF-Token） / create an application',
  description: "The applicant's editors and admins. A second application of the same government and fiscal year is 409 naming the first (seed 002 L446–447).",
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            applicant_code: z.string().max(12),
            fiscal_year: z.number().int().min(2025).max(2100),
            title: z.string().max(300),
            content: z.record(z.string(), z.unknown()).optional().openapi({ description: 'the whole application (README: Application format); default: no projects yet' }),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ application: ApplicationHeaderSchema }) } }, description: 'created' },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const getApplicationRoute = createRoute({
  method: 'get',
  path: '/grants/applications/{applicationId}',
  tags: ['grants'],
  summary: '申請（内容・交付要件の確認とその根拠・交付決定・履歴） / one application with its checks, decision and history',
  description:
    'The public sees decided applications (their submitted version); the applicant, the secretariat, assigned reviewers and the prefecture see more. Not visible: 404. `may` lists what the reader may do.',
  request: { params: applicationParam },
  responses: { 200: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, description: 'OK' }, ...errorResponses },
});

export const updateApplicationRoute = createRoute({
  method: 'put',
  path: '/grants/applications/{applicationId}',
  tags: ['grants'],
  summary: '申請内容を保存（新しい版、X-CSRF-Token） / save the content as a new version',
  description:
    'base_version: the version the edit was made on. If someone saved in between: 409 with current.version and current.changed_projects; nothing is written. Drafts only.',
  request: {
    params: applicationParam,
    body: { content: { 'application/json': { schema: z.object({ base_version: z.number().int().min(1), content: z.record(z.string(), z.unknown()) }) } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ version: z.number().int(), changed: z.boolean() }) } }, description: 'saved' },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const transitionApplicationRoute = createRoute({
  method: 'post',
  path: '/grants/applications/{applicationId}/transitions',
  tags: ['grants'],
  summary: 'ワークフローの操作（提出・差戻し・審査開始・実施開始・効果検証の公表、X-CSRF-Token） / a workflow action',
  description:
    'A refused transition is 400 with issues (code transition_refused) naming the state, the action and every missing condition (e.g. the rule-check errors that block submission).',
  request: {
    params: applicationParam,
    body: {
      content: {
        'application/json': { schema: z.object({ action: z.enum(TRANSITION_ACTIONS as [TransitionAction, ...TransitionAction[]]), comment: z.string().max(5000).optional() }) },
      },
      required: true,
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ status: z.enum(GRANT_STATUSES) }) } }, description: 'done' },
    ...writeErrorResponses,
  },
});

export const decideApplicationRoute = createRoute({
  method: 'post',
  path: '/grants/applications/{applicationId}/decision',
  tags: ['grants'],
  summary: '交付決定（事業・年度ごとの交付額、X-CSRF-Token） / the decision: national share per project and year',
  description:
    'The secretariat, while under review, after at least one complete review. Every project-year of the submitted version; 0 = not adopted; less than requested needs a reason.',
  request: {
    params: applicationParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            amounts: z
              .array(
                z.object({
                  project_id: z.string().max(40),
                  fiscal_year: z.number().int().min(2025).max(2100),
                  amount: z.number().int().min(0).max(1e15),
                  reason: z.string().max(2000).optional(),
                }),
              )
              .min(1)
              .max(500),
            comment: z.string().max(5000).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ status: z.enum(GRANT_STATUSES), decided_total: z.number().int() }) } }, description: 'decided' },
    ...writeErrorResponses,
  },
});
