/**
 * The review of an application as each may see it: the secretariat (and operators) every
 * reviewer's scores and comments with their names, and the summary; an assigned reviewer their
 * own scores only (so one reviewer's view does not sway another's); nobody else. An application
 * the user may not see at all is 「ありません」 (404), as for its other pages; one they see but whose
 * review is not theirs to see is 403. Also a reviewer's own list of assignments (their only way to find applications).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { CRITERION_RUBRICS, criterionLabel, isReviewCriterion, type CriterionRubric } from '../domain/review-criteria.ts';
import type { ReviewRules } from '../domain/review-input.ts';
import { summarizeReview, type ReviewSummary, type ScoreRow } from '../domain/review-summary.ts';
import { GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { canOnGrant, canViewGrant, isPublicGrant } from '../permissions.ts';
import { accessOf, applicationOrNotFound, type ApplicationRow, type Tx } from '../repository.ts';
import { grantApplications, grantReviewers, grantReviews } from '../schema.ts';
import { reviewersOf } from './assign-reviewers.ts';

/** The review rules in force today (criteria, score range, when a comment is required). */
export function reviewRulesToday(asOf = formatDay(todayDay())): ReviewRules & { spreadThreshold: number } {
  const rules = rulesAt(asOf);
  return {
    criteria: rules.codes('d2g.review.criteria'),
    scoreMax: rules.number('d2g.review.score_max'),
    commentRequiredMax: rules.number('d2g.review.comment_required_max_score'),
    spreadThreshold: rules.number('d2g.review.spread_threshold'),
  };
}

type RowKey = Pick<ApplicationRow, 'ownerCode' | 'id'>;

export interface ScoreJson {
  criterion: string;
  label: string;
  score: number;
  comment: string;
  version: number;
  updated_at: string;
}

export interface ReviewerScores {
  user_id: string;
  name: string;
  scores: ScoreJson[];
  complete: boolean;
  total: number | null;
}

export interface MyReview {
  application_id: string;
  version: number | null;
  scores: ScoreJson[];
  complete: boolean;
}

async function scoreRows(db: Tx, row: RowKey, userId?: string) {
  const where = and(eq(grantReviews.ownerCode, row.ownerCode), eq(grantReviews.applicationId, row.id), ...(userId ? [eq(grantReviews.userId, userId)] : []));
  return db.select().from(grantReviews).where(where).orderBy(asc(grantReviews.userId), asc(grantReviews.criterion));
}

function scoreJson(r: typeof grantReviews.$inferSelect): ScoreJson {
  return { criterion: r.criterion, label: criterionLabel(r.criterion), score: r.score, comment: r.comment, version: r.version, updated_at: r.updatedAt.toISOString() };
}

const asScoreRows = (rows: readonly (typeof grantReviews.$inferSelect)[]): ScoreRow[] => rows.map((r) => ({ user_id: r.userId, criterion: r.criterion, score: r.score }));

const byCriterionOrder = (criteria: readonly string[]) => (a: ScoreJson, b: ScoreJson) => criteria.indexOf(a.criterion) - criteria.indexOf(b.criterion);

export async function myReview(db: Tx, row: ApplicationRow, userId: string, rules: ReviewRules): Promise<MyReview> {
  const scores = (await scoreRows(db, row, userId)).map((r) => scoreJson(r)).sort(byCriterionOrder(rules.criteria));
  return { application_id: row.id, version: row.submittedVersion, scores, complete: rules.criteria.every((c) => scores.some((s) => s.criterion === c)) };
}

/** The rubric of the criteria in force, as the form shows it. */
export const rubricsOf = (criteria: readonly string[]): (CriterionRubric | { id: string; label: string })[] =>
  criteria.map((c) => (isReviewCriterion(c) ? CRITERION_RUBRICS[c] : { id: c, label: c }));

