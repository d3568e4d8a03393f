/** OpenAPI definitions of the progress rounds (/api/v1/plan-rounds…) and reports (/api/v1/plans/{planId}/reports/{roundId}…). */
import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { XLSX } from '../../infra/http/download.ts';
import { idParam } from '../../infra/http/params.ts';
import { planParam } from './http-routes.ts';

const roundParam = z.object({ roundId: idParam('roundId', 'r-1a2b3c4d5e6f') });
const reportParams = planParam.extend({ roundId: idParam('roundId', 'r-1a2b3c4d5e6f') });
const day = z.string().max(20).openapi({ example: '2027-09-30' });
const lockVersion = z.number().int().min(0).max(1_000_000).openapi({ description: 'the lock_version the client read (0: not yet saved)' });

export const RoundSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    plan_types: z.array(z.string()),
    period_start: z.string(),
    period_end: z.string(),
    deadline: z.string(),
    status: z.enum(['open', 'closed']),
    published_at: z.string().nullable(),
    opened_by: z.string(),
    opened_at: z.string(),
    sample: z.boolean(),
  })
  .openapi('PlanRound');

export const ReportSchema = z
  .object({
    plan_id: z.string(),
    round_id: z.string(),
    status: z.enum(['draft', 'submitted', 'accepted', 'returned']),
    lock_version: z.number().int(),
    revision: z.number().int().openapi({ description: '0 until accepted; each correction after acceptance adds 1' }),
    items: z.array(z.object({ action_id: z.string(), status: z.string(), done: z.string(), delay_cause: z.string() })),
    kpi_values: z.array(z.object({ kpi_id: z.string(), period: z.string(), value: z.number() })),
    return_comment: z.string(),
    submitted_at: z.string().nullable(),
    accepted_at: z.string().nullable(),
    updated_at: z.string(),
    updated_by: z.string(),
  })
  .openapi('PlanReport');

const ReportContents = z.object({
  items: z
    .array(
      z.object({
        action_id: z.string().max(40),
        status: z.enum(['not_started', 'in_progress', 'done', 'delayed']),
        done: z.string().max(5000).optional(),
        delay_cause: z.string().max(5000).optional(),
      }),
    )
    .max(2000),
  kpi_values: z
    .array(
      z.object({
        kpi_id: z.string().max(40),
        period: z.string().max(20).nullable().optional().openapi({ description: "'FY2027' or '2027-09'; empty: the month of the round's period end" }),
        value: z.union([z.number(), z.string().max(60)]).openapi({ description: 'a number, or Japanese text such as 1.2万, 3億' }),
      }),
    )
    .max(500),
});

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });
const ok = <T extends z.ZodType>(schema: T, description = 'OK') => ({ content: { 'application/json': { schema } }, description });
const ReportReply = z.object({ report: ReportSchema, withdrawal_met: z.array(z.object({ criterion_id: z.string(), explanation: z.string() })).optional() });

export const listRoundsRoute = createRoute({
  method: 'get',
  path: '/plan-rounds',
  tags: ['plan-rounds'],
  summary: '進捗確認のラウンド一覧 / progress rounds',
  description: 'Public: published rounds. Signed in: every round, with my_reports (the plans you may report on and their report status).',
  responses: {
    200: ok(
      z.object({
        rounds: z.array(
          RoundSchema.extend({ plans: z.number().int(), submitted: z.number().int(), accepted: z.number().int(), my_reports: z.array(z.record(z.string(), z.unknown())) }),
        ),
      }),
    ),
    ...errorResponses,
  },
});

export const openRoundRoute = createRoute({
  method: 'post',
  path: '/plan-rounds',
  tags: ['plan-rounds'],
  summary: '進捗確認のラウンドを開始（事務局、X-CSRF-Token） / open a progress round',
  description: 'A round with type A must cover a half of a 年度 (04-01…09-30 or 10-01…03-31). The deadline is on or after the period end.',
  request: { body: json(z.object({ title: z.string().max(200), plan_types: z.array(z.enum(['A', 'B', 'C'])).max(3), period_start: day, period_end: day, deadline: day })) },
  responses: { 201: ok(z.object({ round: RoundSchema }), 'opened'), ...writeErrorResponses },
});

