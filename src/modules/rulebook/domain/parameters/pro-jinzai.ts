/**
 * プロフェッショナル人材事業: the 副業・兼業人材活用促進事業 subsidy (seed 002 L506–522), new in the
 * FY2025 (令和7年度) budget (L470–471, L506). The seeds leave what 「1件」 is and whether 8/10 is
 * fixed open; both are decided here as parameters (README: decisions).
 */
import type { RuleParameter } from '../rule-parameter.ts';
import { decision, seed002 } from './sources.ts';

const base = { program: 'pro_jinzai' as const, effectiveFrom: '2025-04-01', effectiveTo: null };

export const PRO_JINZAI_PARAMETERS: readonly RuleParameter[] = [
  {
    ...base,
    id: 'pro.fukugyo.rate_max',
    label: '補助率（対象費用に対する上限）',
    value: 0.8,
    unit: 'ratio',
    binding: 'hard',
    source: seed002('516', 'PRO-FUKUGYO-RATE'),
    note: '「対象費用の最大8/10」',
  },
  {
    ...base,
    id: 'pro.fukugyo.cap_per_case',
    label: '1件当たりの上限額',
    value: 500_000,
    unit: 'yen',
    binding: 'hard',
    source: seed002('517-518', 'PRO-FUKUGYO-CAP'),
    note: '「1件あたりの上限500千円」。対象費用が625,000円を超えると上限が効く。',
  },
  {
    ...base,
    id: 'pro.fukugyo.eligible_items',
    label: '対象費用の費目',
    value: ['fee', 'travel', 'referral_fee'],
    unit: 'codes',
    source: seed002('511-514', 'PRO-FUKUGYO-ELIGIBLE'),
    note: '副業・兼業人材へ支払う報酬（fee）・移動費（travel）、人材事業者へ支払う紹介手数料（referral_fee）。',
  },
  {
    ...base,
    id: 'pro.fukugyo.case_unit',
    label: '「1件」の単位',
    value: 'contract',
    unit: 'choice',
    source: decision('PRO-FUKUGYO-FORMULA'),
    note: '資料に記載なし。1件 = 企業と副業・兼業人材1人との1つの契約（業務委託等）。同じ人材との契約更新は別の件として扱う。1件の中では3費目を合算する（PRO-EX3）。',
  },
  {
    ...base,
    id: 'pro.fukugyo.rate_is_maximum',
    label: '補助率8/10は上限（道府県が低く定められる）',
    value: true,
    unit: 'flag',
    source: decision('PRO-FUKUGYO-RATE'),
    note: '資料は「最大8/10」。道府県が要綱で定める率を入力でき、8/10を超える率は誤りとする。',
  },
  {
    ...base,
    id: 'pro.fukugyo.cap_scope',
    label: '上限額の対象',
    value: 'total_grant',
    unit: 'choice',
    source: decision('PRO-FUKUGYO-CAP'),
    note: '資料に記載なし。上限50万円は企業への交付額全体（国費と道府県負担の合計）に適用する。',
  },
  {
    ...base,
    id: 'pro.fukugyo.rounding',
    label: '端数処理',
    value: 'floor_yen',
    unit: 'choice',
    source: decision('PRO-FUKUGYO-FORMULA'),
    note: '資料に記載なし。対象費用 × 補助率の円未満を切り捨てる（交付額を過大に見せないため）。',
  },
];
