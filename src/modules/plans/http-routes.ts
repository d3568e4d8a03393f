/** OpenAPI definitions of the plans' core routes (list, one plan, edit, workflow, checks, comments, history). */
import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { XLSX } from '../../infra/http/download.ts';

export const planParam = z.object({ planId: idParam('planId', 'b-1a2b3c4d5e6f') });

const Kgi = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline_value: z.number().nullable(),
  baseline_fy: z.number().nullable(),
  target_value: z.number().nullable(),
  target_fy: z.number().nullable(),
});

export const PlanHeaderSchema = z
  .object({
    id: z.string(),
    type: z.enum(['A', 'B', 'C']),
    title: z.string(),
    status: z.string().openapi({
      description: 'draft | precheck | precheck_done | published_local | submitted | soan | proposals | formulated | published | in_execution | evaluated | withdrawn',
    }),
    owner_code: z.string().openapi({ description: "the distribution key: the lead owner's 団体コード (B, C) or 000000 (A)" }),
    owner_org_id: z.string(),
    owner_codes: z.array(z.string()).openapi({ description: 'the owner and co-owners (団体コード, or an organisation id for A)' }),
    co_owner_org_ids: z.array(z.string()),
    pref_codes: z.array(z.string()),
    field: z.string(),
    final_fy: z.number().nullable(),
    current_version: z.number().int(),
    published_version: z.number().int().nullable(),
    published_at: z.string().nullable(),
    local_published_on: z.string().nullable(),
    local_url: z.string().nullable(),
    withdrawal_flag: z.boolean().openapi({ description: '撤退基準に該当 (until the owner decides)' }),
    sample: z.boolean().openapi({ description: 'sample content (sousei demo)' }),
  })
  .openapi('PlanHeader');

export const listPlansRoute = createRoute({
  method: 'get',
  path: '/plans',
  tags: ['plans'],
  summary: '計画の一覧（国が公表した計画） / published plans',
  description:
    'Public: nationally published plans only. status=published lists every published plan still running (published, in_execution, evaluated); other values match the status. q: Japanese text search (title, field, vision, projects, owners). scope=mine (signed in): the plans your organisation may see unpublished.',
  request: {
    query: z.object({
      type: z.enum(['A', 'B', 'C']).optional(),
      status: z.string().max(40).optional(),
      pref_code: z
        .string()
        .regex(/^\d{1,2}$/)
        .optional(),
      field: z.string().max(200).optional(),
      q: z.string().max(200).optional(),
      scope: z.enum(['public', 'mine']).optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional(),
      offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ total: z.number().int(), plans: z.array(PlanHeaderSchema.extend({ kgis: z.array(Kgi) })) }) } }, description: 'OK' },
    ...errorResponses,
  },
});

export const exportPlansRoute = createRoute({
  method: 'get',
  path: '/plans/export',
  tags: ['plans'],
  summary: '公表された計画の一括ダウンロード（JSON・CSV・Excel） / every published plan, machine-readable',
  description:
    'format=json (whole published versions) | csv (one row per plan; UTF-8 with BOM, encoding=sjis for Shift_JIS) | xlsx (計画・KGI・投資案件 sheets). Cells starting with = + - @ are neutralised.',
  request: {
    query: z.object({ format: z.enum(['json', 'csv', 'xlsx']).optional(), encoding: z.enum(['utf8-bom', 'utf8', 'sjis']).optional(), type: z.enum(['A', 'B', 'C']).optional() }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.unknown() }, 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});

export const createPlanRoute = createRoute({
  method: 'post',
  path: '/plans',
  tags: ['plans'],
  summary: '計画を作成（X-CSRF-Token） / create a plan (its owner’s editors; A: a bureau or the secretariat)',
  description: 'The mandatory KGIs of the type are pre-filled. content (optional): entry items to start from; errors name the JSON path.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            type: z.enum(['A', 'B', 'C']),
            owner_org_id: z.string().max(40).openapi({ example: '160008' }),
            co_owner_org_ids: z.array(z.string().max(40)).max(100).optional(),
            title: z.string().max(200),
            content: z.record(z.string(), z.unknown()).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: { 201: { content: { 'application/json': { schema: z.object({ plan: PlanHeaderSchema }) } }, description: 'created' }, ...writeErrorResponses },
});

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/plans/{planId}',
  tags: ['plans'],
  summary: '計画の全体 / the whole plan',
  description:
    'The public gets the nationally published version (view=public) and 404 for a plan never published. Those who may see it unpublished get the version asked for (default: current) with its requirement check, verdicts, comments, events, versions and the actions open to them (view=full).',
  request: { params: planParam, query: z.object({ version: z.coerce.number().int().min(1).max(100_000).optional() }) },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z
            .object({ plan: PlanHeaderSchema, view: z.enum(['public', 'full']), version: z.number().int(), content: z.record(z.string(), z.unknown()) })
            .catchall(z.unknown()),
        },
      },
      description: 'OK',
    },
    ...errorResponses,
  },
});

