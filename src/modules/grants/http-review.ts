/**
 * REST routes of the review by the four criteria (tag grants): the secretariat names and removes
 * reviewers, an assigned reviewer saves their scores, each reads the review as they may see it,
 * and a reviewer lists their assignments. Thin: parse, call a use case, reply. Writes need the
 * session's X-CSRF-Token (requirePrincipal).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { writeErrorResponses, conflictResponse } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, sessionPrincipal, type AuthEnv } from '../auth/index.ts';
import { assignReviewers, unassignReviewer } from './use-cases/assign-reviewers.ts';
import { getReviews, listMyAssignments } from './use-cases/get-reviews.ts';
import { saveReview } from './use-cases/save-review.ts';

const appParam = z.object({ applicationId: idParam('applicationId', 'g-1a2b3c4d5e6f') });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });
const ok = <T extends z.ZodType>(schema: T, description = 'OK') => ({ content: { 'application/json': { schema } }, description });
const Reviewer = z.object({ user_id: z.string(), name: z.string() }).openapi('GrantReviewer');
const Reviewers = z.object({ reviewers: z.array(Reviewer) });
const Score = z
  .object({ criterion: z.string(), label: z.string(), score: z.number().int(), comment: z.string(), version: z.number().int(), updated_at: z.string() })
  .openapi('GrantReviewScore');
const MyReview = z.object({ application_id: z.string(), version: z.number().int().nullable(), scores: z.array(Score), complete: z.boolean() }).openapi('GrantMyReview');
const Stat = { mean: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(), count: z.number().int() };
const Summary = z
  .object({
    criteria: z.array(z.object({ criterion: z.string(), label: z.string(), ...Stat, spread: z.boolean() })),
    total: z.object({ ...Stat, max_possible: z.number().int() }),
    reviewers: z.number().int(),
    complete_reviewers: z.number().int(),
    complete_reviewer_ids: z.array(z.string()),
    spread: z.boolean(),
  })
  .openapi('GrantReviewSummary');
const Reviews = z
  .object({
    application_id: z.string(),
    title: z.string(),
    status: z.string(),
    status_label: z.string(),
    submitted_version: z.number().int().nullable(),
    view: z.enum(['secretariat', 'reviewer']),
    score_max: z.number().int(),
    comment_required_max_score: z.number().int(),
    criteria: z.array(z.object({ id: z.string(), label: z.string() }).catchall(z.unknown())),
    reviewers: z.array(Reviewer.extend({ scores: z.array(Score), complete: z.boolean(), total: z.number().int().nullable() })),
    // a union, not .nullable(): a nullable $ref loses its null in the generated OpenAPI 3.1 document
    summary: z.union([Summary, z.null()]),
  })
  .openapi('GrantReviews');

export const assignReviewersRoute = createRoute({
  method: 'post',
  path: '/grants/applications/{applicationId}/reviewers',
  tags: ['grants'],
  summary: '審査員を指定 / assign reviewers',
  description: 'The secretariat names reviewers (users with the reviewer role, by id or e-mail) while the application is submitted or under review. Audited.',
  request: {
    params: appParam,
    body: json(
      z.object({
        reviewers: z
          .array(z.string().max(320))
          .max(50)
          .openapi({ example: ['reviewer@example.jp'] }),
      }),
    ),
  },
  responses: { 200: ok(Reviewers), ...writeErrorResponses, ...conflictResponse },
});

export const unassignReviewerRoute = createRoute({
  method: 'delete',
  path: '/grants/applications/{applicationId}/reviewers',
  tags: ['grants'],
  summary: '審査員の指定を解除 / unassign a reviewer',
  description: "The secretariat takes a reviewer off the application; that reviewer's scores are deleted with the assignment. Audited.",
  request: { params: appParam, query: z.object({ user_id: z.string().min(1).max(80).openapi({ description: 'the reviewer’s user id' }) }) },
  responses: { 200: ok(Reviewers.extend({ scores_removed: z.number().int() })), ...writeErrorResponses, ...conflictResponse },
});

export const getReviewsRoute = createRoute({
  method: 'get',
  path: '/grants/applications/{applicationId}/reviews',
  tags: ['grants'],
  summary: '審査結果（評価基準ごとの採点） / the review',
  description:
    "Secretariat: every reviewer's scores and comments with names, and the summary. An assigned reviewer: their own scores. Others: 403 (404 when they may not see the application).",
  request: { params: appParam },
  responses: { 200: ok(Reviews), ...writeErrorResponses },
});

export const saveReviewRoute = createRoute({
  method: 'put',
  path: '/grants/applications/{applicationId}/reviews',
  tags: ['grants'],
  summary: '自分の採点を保存 / save my scores',
  description:
    'An assigned reviewer scores each criterion 1..d2g.review.score_max (a comment is required at or below d2g.review.comment_required_max_score) while the application is under review. Replaces their earlier scores.',
  request: {
    params: appParam,
    body: json(
      z.object({
        scores: z
          .array(
            z.object({ criterion: z.string().max(60).openapi({ example: 'vision_issues' }), score: z.number().openapi({ example: 4 }), comment: z.string().max(4000).optional() }),
          )
          .max(20),
      }),
    ),
  },
  responses: { 200: ok(MyReview), ...writeErrorResponses, ...conflictResponse },
});

export const myAssignmentsRoute = createRoute({
  method: 'get',
  path: '/grants/review-assignments',
  tags: ['grants'],
  summary: '自分に割り当てられた審査 / my review assignments',
  description: 'The applications assigned to the signed-in reviewer, with how many criteria they have scored.',
  responses: {
    200: ok(
      z.object({
        assignments: z.array(
          z.object({
            application_id: z.string(),
            owner_code: z.string(),
            fiscal_year: z.number().int(),
            title: z.string(),
            status: z.string(),
            status_label: z.string(),
            scored: z.number().int(),
            complete: z.boolean(),
          }),
        ),
      }),
    ),
    401: writeErrorResponses[401],
  },
});

const noSharedCache = async (c: Context, next: () => Promise<void>) => {
  await next();
  c.header('Cache-Control', 'private, no-cache');
};

export function grantReviewRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  app.use('/grants/applications/*', noSharedCache);
  app.use('/grants/review-assignments', noSharedCache);
  app.openapi(assignReviewersRoute, async (c) => c.json(await assignReviewers(db, c.req.valid('param').applicationId, c.req.valid('json').reviewers, requirePrincipal(c)), 200));
  app.openapi(unassignReviewerRoute, async (c) => c.json(await unassignReviewer(db, c.req.valid('param').applicationId, c.req.valid('query').user_id, requirePrincipal(c)), 200));
  app.openapi(getReviewsRoute, async (c) => c.json((await getReviews(db, c.req.valid('param').applicationId, sessionPrincipal(c))) as never, 200));
  app.openapi(saveReviewRoute, async (c) => c.json(await saveReview(db, c.req.valid('param').applicationId, c.req.valid('json'), requirePrincipal(c)), 200));
  app.openapi(myAssignmentsRoute, async (c) => c.json(await listMyAssignments(db, sessionPrincipal(c)), 200));
  return app;
}
