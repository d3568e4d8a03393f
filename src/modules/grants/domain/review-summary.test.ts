import { describe, expect, it } from 'vitest';
import { rulesAt } from '../../rulebook/index.ts';
import { checkReview } from './review-input.ts';
import { REVIEW_CRITERIA } from './review-criteria.ts';
import { mean1, summarizeReview, type ScoreRow } from './review-summary.ts';

const rules = rulesAt('2026-12-01');
const RULES = { criteria: rules.codes('d2g.review.criteria'), scoreMax: rules.number('d2g.review.score_max'), spreadThreshold: rules.number('d2g.review.spread_threshold') };
const scores = (user: string, s: number[]): ScoreRow[] => s.map((score, i) => ({ user_id: user, criterion: REVIEW_CRITERIA[i]!, score }));

describe('review criteria', () => {
  it('are the four of seed 002 L455–459 as the rule book lists them', () => {
    expect(RULES.criteria).toEqual(['vision_issues', 'kpi_appropriateness', 'self_reliance', 'diverse_participation']);
    expect(RULES.criteria).toEqual([...REVIEW_CRITERIA]);
  });
});

describe('summarizeReview', () => {
  it('gives per criterion mean (1 decimal), min, max, count, totals of complete reviewers and the spread', () => {
    const rows = [...scores('a', [5, 4, 3, 2]), ...scores('b', [4, 4, 1, 2]), ...scores('c', [4, 5])];
    const s = summarizeReview(['a', 'b', 'c'], rows, RULES);
    expect(s.criteria.map((c) => [c.criterion, c.mean, c.min, c.max, c.count, c.spread])).toEqual([
      ['vision_issues', 4.3, 4, 5, 3, false],
      ['kpi_appropriateness', 4.3, 4, 5, 3, false],
      ['self_reliance', 2, 1, 3, 2, true],
      ['diverse_participation', 2, 2, 2, 2, false],
    ]);
    expect(s.criteria[0]!.label).toBe('目指す将来像及び課題の設定');
    expect(s.total).toEqual({ mean: 12.5, min: 11, max: 14, count: 2, max_possible: 20 });
    expect(s.reviewers).toBe(3);
    expect(s.complete_reviewers).toBe(2);
    expect(s.complete_reviewer_ids).toEqual(['a', 'b']);
    expect(s.spread).toBe(true);
  });

  it('does not flag a difference of one point, and ignores scores of reviewers no longer assigned', () => {
    const s = summarizeReview(['a'], [...scores('a', [3, 3, 3, 3]), ...scores('gone', [1, 1, 1, 1])], RULES);
    expect(s.criteria.every((c) => c.count === 1 && c.mean === 3 && !c.spread)).toBe(true);
    expect(s.total.mean).toBe(12);
    const near = summarizeReview(['a', 'b'], [...scores('a', [3, 3, 3, 3]), ...scores('b', [4, 2, 3, 3])], RULES);
    expect(near.spread).toBe(false);
  });

  it('has no means and no complete reviewer before anyone scored', () => {
    const s = summarizeReview(['a'], [], RULES);
    expect(s.criteria[0]).toMatchObject({ mean: null, min: null, max: null, count: 0, spread: false });
    expect(s.total).toEqual({ mean: null, min: null, max: null, count: 0, max_possible: 20 });
    expect(s.complete_reviewers).toBe(0);
  });

  it('rounds means half up to one decimal', () => {
    expect(mean1([3, 4, 3, 3])).toBe(3.3); // 3.25
    expect(mean1([4, 4, 4, 3])).toBe(3.8); // 3.75
    expect(mean1([5, 4, 4])).toBe(4.3); // 4.333…
    expect(mean1([])).toBeNull();
  });
});

describe('checkReview', () => {
  const R = { criteria: RULES.criteria, scoreMax: 5, commentRequiredMax: rules.number('d2g.review.comment_required_max_score') };
  it('accepts integers 1..5 with a comment where the score is the lowest', () => {
    const r = checkReview(
      {
        scores: [
          { criterion: 'vision_issues', score: 1, comment: '将来像の記載がない' },
          { criterion: 'self_reliance', score: 5 },
        ],
      },
      R,
    );
    expect(r.ok).toBe(true);
  });
  it('names the field of every out-of-range score, unknown or repeated criterion, and missing comment', () => {
    const r = checkReview(
      {
        scores: [
          { criterion: 'vision_issues', score: 6 },
          { criterion: 'kpi_appropriateness', score: 0 },
          { criterion: 'vision', score: 3 },
          { criterion: 'self_reliance', score: 2.5 },
          { criterion: 'diverse_participation', score: 1 },
          { criterion: 'kpi_appropriateness', score: 3 },
        ],
      },
      R,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.column, i.code])).toEqual([
      ['scores[0].score', 'out_of_range'],
      ['scores[1].score', 'out_of_range'],
      ['scores[2].criterion', 'unknown_criterion'],
      ['scores[3].score', 'out_of_range'],
      ['scores[4].comment', 'required'],
      ['scores[5].criterion', 'duplicate'],
    ]);
    expect(r.issues[0]!.reason).toBe('点数は1〜5の整数で指定してください（6）');
  });
  it('refuses a body of the wrong shape, naming the path', () => {
    const r = checkReview({ scores: [{ criterion: 'vision_issues', score: '5' }] }, R);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.column).toBe('scores[0].score');
  });
});
