/**
 * 企業版ふるさと納税: the three tax credits of seed 002 L301–308, the deduction effect (損金算入,
 * L291–292) and the company's net burden, each step in the trace with the parameters it used.
 *
 *   住民税 J = min(D × 40%, 法人税割 × 20%)
 *   法人税 H = min(max(0, D × 40% − J), D × 10%, 法人税額 × 5%)
 *   事業税 B = min(D × 20%, 事業税額 × 20%)
 *   軽減効果 = D × 実効税率;  純負担 = D − (J + H + B + 軽減効果)
 *
 * Every rate and cap is read from the rule book on the evaluation date; amounts are floored to the
 * yen at each credit (kfn.rounding). A cap binds only when strictly lower than the amount it caps.
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { listRuleParameters, rulesAt, Trace, type RulesInForce, type TraceStep } from '../../rulebook/index.ts';
import { checkEligibility, type KfnEligibilityAnswers } from './kfn-eligibility.ts';
import { sourceText } from './source-text.ts';
import { floorTimes, percentText } from './yen-math.ts';

export type { KfnEligibilityAnswers } from './kfn-eligibility.ts';

export interface KigyoFurusatoInput {
  /** 寄附額 (円) */
  donation: number;
  /** 法人住民税法人税割額 (道府県民税と市町村民税の合計, 円) */
  juminzei_hojinzeiwari: number;
  /** 法人税額 (円) */
  hojinzei: number;
  /** 法人事業税額 (円) */
  jigyozei: number;
  /** 実効税率 0..1 (損金算入の効果); default kfn.deduction.default_rate */
  effective_tax_rate?: number;
  /** 評価日 = 寄附日 (YYYY-MM-DD) */
  as_of: string;
  eligibility?: KfnEligibilityAnswers;
}

export interface KfnCredits {
  juminzei: number;
  hojinzei: number;
  jigyozei: number;
}

export interface KigyoFurusatoResult {
  credits: KfnCredits;
  total_credit: number;
  deduction_effect: number;
  total_relief: number;
  net_burden: number;
  binding_caps: string[];
  eligible: boolean;
  reasons: string[];
  to_confirm: string[];
  as_of: string;
  trace: TraceStep[];
}

const AMOUNTS = ['donation', 'juminzei_hojinzeiwari', 'hojinzei', 'jigyozei'] as const;

/** Amounts whole yen ≥ 0, the rate within 0..1: every problem at once, each naming its field. */
export function checkKfnAmounts(input: Partial<Record<(typeof AMOUNTS)[number], number>> & { effective_tax_rate?: number }, fields: readonly string[] = AMOUNTS): void {
  const issues: InputIssue[] = [];
  for (const f of fields) {
    const v = (input as Record<string, number | undefined>)[f];
    if (v === undefined || !Number.isSafeInteger(v) || v < 0)
      issues.push({ column: f, code: 'invalid_amount', reason: `金額は0円以上の整数（円）で指定してください（${String(v)}）` });
  }
  const r = input.effective_tax_rate;
  if (r !== undefined && !(Number.isFinite(r) && r >= 0 && r <= 1)) {
    issues.push({ column: 'effective_tax_rate', code: 'invalid_rate', reason: `実効税率は0から1の数（例: 0.3 = 30%）で指定してください（${String(r)}）` });
  }
  if (issues.length > 0) throw new InputError(issues);
}

/**
 * Whether the credit regime is in force on the rules' date: 'ended' after its deadline (the
 * deduction still applies); before the current regime began (2020-04-01) there is nothing Sousei
 * can compute, so that is an error naming as_of.
 */
export function kfnRegime(rules: RulesInForce): 'in_force' | 'ended' {
  if (rules.has('kfn.regime')) return 'in_force';
  const versions = listRuleParameters({ program: 'kigyo_furusato' }).filter((p) => p.id === 'kfn.regime');
  const first = versions.map((p) => p.effectiveFrom).sort()[0];
  if (first !== undefined && rules.asOf < first) {
    throw InputError.single({
      column: 'as_of',
      code: 'rule_not_in_force',
      reason: `評価日 ${rules.asOf} は現行の企業版ふるさと納税（${first} 以後に開始する事業年度、令和2年度税制改正後）より前です。それ以前の控除割合は規定として持っていないため計算できません`,
    });
  }
  return 'ended';
}

/**
 * A credit of the form min(donation × rate, tax base × cap share), floored to the yen — the
 * 住民税 and 事業税 credits share it; the 法人税 credit (the shortfall, two caps) has its own steps.
 */
