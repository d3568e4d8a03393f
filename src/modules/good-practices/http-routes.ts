/** OpenAPI definitions of the good-practice routes (/api/v1/good-practices…). */
import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { FIELD_KEYS } from './domain/fields.ts';
import { CASE_ACTIONS, CASE_STATUSES } from './domain/workflow.ts';
import { ADOPTION_OUTCOMES } from './use-cases/record-adoption.ts';

const TAGS = ['good-practices'];
export const caseParam = z.object({ caseId: idParam('caseId', 'gp-1a2b3c4d5e6f') });
const codeText = z.string().max(12).openapi({ description: '団体コード (6 digits, or 5 without the check digit; full-width accepted)' });
const json = z.record(z.string(), z.unknown());

export const CaseHeaderSchema = z
  .object({
    id: z.string(),
    owner_code: z.string().openapi({ description: "the submitting government's 団体コード (000000: shipped reference cases)" }),
    owner_name: z.string().nullable(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(CASE_STATUSES),
    status_label: z.string(),
    field: z.string(),
    field_label: z.string(),
    pillar_label: z.string().nullable(),
    regions: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
    actor: z.string(),
    problem_tags: z.array(z.string()),
    started_year: z.number().int().nullable(),
    started_year_label: z.string().nullable().openapi({ description: '西暦 with 和暦, e.g. 2019年（令和元年）' }),
    reference: z.boolean().openapi({ description: 'shipped with Sousei from the seeds’ own examples' }),
    credit: z.string(),
    version: z.number().int(),
    updated_at: z.string(),
    validated_at: z.string().nullable(),
  })
  .openapi('GoodPracticeHeader');

const page = { limit: z.coerce.number().int().min(1).max(100).optional(), offset: z.coerce.number().int().min(0).max(100_000).optional() };

export const listCasesRoute = createRoute({
  method: 'get',
  path: '/good-practices/cases',
  tags: TAGS,
  summary: '好事例の一覧 / good-practice cases',
  description: 'Public: validated cases. scope=mine (signed in): your government’s cases in every status; the secretariat sees everything submitted (its queue).',
  request: { query: z.object({ scope: z.enum(['public', 'mine']).optional(), status: z.enum(CASE_STATUSES).optional(), field: z.enum(FIELD_KEYS).optional(), ...page }) },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            total: z.number().int(),
            cases: z.array(CaseHeaderSchema),
            mine: z.object({ org_code: z.string(), secretariat: z.boolean(), may_create: z.boolean() }).nullable().optional().openapi({
              description:
                "scope=mine: the reader's organisation, whether this is the secretariat's queue, and whether the reader may register cases for it (null: not signed in or no organisation)",
            }),
          }),
        },
      },
      description: 'OK',
    },
    ...errorResponses,
  },
});

export const searchCasesRoute = createRoute({
  method: 'get',
  path: '/good-practices/search',
  tags: TAGS,
  summary: '好事例の全文検索（かな・カナ・全角半角を区別しない） / Japanese full-text search',
  description:
    'Bigram search: the query is normalised (NFKC, case, katakana → hiragana) and cut into character pairs; a case must have all of a short query’s pairs (≤ 3) or 60 % of a longer one’s. Ranked by pairs matched, then by where they occur (title > problem tags > problem > actions > the rest).',
  request: { query: z.object({ q: z.string().min(1).max(200), field: z.enum(FIELD_KEYS).optional(), ...page }) },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            query: z.object({ q: z.string(), grams: z.array(z.string()), required: z.number().int() }),
            total: z.number().int(),
            cases: z.array(CaseHeaderSchema.extend({ matched_grams: z.number().int(), score: z.number().int() })),
          }),
        },
      },
      description: 'OK',
    },
    ...errorResponses,
  },
});

