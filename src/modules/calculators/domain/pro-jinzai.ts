/**
 * プロフェッショナル人材事業 副業・兼業人材活用促進事業 (seed 002 L506–522): the grant for one case
 * (pro.fukugyo.case_unit) = min(⌊eligible cost × rate⌋, the cap per case), the eligible cost the sum
 * of the named items (pro.fukugyo.eligible_items), the rate at most 8/10 (pro.fukugyo.rate_max; a
 * prefecture may set a lower one, pro.fukugyo.rate_is_maximum).
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { listRuleParameters, rulesAt, Trace, type RulesInForce, type TraceStep } from '../../rulebook/index.ts';
import { yenText } from './source-text.ts';
import { floorTimes, percentText } from './yen-math.ts';

/** The cost items named in the rule book (pro.fukugyo.eligible_items). */
export const PRO_COST_ITEM_LABELS: Readonly<Record<string, string>> = {
  fee: '副業・兼業人材へ支払う報酬',
  travel: '副業・兼業人材へ支払う移動費',
  referral_fee: '人材事業者へ支払う紹介手数料',
};

export interface ProJinzaiInput {
  /** the eligible cost by item (fee, travel, referral_fee), or… */
  costs?: Record<string, number | undefined>;
  /** …the eligible cost as one amount */
  cost?: number;
  /** the prefecture's rate, ≤ pro.fukugyo.rate_max (default: the maximum) */
  rate?: number;
  as_of: string;
}

export interface ProJinzaiResult {
  grant: number;
  eligible_cost: number;
  company_share: number;
  binding_caps: string[];
  as_of: string;
  trace: TraceStep[];
}

const amountIssue = (column: string, v: unknown): InputIssue => ({ column, code: 'invalid_amount', reason: `金額は0円以上の整数（円）で指定してください（${String(v)}）` });
const isYen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Not in force before FY2025 (令和7年度新設, L470–471): an error naming as_of. */
function checkInForce(rules: RulesInForce): void {
  if (rules.has('pro.fukugyo.rate_max')) return;
  const from = listRuleParameters({ program: 'pro_jinzai' }).find((p) => p.id === 'pro.fukugyo.rate_max')?.effectiveFrom ?? '';
  throw InputError.single({
    column: 'as_of',
    code: 'rule_not_in_force',
    reason: `評価日 ${rules.asOf} には副業・兼業人材活用促進事業の補助がありません（${from} から、令和7年度新設）`,
  });
}

/** The items and their sum; unknown items, bad amounts, both or neither of cost/costs are errors naming the field. */
function eligibleCost(input: ProJinzaiInput, items: readonly string[]): { total: number; parts: Record<string, number> } {
  const issues: InputIssue[] = [];
  if (input.cost !== undefined && input.costs !== undefined)
    issues.push({ column: 'cost', code: 'conflicting_fields', reason: 'cost（合計）と costs（費目別）はどちらか一方だけを指定してください' });
  if (input.cost === undefined && input.costs === undefined)
    issues.push({ column: 'cost', code: 'required', reason: '対象費用を cost（合計）か costs（費目別）で指定してください' });
  const parts: Record<string, number> = {};
  if (input.cost !== undefined) {
    if (isYen(input.cost)) parts.cost = input.cost;
    else issues.push(amountIssue('cost', input.cost));
  }
  for (const [k, v] of Object.entries(input.costs ?? {})) {
    if (v === undefined) continue;
    if (!items.includes(k)) issues.push({ column: `costs.${k}`, code: 'unknown_item', reason: `対象費用の費目ではありません（${items.join('、')} のいずれか）` });
    else if (isYen(v)) parts[k] = v;
    else issues.push(amountIssue(`costs.${k}`, v));
  }
  if (issues.length > 0) throw new InputError(issues);
  return { total: Object.values(parts).reduce((s, v) => s + v, 0), parts };
}

export function calculateProJinzai(input: ProJinzaiInput, rules: RulesInForce = rulesAt(input.as_of)): ProJinzaiResult {
  if (rules.asOf !== input.as_of) throw new Error(`rules of ${rules.asOf} for an input of ${input.as_of}`);
  checkInForce(rules);
  const itemsP = rules.get('pro.fukugyo.eligible_items');
  const { total, parts } = eligibleCost(input, rules.codes('pro.fukugyo.eligible_items'));
  const rateMax = rules.get('pro.fukugyo.rate_max');
  const max = rateMax.value as number;
  const rate = input.rate ?? max;
  if (!(Number.isFinite(rate) && rate >= 0 && rate <= max)) {
    throw InputError.single({
      column: 'rate',
      code: 'invalid_rate',
      reason: `補助率は0から${max}（対象費用の最大${percentText(max)}）までの数で指定してください（${String(input.rate)}）`,
    });
  }
  if (rules.choice('pro.fukugyo.rounding') !== 'floor_yen') throw new Error('unsupported pro.fukugyo.rounding');
  const trace = new Trace();
  const eligible_cost = trace.add({
    step: 'eligible_cost',
    label: '対象費用（1件当たり）',
    formula:
      input.cost !== undefined
        ? '対象費用の合計（入力値）'
        : `${
            Object.keys(parts)
              .map((k) => PRO_COST_ITEM_LABELS[k] ?? k)
              .join(' + ') || '0'
          }`,
    inputs: parts,
    parameters: [itemsP, rules.get('pro.fukugyo.case_unit')],
    value: total,
  });
  const uncapped = trace.add({
    step: 'subsidy_before_cap',
    label: '対象費用 × 補助率',
    formula: `対象費用 × ${percentText(rate)}${input.rate === undefined ? '（最大の補助率）' : '（入力された補助率）'}（円未満切り捨て）`,
    inputs: { eligible_cost, rate },
    parameters: [rateMax, rules.get('pro.fukugyo.rate_is_maximum'), rules.get('pro.fukugyo.rounding')],
    value: floorTimes(eligible_cost, rate),
  });
  const capP = rules.get('pro.fukugyo.cap_per_case');
  const cap = capP.value as number;
  const grant = trace.add({
    step: 'grant',
    label: '交付額',
    formula: `min(対象費用 × 補助率, 1件当たりの上限 ${yenText(cap)})`,
    inputs: { subsidy_before_cap: uncapped },
    parameters: [capP, rules.get('pro.fukugyo.cap_scope')],
    value: Math.min(uncapped, cap),
    cap: { id: 'fukugyo_cap_per_case', label: '1件当たりの上限', limit: cap, binding: cap < uncapped, kind: capP.binding ?? 'hard' },
  });
  const company_share = trace.add({ step: 'company_share', label: '企業の負担額', formula: '対象費用 − 交付額', inputs: { eligible_cost, grant }, value: eligible_cost - grant });
  return { grant, eligible_cost, company_share, binding_caps: trace.bindingCaps(), as_of: rules.asOf, trace: trace.steps() };
}
