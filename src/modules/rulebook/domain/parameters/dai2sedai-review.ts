/**
 * 第2世代交付金: Sousei's decisions for the review by the four criteria and the effect verification,
 * where seed 002 L449–459 names the criteria and the 産官学金労言 participation but sets no number.
 * Kept apart from dai2sedai.ts (the caps and rates) only for its length.
 */
import type { RuleParameter } from '../rule-parameter.ts';
import { decision } from './sources.ts';

const base = { program: 'dai2sedai' as const, effectiveFrom: '2025-04-01', effectiveTo: null };

export const DAI2SEDAI_REVIEW_PARAMETERS: readonly RuleParameter[] = [
  {
    ...base,
    id: 'd2g.review.comment_required_max_score',
    label: 'コメントを必須とする点数（この点数以下）',
    value: 1,
    unit: 'count',
    source: decision('D2G-EVAL-CRITERIA'),
    note: '資料に記載なし。最低点をつけるときは、申請者と事務局が改善点を知れるよう理由のコメントを必須とする。',
  },
  {
    ...base,
    id: 'd2g.review.spread_threshold',
    label: '審査員間の評価の開き（この点差以上で注意）',
    value: 2,
    unit: 'count',
    source: decision('D2G-EVAL-CRITERIA'),
    note: '資料に記載なし。同じ評価基準で審査員の点数が2点以上開いたとき、合議で確かめるよう要約に印をつける。',
  },
  {
    ...base,
    id: 'd2g.verification.min_sectors',
    label: '効果検証に参画する主体の分野数（目安）',
    value: 3,
    unit: 'count',
    binding: 'guideline',
    source: decision('D2G-EFFECT-VERIFICATION'),
    note: '資料は「産官学金労言の参画」とするのみで数の定めなし。行政だけ、あるいは二分野だけの検証は多様な主体の参画と言いにくいため、3分野未満なら警告する（記録・公表は妨げない）。',
  },
];
