/**
 * The summary of an application's review (pure): per criterion the mean (1 decimal, 四捨五入),
 * minimum, maximum and number of scores; the total (each complete reviewer's sum over the
 * criteria: mean, min, max); how many assigned reviewers scored every criterion (the lead's decide
 * needs at least one); and a spread flag where reviewers differ by `spreadThreshold` points or
 * more on a criterion (d2g.review.spread_threshold), for the panel to talk it through.
 */
import { criterionLabel } from './review-criteria.ts';

export interface ScoreRow {
  user_id: string;
  criterion: string;
  score: number;
}

export interface CriterionSummary {
  criterion: string;
  label: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  count: number;
  spread: boolean;
}

export interface ReviewSummary {
  criteria: CriterionSummary[];
  total: { mean: number | null; min: number | null; max: number | null; count: number; max_possible: number };
  reviewers: number;
  complete_reviewers: number;
  /** assigned reviewers who scored every criterion, in assignment order */
  complete_reviewer_ids: string[];
  spread: boolean;
}

export interface SummaryRules {
  criteria: readonly string[];
  scoreMax: number;
  spreadThreshold: number;
}

/** Mean of integers to one decimal, half up (scores are positive, so half up is 四捨五入). */
export function mean1(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((s, v) => s + v, 0);
  // sum * 10 / n is exact for the halves that matter (n ≤ a few dozen), so Math.round is safe.
  return Math.round((sum * 10) / values.length) / 10;
}

function stats(values: readonly number[]): { mean: number | null; min: number | null; max: number | null; count: number } {
  if (values.length === 0) return { mean: null, min: null, max: null, count: 0 };
  return { mean: mean1(values), min: Math.min(...values), max: Math.max(...values), count: values.length };
}

/** Scores of assigned reviewers on criteria in force only: an unassigned reviewer's or a retired criterion's do not count. */
export function summarizeReview(reviewerIds: readonly string[], scores: readonly ScoreRow[], rules: SummaryRules): ReviewSummary {
  const assigned = new Set(reviewerIds);
  const inForce = new Set(rules.criteria);
  const valid = scores.filter((s) => assigned.has(s.user_id) && inForce.has(s.criterion));
  const criteria = rules.criteria.map((c): CriterionSummary => {
    const st = stats(valid.filter((s) => s.criterion === c).map((s) => s.score));
    const spread = st.min !== null && st.max !== null && st.max - st.min >= rules.spreadThreshold;
    return { criterion: c, label: criterionLabel(c), ...st, spread };
  });
  const complete = reviewerIds.filter((u) => rules.criteria.every((c) => valid.some((s) => s.user_id === u && s.criterion === c)));
  const totals = complete.map((u) => valid.filter((s) => s.user_id === u).reduce((sum, s) => sum + s.score, 0));
  return {
    criteria,
    total: { ...stats(totals), max_possible: rules.criteria.length * rules.scoreMax },
    reviewers: reviewerIds.length,
    complete_reviewers: complete.length,
    complete_reviewer_ids: complete,
    spread: criteria.some((c) => c.spread),
  };
}
