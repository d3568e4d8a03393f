/**
 * The four 評価基準 of the 第2世代交付金 (seed 002 L455–459: 目指す将来像及び課題の設定, KPI設定の適切性,
 * 自立性, 地域の多様な主体の参画) with a short rubric per criterion. The slide names the criteria
 * only; L439–441 gives their intent (projects based on the 地方版総合戦略 that set a vision and its
 * issues, appropriate KPIs, self-reliance and the participation of diverse local actors) and
 * L449–453 what participation means (産官学金労言 at the design, execution and verification stages).
 * The rubric's wording is Sousei's, written from those lines, so reviewers score alike; which
 * criteria are in force and the score range are rule-book parameters (d2g.review.*).
 */

export const REVIEW_CRITERIA = ['vision_issues', 'kpi_appropriateness', 'self_reliance', 'diverse_participation'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

export interface CriterionRubric {
  id: ReviewCriterion;
  label: string;
  label_en: string;
  /** the seed's wording and lines */
  source: { lines: string; wording: string };
  /** what a 1, a 3 and a 5 look like */
  rubric: { 1: string; 3: string; 5: string };
}

export const CRITERION_RUBRICS: Readonly<Record<ReviewCriterion, CriterionRubric>> = {
  vision_issues: {
    id: 'vision_issues',
    label: '目指す将来像及び課題の設定',
    label_en: 'Vision and issues',
    source: { lines: '002 L439-441, L457', wording: '地方版総合戦略に基づき、目指す将来像及び課題の設定等' },
    rubric: {
      1: '将来像・課題の記載がない、または地方版総合戦略との関係が示されていない。',
      3: '将来像と課題は示されているが、地域の現状データとの結びつきや事業との因果関係の説明が一部不十分。',
      5: '地方版総合戦略に沿った将来像が具体的で、課題がデータで裏づけられ、各事業がどの課題を解くかが明確。',
    },
  },
  kpi_appropriateness: {
    id: 'kpi_appropriateness',
    label: 'KPI設定の適切性',
    label_en: 'Appropriate KPIs',
    source: { lines: '002 L439-441, L457', wording: 'KPI設定の適切性' },
    rubric: {
      1: 'KPIがない、または事業の成果を測れない（活動量のみ・数値目標なし）。',
      3: '数値目標と基準値はあるが、目標の根拠や測定方法・時期の説明が一部不足している。',
      5: '事業ごとに成果を測るKPIがあり、基準値・目標値・期限・測定方法が明確で、総合戦略のKPIと結びついている。',
    },
  },
  self_reliance: {
    id: 'self_reliance',
    label: '自立性',
    label_en: 'Self-reliance',
    source: { lines: '002 L439-441, L459', wording: '自立性' },
    rubric: {
      1: '交付金が終わった後の事業の継続について記載がない。',
      3: '継続の方針はあるが、収益・民間資金・自主財源などの見通しが具体的でない。',
      5: '交付期間の後も、収益や民間資金・自主財源で事業が続く道筋が数値とともに示されている。',
    },
  },
  diverse_participation: {
    id: 'diverse_participation',
    label: '地域の多様な主体の参画',
    label_en: 'Participation of diverse local actors',
    source: { lines: '002 L449-453, L459', wording: '事業の検討・実施・検証の各段階において、地域の多様な主体が参画する仕組みの構築' },
    rubric: {
      1: '行政のみで検討・実施し、産官学金労言の参画がない。',
      3: '複数の主体が参画するが、検討・実施・検証のいずれかの段階に限られる。',
      5: '産官学金労言の多様な主体が検討・実施・検証の各段階に参画する仕組みがあり、役割が明確。',
    },
  },
};

export const isReviewCriterion = (s: string): s is ReviewCriterion => (REVIEW_CRITERIA as readonly string[]).includes(s);

/** The label of a criterion id, or the id itself for one the rulebook names but Sousei has no rubric for. */
export const criterionLabel = (id: string): string => (isReviewCriterion(id) ? CRITERION_RUBRICS[id].label : id);