export const suggestCasesRoute = createRoute({
  method: 'get',
  path: '/good-practices/suggestions',
  tags: TAGS,
  summary: 'ある団体に薦める好事例（類似団体の事例・同じ課題に先に取り組んだ地域の事例）と理由 / cases suggested for a government, with why',
  description:
    'code: the government. tags (comma-separated) and field: the problem to match; default: those of the government’s own cases. Each case lists its reasons: similar_area (a 類似団体 by statistics’ ranking) and same_problem_first (same tag or field, started earlier).',
  request: {
    query: z.object({ code: codeText, tags: z.string().max(500).optional(), field: z.enum(FIELD_KEYS).optional(), limit: z.coerce.number().int().min(1).max(100).optional() }),
  },
  responses: { 200: { content: { 'application/json': { schema: json } }, description: 'OK' }, ...errorResponses },
});

export const getCaseRoute = createRoute({
  method: 'get',
  path: '/good-practices/cases/{caseId}',
  tags: TAGS,
  summary: '好事例（内容・履歴・採用した団体） / one case with its history and "used by"',
  description: 'Validated cases are public; others are visible to their owner and the secretariat (404 to anyone else). `may` lists what the reader may do.',
  request: { params: caseParam },
  responses: { 200: { content: { 'application/json': { schema: json } }, description: 'OK' }, ...errorResponses },
});

export const createCaseRoute = createRoute({
  method: 'post',
  path: '/good-practices/cases',
  tags: TAGS,
  summary: '好事例を作成（作成中、X-CSRF-Token） / create a case (draft)',
  description: "The owner government's editors and admins. content: the case (README: Case format); every refused field is named in the 400's issues.",
  request: { body: { content: { 'application/json': { schema: z.object({ owner_code: codeText, content: json }) } }, required: true } },
  responses: { 201: { content: { 'application/json': { schema: json } }, description: 'created' }, ...writeErrorResponses },
});

export const updateCaseRoute = createRoute({
  method: 'put',
  path: '/good-practices/cases/{caseId}',
  tags: TAGS,
  summary: '好事例の内容を保存（作成中・差戻しのみ、X-CSRF-Token） / save a case',
  description: 'base_version: the version the edit was made on; 409 when someone saved in between.',
  request: { params: caseParam, body: { content: { 'application/json': { schema: z.object({ base_version: z.number().int().min(1), content: json }) } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ version: z.number().int() }) } }, description: 'saved' },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const transitionCaseRoute = createRoute({
  method: 'post',
  path: '/good-practices/cases/{caseId}/transitions',
  tags: TAGS,
  summary: 'ワークフローの操作（提出・差戻し・確認して公開、X-CSRF-Token） / submit, return or validate',
  description: 'submit: the owner’s editors (needs regions, sources and lessons — a refusal names each missing field). return (with the reason) and validate: the secretariat.',
  request: {
    params: caseParam,
    body: { content: { 'application/json': { schema: z.object({ action: z.enum(CASE_ACTIONS), comment: z.string().max(5000).optional() }) } }, required: true },
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ status: z.enum(CASE_STATUSES) }) } }, description: 'done' }, ...writeErrorResponses },
});

export const recordAdoptionRoute = createRoute({
  method: 'put',
  path: '/good-practices/cases/{caseId}/adoptions/{code}',
  tags: TAGS,
  summary: '事例の採用と結果を記録（採用した団体、X-CSRF-Token） / record that a government adopted a case, and its outcome',
  description: 'The adopting government’s editors; validated cases of another government only. Recording again updates the outcome.',
  request: {
    params: caseParam.extend({
      code: z
        .string()
        .max(12)
        .openapi({ param: { name: 'code', in: 'path' }, example: '162019' }),
    }),
    body: {
      content: {
        'application/json': {
          schema: z.object({
            adopted_year: z.number().int().min(1900).max(2100),
            note: z.string().max(2000).optional(),
            outcome: z.enum(ADOPTION_OUTCOMES).optional(),
            outcome_note: z.string().max(2000).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ created: z.boolean() }) } }, description: 'recorded' }, ...writeErrorResponses },
});

export const vocabularyRoute = createRoute({
  method: 'get',
  path: '/good-practices/vocabulary',
  tags: TAGS,
  summary: '分野（基本構想の5本柱）・主体・財源・状態の一覧 / the fixed lists with their labels',
  responses: { 200: { content: { 'application/json': { schema: json } }, description: 'OK' } },
});