export const roundSummaryRoute = createRoute({
  method: 'get',
  path: '/plan-rounds/{roundId}',
  tags: ['plan-rounds'],
  summary: 'ラウンドの集計（計画別・類型別・都道府県別、JSON・Excel） / a round with its summary',
  description:
    'Per plan: report status, 5W1H items by status, late items, KPI actuals, withdrawal criteria met, bottleneck flags; per type; per prefecture. The secretariat sees every plan; other signed-in users the plans they may view; the public a published round with its accepted reports only (404 before publication). format=xlsx: the same as an Excel workbook.',
  request: { params: roundParam, query: z.object({ format: z.enum(['json', 'xlsx']).optional() }) },
  responses: { 200: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) }, [XLSX]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
});

export const publishRoundRoute = createRoute({
  method: 'post',
  path: '/plan-rounds/{roundId}/publish',
  tags: ['plan-rounds'],
  summary: 'ラウンドを公表（事務局、X-CSRF-Token） / publish a round',
  description: 'Refused (400) while a report awaits review; 409 when already published. The public sees the round and its accepted figures from then on.',
  request: { params: roundParam },
  responses: { 200: ok(z.object({ round: RoundSchema })), ...writeErrorResponses, ...conflictResponse },
});

export const getReportRoute = createRoute({
  method: 'get',
  path: '/plans/{planId}/reports/{roundId}',
  tags: ['plan-rounds'],
  summary: '計画の進捗報告（ラウンドごと） / one plan’s report in one round',
  description:
    'The round, the plan’s published 5W1H items and KPIs/KGIs, the report (null until saved), what you may do, and withdrawal findings with their decisions. Signed in, for those who may view the plan.',
  request: { params: reportParams },
  responses: { 200: ok(z.record(z.string(), z.unknown())), ...writeErrorResponses },
});

export const saveReportRoute = createRoute({
  method: 'put',
  path: '/plans/{planId}/reports/{roundId}',
  tags: ['plan-rounds'],
  summary: '進捗報告を下書き保存（X-CSRF-Token） / save a report as a draft',
  description:
    'Per 5W1H item: status, what was done, the delay’s cause (required when late: status delayed, or past its deadline and not done). Per KPI: the actual. lock_version: the version read (0 for a new report); a stale one is 409. Submitted and accepted reports cannot be saved (403).',
  request: { params: reportParams, body: json(ReportContents.extend({ lock_version: lockVersion })) },
  responses: { 200: ok(ReportReply), ...writeErrorResponses, ...conflictResponse },
});

export const submitReportRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/reports/{roundId}/submit',
  tags: ['plan-rounds'],
  summary: '進捗報告を提出（X-CSRF-Token） / submit a report',
  description: 'Every 5W1H item must be reported on.',
  request: { params: reportParams, body: json(z.object({ lock_version: lockVersion })) },
  responses: { 200: ok(ReportReply), ...writeErrorResponses, ...conflictResponse },
});

export const reviewReportRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/reports/{roundId}/review',
  tags: ['plan-rounds'],
  summary: '進捗報告の受理・差し戻し（事務局、X-CSRF-Token） / accept or return a report',
  description: 'decision=accept locks the report and evaluates the plan’s withdrawal criteria; decision=return needs a comment.',
  request: { params: reportParams, body: json(z.object({ lock_version: lockVersion, decision: z.enum(['accept', 'return']), comment: z.string().max(5000).optional() })) },
  responses: { 200: ok(ReportReply), ...writeErrorResponses, ...conflictResponse },
});

export const correctReportRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/reports/{roundId}/corrections',
  tags: ['plan-rounds'],
  summary: '受理済みの進捗報告を訂正（新しい版、X-CSRF-Token） / correct an accepted report',
  description: 'A new revision with its reason, audited with the contents before and after; the withdrawal criteria are evaluated again.',
  request: { params: reportParams, body: json(ReportContents.extend({ lock_version: lockVersion, reason: z.string().max(5000) })) },
  responses: { 200: ok(ReportReply), ...writeErrorResponses, ...conflictResponse },
});

export const decideWithdrawalRoute = createRoute({
  method: 'post',
  path: '/plans/{planId}/reports/{roundId}/withdrawal-decision',
  tags: ['plan-rounds'],
  summary: '撤退基準への対応を記録（継続・見直し・撤退、X-CSRF-Token） / decide after withdrawal criteria were met',
  description: 'continue needs a reason; withdraw (needs a reason) withdraws the plan through the workflow. Clears 撤退基準に該当 once every finding is decided.',
  request: { params: reportParams, body: json(z.object({ decision: z.enum(['continue', 'revise', 'withdraw']), reason: z.string().max(5000).optional() })) },
  responses: { 200: ok(z.object({ withdrawal_flag: z.boolean(), status: z.string() })), ...writeErrorResponses },
});