function rateCappedCredit(
  c: { step: string; label: string; rate: string; cap: string; capId: string; capLabel: string; base: 'juminzei_hojinzeiwari' | 'jigyozei'; baseLabel: string },
  input: KigyoFurusatoInput,
  rules: RulesInForce,
  trace: Trace,
): number {
  const rate = rules.get(c.rate);
  const capShare = rules.get(c.cap);
  const uncapped = floorTimes(input.donation, rate.value as number);
  const limit = floorTimes(input[c.base], capShare.value as number);
  return trace.add({
    step: c.step,
    label: c.label,
    formula: `min(寄附額 × ${percentText(rate.value as number)}, ${c.baseLabel} × ${percentText(capShare.value as number)})（円未満切り捨て）`,
    inputs: { donation: input.donation, [c.base]: input[c.base], uncapped },
    parameters: [rate, capShare, rules.get('kfn.rounding')],
    value: Math.min(uncapped, limit),
    cap: { id: c.capId, label: c.capLabel, limit, binding: limit < uncapped, kind: capShare.binding ?? 'hard' },
  });
}

const juminzeiStep = (input: KigyoFurusatoInput, rules: RulesInForce, trace: Trace): number =>
  rateCappedCredit(
    {
      step: 'juminzei_credit',
      label: '法人住民税の税額控除',
      rate: 'kfn.juminzei.rate',
      cap: 'kfn.juminzei.cap',
      capId: 'juminzei_cap_20pct_of_hojinzeiwari',
      capLabel: '法人税割額の20%',
      base: 'juminzei_hojinzeiwari',
      baseLabel: '法人税割額',
    },
    input,
    rules,
    trace,
  );

const jigyozeiStep = (input: KigyoFurusatoInput, rules: RulesInForce, trace: Trace): number =>
  rateCappedCredit(
    {
      step: 'jigyozei_credit',
      label: '法人事業税の税額控除',
      rate: 'kfn.jigyozei.rate',
      cap: 'kfn.jigyozei.cap',
      capId: 'jigyozei_cap_20pct_of_jigyozei',
      capLabel: '事業税額の20%',
      base: 'jigyozei',
      baseLabel: '事業税額',
    },
    input,
    rules,
    trace,
  );

function hojinzeiSteps(input: KigyoFurusatoInput, juminzei: number, rules: RulesInForce, trace: Trace): number {
  const rounding = rules.get('kfn.rounding');
  const D = input.donation;
  const target = rules.get('kfn.hojinzei.target');
  const gap = trace.add({
    step: 'hojinzei_gap',
    label: '法人税: 住民税で控除しきれない残額',
    formula: `max(0, 寄附額 × ${percentText(target.value as number)} − 法人住民税の控除額)`,
    inputs: { donation: D, juminzei_credit: juminzei },
    parameters: [target, rounding],
    value: Math.max(0, floorTimes(D, target.value as number) - juminzei),
  });
  const hLimitP = rules.get('kfn.hojinzei.donation_limit');
  const hCapP = rules.get('kfn.hojinzei.cap');
  const order = rules.get('kfn.hojinzei.binding_order');
  const hLimit = floorTimes(D, hLimitP.value as number);
  const hCap = floorTimes(input.hojinzei, hCapP.value as number);
  const afterLimit = trace.add({
    step: 'hojinzei_donation_limit',
    label: '法人税: 寄附額の10%の限度',
    formula: `min(残額, 寄附額 × ${percentText(hLimitP.value as number)})`,
    inputs: { gap, donation: D },
    parameters: [hLimitP, order],
    value: Math.min(gap, hLimit),
    // the limit bound only if it, and not the 5% cap applied next, set the credit (kfn.hojinzei.binding_order)
    cap: { id: 'hojinzei_limit_10pct_of_donation', label: '寄附額の10%', limit: hLimit, binding: hLimit < gap && hLimit <= hCap, kind: hLimitP.binding ?? 'hard' },
  });
  return trace.add({
    step: 'hojinzei_credit',
    label: '法人税の税額控除',
    formula: `min(残額（寄附額の10%まで）, 法人税額 × ${percentText(hCapP.value as number)})（円未満切り捨て）`,
    inputs: { after_donation_limit: afterLimit, hojinzei: input.hojinzei },
    parameters: [hCapP, rounding],
    value: Math.min(afterLimit, hCap),
    cap: { id: 'hojinzei_cap_5pct_of_hojinzei', label: '法人税額の5%', limit: hCap, binding: hCap < afterLimit, kind: hCapP.binding ?? 'hard' },
  });
}

function creditSteps(input: KigyoFurusatoInput, rules: RulesInForce, trace: Trace): KfnCredits {
  if (rules.choice('kfn.rounding') !== 'floor_yen') throw new Error('unsupported kfn.rounding');
  const juminzei = juminzeiStep(input, rules, trace);
  const hojinzei = hojinzeiSteps(input, juminzei, rules, trace);
  return { juminzei, hojinzei, jigyozei: jigyozeiStep(input, rules, trace) };
}

