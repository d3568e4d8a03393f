/**
 * One reviewer's scores as they send them (pure): per criterion an integer 1..d2g.review.score_max
 * and a comment, required at or below d2g.review.comment_required_max_score (Sousei's decision: a
 * lowest score must say why, for the applicant and the panel). Every problem names its field
 * (`scores[2].score`) so the form can point at it.
 */
import { z } from 'zod';
import type { InputIssue } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { criterionLabel } from './review-criteria.ts';

export const ReviewInput = z
  .object({
    scores: z
      .array(
        z
          .object({
            criterion: z.string().trim().min(1, '評価基準を指定してください').max(60),
            score: z.number({ error: '点数は整数で指定してください' }),
            comment: z.string().trim().max(4000, '4000文字以内で入力してください').default(''),
          })
          .strict(),
      )
      .max(20),
  })
  .strict();
export type ReviewInput = z.infer<typeof ReviewInput>;

export interface ReviewRules {
  criteria: readonly string[];
  scoreMax: number;
  commentRequiredMax: number;
}

/** The parsed input or every issue with its field; nothing is saved unless this returns scores. */
export function checkReview(raw: unknown, rules: ReviewRules): { ok: true; value: ReviewInput } | { ok: false; issues: InputIssue[] } {
  const parsed = ReviewInput.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodInputIssues(parsed.error) };
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  parsed.data.scores.forEach((s, i) => {
    const at = (f: string) => `scores[${i}].${f}`;
    if (!rules.criteria.includes(s.criterion))
      issues.push({ column: at('criterion'), code: 'unknown_criterion', reason: `評価基準「${s.criterion}」はありません（${rules.criteria.join(', ')} のいずれか）` });
    else if (seen.has(s.criterion)) issues.push({ column: at('criterion'), code: 'duplicate', reason: `評価基準「${criterionLabel(s.criterion)}」が2回あります` });
    seen.add(s.criterion);
    if (!Number.isInteger(s.score) || s.score < 1 || s.score > rules.scoreMax)
      issues.push({ column: at('score'), code: 'out_of_range', reason: `点数は1〜${rules.scoreMax}の整数で指定してください（${s.score}）` });
    else if (s.score <= rules.commentRequiredMax && s.comment === '')
      issues.push({ column: at('comment'), code: 'required', reason: `${s.score}点をつけるときは理由をコメントに書いてください` });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}
