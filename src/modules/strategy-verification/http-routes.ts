/** OpenAPI definitions of the verification rounds' routes (tag strategy-verification). */
import { createRoute, z } from '@hono/zod-openapi';
import { XLSX } from '../../infra/http/download.ts';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { CommentsInput } from './use-cases/save-comments.ts';
import { MemberInput } from './use-cases/set-member.ts';
import { NewRound } from './use-cases/create-round.ts';
import { ResponsesInput } from './use-cases/save-responses.ts';
import { SignOffInput } from './use-cases/sign-off.ts';
import { ROUND_ACTIONS } from './domain/workflow.ts';

const tags = ['strategy-verification'];
const strategyParam = z.object({ strategyId: idParam('strategyId', 'toyama-city-sogo') });
const roundParam = z.object({ roundId: idParam('roundId', 'vr-1a2b3c4d5e6f') });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });
const ok = <T extends z.ZodType>(schema: T, description = 'OK') => ({ content: { 'application/json': { schema } }, description });
const anyObject = z.record(z.string(), z.unknown());

const RoundItem = z
  .object({
    id: z.string(),
    owner_code: z.string(),
    strategy_id: z.string(),
    fiscal_year: z.number().int(),
    fiscal_year_label: z.string(),
    title: z.string(),
    evaluation_date: z.string(),
    status: z.enum(['draft', 'open', 'closed', 'published']),
    status_label: z.string(),
    published_at: z.string().nullable(),
  })
  .openapi('VerificationRoundItem');

export const createRoundRoute = createRoute({
  method: 'post',
  path: '/strategies/{strategyId}/verification-rounds',
  tags,
  summary: '効果検証ラウンドを作成 / create a verification round',
  description: "The strategy owner's editors (and admins): one round per strategy and fiscal year, as a draft. evaluation_date defaults to the fiscal year's last day.",
  request: { params: strategyParam, body: json(NewRound) },
  responses: { 201: ok(RoundItem.omit({ fiscal_year_label: true, status_label: true, published_at: true }), 'Created'), ...writeErrorResponses, ...conflictResponse },
});

export const listRoundsRoute = createRoute({
  method: 'get',
  path: '/strategies/{strategyId}/verification-rounds',
  tags,
  summary: '戦略の効果検証ラウンド / a strategy’s verification rounds',
  description: 'The owner and its viewers: every round; a panel member: their rounds once opened; everyone: the published ones.',
  request: { params: strategyParam },
  responses: { 200: ok(z.object({ rounds: z.array(RoundItem) })), ...errorResponses },
});

export const myRoundsRoute = createRoute({
  method: 'get',
  path: '/verification-rounds',
  tags,
  summary: '委員として参加する検証・自団体の検証・公表された検証 / my panels, my government’s rounds, the published reports',
  description:
    'member_of: the rounds whose panel the user is on (once opened); owned: the rounds of the user’s government; strategies: those the user may open a round for; published: every published report.',
  request: {},
  responses: {
    200: ok(
      z.object({ member_of: z.array(RoundItem), owned: z.array(RoundItem), strategies: z.array(z.object({ id: z.string(), name: z.string() })), published: z.array(RoundItem) }),
    ),
    ...errorResponses,
  },
});

export const getRoundRoute = createRoute({
  method: 'get',
  path: '/verification-rounds/{roundId}',
  tags,
  summary: '効果検証ラウンド / a verification round',
  description:
    'The owner and its viewers; members once opened (404 to everyone else, drafts included). The evaluation per KPI on the evaluation date, comments, responses, the panel with each sign-off state (current | stale | missing), `fingerprint` of what is shown (send it to sign off), what blocks publication, and what the reader may do.',
  request: { params: roundParam },
  responses: { 200: ok(anyObject.openapi('VerificationRound')), ...errorResponses },
});

export const setMemberRoute = createRoute({
  method: 'put',
  path: '/verification-rounds/{roundId}/members',
  tags,
  summary: '検証委員を追加・更新 / add or update a panel member',
  description:
    'The owner, while draft or open: an existing user by e-mail, the name shown in the report, the sector (産官学金労言士) and a conflict-of-interest declaration with the KPIs it excludes.',
  request: { params: roundParam, body: json(MemberInput) },
  responses: { 200: ok(z.object({ user_id: z.string(), name: z.string(), sector: z.string(), added: z.boolean() })), ...writeErrorResponses, ...conflictResponse },
});

export const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/verification-rounds/{roundId}/members/{userId}',
  tags,
  summary: '検証委員を外す / remove a panel member',
  request: { params: roundParam.extend({ userId: idParam('userId', 'u-1a2b3c') }) },
  responses: { 200: ok(z.object({ removed: z.string() })), ...writeErrorResponses, ...conflictResponse },
});

export const transitionRoundRoute = createRoute({
  method: 'post',
  path: '/verification-rounds/{roundId}/transitions',
  tags,
  summary: '検証ラウンドの状態を変える / open, close, reopen, publish',
  description: 'The owner. publish: only when closed and every member has a current sign-off (409 naming the missing and stale ones otherwise).',
  request: { params: roundParam, body: json(z.object({ action: z.enum(ROUND_ACTIONS) })) },
  responses: {
    200: ok(z.object({ id: z.string(), status: z.string(), status_label: z.string(), warnings: z.array(z.object({ code: z.string(), message: z.string() })) })),
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

export const saveCommentsRoute = createRoute({
  method: 'put',
  path: '/verification-rounds/{roundId}/comments',
  tags,
  summary: '委員の意見 / a member’s comments per KPI and overall',
  description: 'A member, while open. kpi_id null is the overall comment; an empty body removes the comment.',
  request: { params: roundParam, body: json(CommentsInput) },
  responses: { 200: ok(z.object({ written: z.number().int(), removed: z.number().int() })), ...writeErrorResponses, ...conflictResponse },
});

export const signOffRoute = createRoute({
  method: 'post',
  path: '/verification-rounds/{roundId}/sign-off',
  tags,
  summary: '委員の確認（サインオフ） / a member signs off',
  description: 'A member, while open or closed, with the fingerprint of the evaluation they read. 409 「データが更新されました。再確認してください」 when the data changed since.',
  request: { params: roundParam, body: json(SignOffInput) },
  responses: { 200: ok(z.object({ state: z.literal('current'), fingerprint: z.string(), signed_at: z.string() })), ...writeErrorResponses, ...conflictResponse },
});

export const saveResponsesRoute = createRoute({
  method: 'put',
  path: '/verification-rounds/{roundId}/responses',
  tags,
  summary: '団体の対応と改善策 / the government’s response and improvement measures',
  description: 'The owner, while open or closed. kpi_id null is the overall response.',
  request: { params: roundParam, body: json(ResponsesInput) },
  responses: { 200: ok(z.object({ saved: z.number().int() })), ...writeErrorResponses, ...conflictResponse },
});

export const reportRoute = createRoute({
  method: 'get',
  path: '/verification-rounds/{roundId}/report',
  tags,
  summary: '効果検証の報告 / the round’s report',
  description:
    'Public once published (the report as published, final: true); before, a preview for those who may view the round. format=xlsx: 検証結果・総評・検証委員 sheets. No e-mail or account data.',
  request: { params: roundParam, query: z.object({ format: z.enum(['json', 'xlsx']).optional() }) },
  responses: {
    200: { content: { 'application/json': { schema: anyObject.openapi('VerificationReport') }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});