/** The eligibility step: regime, minimum, recipient, certification, blue return, no economic return. */
function eligibilityStep(input: KigyoFurusatoInput, rules: RulesInForce, trace: Trace): { reasons: string[]; to_confirm: string[] } {
  if (kfnRegime(rules) === 'ended') {
    const last = listRuleParameters({ program: 'kigyo_furusato' }).find((p) => p.id === 'kfn.regime');
    const deadline = last?.effectiveTo ?? '';
    const reason = `税額控除の特例は適用期限（令和9年度末 = ${deadline}）を過ぎています（${last ? `${last.label}: ${sourceText(last)}` : 'kfn.regime'}）`;
    trace.add({ step: 'eligibility', label: '税額控除の対象か（適用期限後のため対象外）', formula: `評価日 ${rules.asOf} > 適用期限 ${deadline}`, value: 0 });
    return { reasons: [reason], to_confirm: [] };
  }
  const regime = rules.get('kfn.regime');
  const out = checkEligibility(input.donation, input.eligibility ?? {}, rules);
  trace.add({
    step: 'eligibility',
    label: '税額控除の対象か（1 = 対象、0 = 対象外）',
    formula: '適用期限内、最低寄附額以上、本社所在地・対象外団体以外、認定事業、青色申告、経済的見返りなし（未回答は確認事項）',
    inputs: { donation: input.donation, reasons: out.reasons.length, to_confirm: out.to_confirm.length },
    parameters: [regime, ...out.parameters],
    value: out.reasons.length === 0 ? 1 : 0,
  });
  return out;
}

/** The deduction effect, net of the credits; it applies whether or not the credits do (kfn.deduction.full). */
function burdenSteps(input: KigyoFurusatoInput, credits: KfnCredits, rules: RulesInForce, trace: Trace) {
  const total_credit = trace.add({
    step: 'total_credit',
    label: '税額控除の合計',
    formula: '法人住民税 + 法人税 + 法人事業税',
    inputs: { ...credits },
    value: credits.juminzei + credits.hojinzei + credits.jigyozei,
  });
  const full = rules.get('kfn.deduction.full');
  const defaultRate = rules.get('kfn.deduction.default_rate');
  const rate = input.effective_tax_rate ?? (defaultRate.value as number);
  const deduction_effect = trace.add({
    step: 'deduction_effect',
    label: '損金算入による軽減効果（地方公共団体への寄附金は全額損金算入）',
    formula: `寄附額 × 実効税率 ${percentText(rate)}${input.effective_tax_rate === undefined ? '（既定値）' : '（入力値）'}（円未満切り捨て）`,
    inputs: { donation: input.donation, effective_tax_rate: rate },
    parameters: [full, ...(input.effective_tax_rate === undefined ? [defaultRate] : []), rules.get('kfn.rounding')],
    value: floorTimes(input.donation, rate),
  });
  const total_relief = trace.add({
    step: 'total_relief',
    label: '軽減額の合計',
    formula: '税額控除の合計 + 損金算入の効果',
    inputs: { total_credit, deduction_effect },
    value: total_credit + deduction_effect,
  });
  const net_burden = trace.add({
    step: 'net_burden',
    label: '企業の実質負担額',
    formula: '寄附額 − 軽減額の合計',
    inputs: { donation: input.donation, total_relief },
    value: input.donation - total_relief,
  });
  return { total_credit, deduction_effect, total_relief, net_burden };
}

/** The calculation on the rules in force on `input.as_of` (pass `rules` to reuse one set, e.g. for a what-if table). */
export function calculateKigyoFurusato(input: KigyoFurusatoInput, rules: RulesInForce = rulesAt(input.as_of)): KigyoFurusatoResult {
  if (rules.asOf !== input.as_of) throw new Error(`rules of ${rules.asOf} for an input of ${input.as_of}`);
  checkKfnAmounts(input);
  const trace = new Trace();
  const { reasons, to_confirm } = eligibilityStep(input, rules, trace);
  const eligible = reasons.length === 0;
  const credits = eligible ? creditSteps(input, rules, trace) : { juminzei: 0, hojinzei: 0, jigyozei: 0 };
  if (!eligible) {
    trace.add({ step: 'credits_not_applicable', label: '税額控除なし（対象外のため）', formula: '対象外の理由は reasons のとおり。損金算入の効果は残る', value: 0 });
  }
  const burden = burdenSteps(input, credits, rules, trace);
  return { credits, ...burden, binding_caps: trace.bindingCaps(), eligible, reasons, to_confirm, as_of: rules.asOf, trace: trace.steps() };
}