export const updatePlanRoute = createRoute({
  method: 'put',
  path: '/plans/{planId}',
  tags: ['plans'],
  summary: '記載項目を保存（新しい版、X-CSRF-Token） / save the entry items as a new version',
  description:
    'base_version: the version the edit was made on. If someone saved in between: 409 with current.version, current.changes (theirs, field by field) and current.conflicts (paths both changed); nothing is written.',
  request: {
    params: planParam,
    body: {
      content: {
        'application/json': { schema: z.object({ base_version: z.number().int().min(1), content: z.record(z.string(), z.unknown()), note: z.string().max(1000).optional() }) },
      },
      required: true,
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ version: z.number().int(), changes: z.number().int() }) } }, description: 'saved' },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const transitionRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/transitions',
  tags: ['plans'],
  summary: 'ワークフローの操作（提出・助言・公表・撤退など、X-CSRF-Token） / a workflow action',
  description: 'A refused transition is 400 with an issue (code transition_refused) naming the state, the action and every missing condition.',
  request: {
    params: planParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            action: z.enum([
              'submit_precheck',
              'advise',
              'complete_precheck',
              'publish_local',
              'submit_formal',
              'return_formal',
              'open_proposals',
              'formulate',
              'publish_national',
              'start_execution',
              'evaluate_final',
              'withdraw',
            ]),
            comment: z.string().max(5000).optional(),
            published_on: z.string().max(10).nullable().optional(),
            url: z.string().max(2000).nullable().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ status: z.string() }) } }, description: 'OK' }, ...writeErrorResponses },
});

export const verdictsRoute = createRoute({
  method: 'put',
  path: '/plans/{planId}/verdicts',
  tags: ['plans'],
  summary: '要件確認の判定（事務局、X-CSRF-Token） / requirement verdicts on the current version',
  request: {
    params: planParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            verdicts: z
              .array(
                z.object({
                  requirement_no: z.number().int().min(1).max(20),
                  verdict: z.enum(['met', 'not_met']),
                  evidence: z.string().max(5000).optional(),
                  comment: z.string().max(5000).optional(),
                }),
              )
              .min(1)
              .max(20),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ version: z.number().int(), recorded: z.number().int() }) } }, description: 'OK' },
    ...writeErrorResponses,
  },
});

export const commentRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/comments',
  tags: ['plans'],
  summary: 'コメント（X-CSRF-Token） / comment on a plan or one of its entry items',
  request: {
    params: planParam,
    body: { content: { 'application/json': { schema: z.object({ body: z.string().max(10_000), path: z.string().max(200).nullable().optional() }) } }, required: true },
  },
  responses: { 201: { content: { 'application/json': { schema: z.object({ seq: z.number().int() }) } }, description: 'created' }, ...writeErrorResponses },
});

export const reviewersRoute = createRoute({
  method: 'put',
  path: '/plans/{planId}/reviewers',
  tags: ['plans'],
  summary: '審査組織の指定（事務局、X-CSRF-Token） / the reviewers’ bodies of a plan',
  request: { params: planParam, body: { content: { 'application/json': { schema: z.object({ reviewer_org_ids: z.array(z.string().max(40)).max(50) }) } }, required: true } },
  responses: { 200: { content: { 'application/json': { schema: z.object({ reviewer_org_ids: z.array(z.string()) }) } }, description: 'OK' }, ...writeErrorResponses },
});

export const publishRevisionRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/publish-revision',
  tags: ['plans'],
  summary: '改訂版を公表（事務局、X-CSRF-Token） / publish the current version of a published plan',
  request: { params: planParam, body: { content: { 'application/json': { schema: z.object({ comment: z.string().max(5000).optional() }) } }, required: true } },
  responses: { 200: { content: { 'application/json': { schema: z.object({ published_version: z.number().int() }) } }, description: 'OK' }, ...writeErrorResponses },
});

export const historyRoute = createRoute({
  method: 'get',
  path: '/plans/{planId}/history',
  tags: ['plans'],
  summary: '計画の変更履歴（監査ログ） / the plan’s audit trail (those who may see it unpublished)',
  request: { params: planParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }) },
  responses: { 200: { content: { 'application/json': { schema: z.object({ entries: z.array(z.record(z.string(), z.unknown())) }) } }, description: 'OK' }, ...errorResponses },
});

export const compareRoute = createRoute({
  method: 'get',
  path: '/plans/{planId}/compare',
  tags: ['plans'],
  summary: '2つの版の比較 / two versions compared field by field',
  request: { params: planParam, query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }) },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(z.record(z.string(), z.unknown())) }) } },
      description: 'OK',
    },
    ...errorResponses,
  },
});

export const vocabularyRoute = createRoute({
  method: 'get',
  path: '/plan-vocabulary',
  tags: ['plans'],
  summary: '計画の語彙（種類・17分野・状態・要件・記載項目） / the plans’ vocabulary for forms',
  responses: { 200: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, description: 'OK' } },
});