export interface ApplicationReviews {
  application_id: string;
  title: string;
  status: string;
  status_label: string;
  submitted_version: number | null;
  /** 'secretariat': everyone's scores and the summary; 'reviewer': my own only */
  view: 'secretariat' | 'reviewer';
  score_max: number;
  comment_required_max_score: number;
  criteria: ReturnType<typeof rubricsOf>;
  reviewers: ReviewerScores[];
  summary: ReviewSummary | null;
}

export async function getReviews(db: Database, id: string, by: Principal): Promise<ApplicationReviews> {
  const row = await applicationOrNotFound(db, id);
  const access = await accessOf(db, row);
  const actor = await organisationActorOf(db, by);
  if (!canViewGrant(by, actor, access) && !isPublicGrant(access.status)) throw new NotFoundError(`申請「${id}」はありません`);
  const all = by.kind !== 'user' || (actor !== null && canOnGrant(actor, access, 'see_reviews'));
  const own = !all && actor !== null && canOnGrant(actor, access, 'review');
  if (!all && !own) throw new ForbiddenError('この申請の審査結果を見る権限がありません');
  const rules = reviewRulesToday();
  const reviewers = (await reviewersOf(db, row)).filter((r) => all || r.user_id === actor?.userId);
  const rows = await scoreRows(db, row);
  const out: ReviewerScores[] = reviewers.map((r) => {
    const scores = rows
      .filter((s) => s.userId === r.user_id)
      .map((s) => scoreJson(s))
      .sort(byCriterionOrder(rules.criteria));
    const complete = rules.criteria.every((c) => scores.some((s) => s.criterion === c));
    return { ...r, scores, complete, total: complete ? scores.filter((s) => rules.criteria.includes(s.criterion)).reduce((t, s) => t + s.score, 0) : null };
  });
  return {
    application_id: row.id,
    title: row.title,
    status: row.status,
    status_label: GRANT_STATUS_LABELS[row.status as GrantStatus] ?? row.status,
    submitted_version: row.submittedVersion,
    view: all ? 'secretariat' : 'reviewer',
    score_max: rules.scoreMax,
    comment_required_max_score: rules.commentRequiredMax,
    criteria: rubricsOf(rules.criteria),
    reviewers: out,
    summary: all ? summarizeReview(access.reviewerUserIds, asScoreRows(rows), rules) : null,
  };
}

export interface Assignment {
  application_id: string;
  owner_code: string;
  fiscal_year: number;
  title: string;
  status: string;
  status_label: string;
  scored: number;
  complete: boolean;
}

/** The applications assigned to the signed-in reviewer, newest first, with how far they have scored. */
export async function listMyAssignments(db: Database, by: Principal): Promise<{ assignments: Assignment[] }> {
  if (by.kind !== 'user') return { assignments: [] };
  const userId = by.user.id;
  const mine = await db.select().from(grantReviewers).where(eq(grantReviewers.userId, userId));
  if (mine.length === 0) return { assignments: [] };
  const apps = await db
    .select()
    .from(grantApplications)
    .where(
      inArray(
        grantApplications.id,
        mine.map((m) => m.applicationId),
      ),
    )
    .orderBy(desc(grantApplications.fiscalYear), asc(grantApplications.id));
  const criteria = reviewRulesToday().criteria;
  const scored = await db.select({ applicationId: grantReviews.applicationId, criterion: grantReviews.criterion }).from(grantReviews).where(eq(grantReviews.userId, userId));
  return {
    assignments: apps.map((a) => {
      const done = scored.filter((s) => s.applicationId === a.id && criteria.includes(s.criterion)).length;
      return {
        application_id: a.id,
        owner_code: a.ownerCode,
        fiscal_year: a.fiscalYear,
        title: a.title,
        status: a.status,
        status_label: GRANT_STATUS_LABELS[a.status as GrantStatus] ?? a.status,
        scored: done,
        complete: done === criteria.length,
      };
    }),
  };
}
