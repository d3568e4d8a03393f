/**
 * Net burden against donation size for one company: the calculator run for each donation of a
 * list on the same rules, and the donation from which the credits stop being a flat share of it.
 *
 * Default list (a presentation choice, not a rule): the minimum donation (kfn.min_donation) and
 * 50万 … 10億 in the steps companies talk about, plus the exact donations at which the 住民税 and
 * 事業税 caps start to bind for this company, so the table shows where the lines bend.
 */
import { InputError } from '../../../shared/errors.ts';
import { rulesAt, traceParameter, type RulesInForce, type TraceParameter } from '../../rulebook/index.ts';
import { calculateKigyoFurusato, checkKfnAmounts, kfnRegime, type KfnCredits, type KfnEligibilityAnswers } from './kigyo-furusato.ts';
import { floorTimes } from './yen-math.ts';

const MAN = 10_000;
/** 50万, 100万, 500万, 1,000万, 3,000万, 5,000万, 1億, 3億, 5億, 10億 */
const LADDER: readonly number[] = [50, 100, 500, 1_000, 3_000, 5_000, 10_000, 30_000, 50_000, 100_000].map((n) => n * MAN);
/** rows at most, so one request stays cheap */
export const MAX_DONATIONS = 200;

export interface WhatIfInput {
  juminzei_hojinzeiwari: number;
  hojinzei: number;
  jigyozei: number;
  effective_tax_rate?: number;
  as_of: string;
  eligibility?: KfnEligibilityAnswers;
  donations?: readonly number[];
}

export interface WhatIfRow {
  donation: number;
  credits: KfnCredits;
  total_credit: number;
  deduction_effect: number;
  total_relief: number;
  net_burden: number;
  /** net_burden / donation */
  burden_ratio: number;
  binding_caps: string[];
  eligible: boolean;
}

export interface CapStart {
  cap: string;
  /** the smallest donation at which the cap binds for this company */
  donation: number;
}

export interface WhatIfResult {
  as_of: string;
  inputs: { juminzei_hojinzeiwari: number; hojinzei: number; jigyozei: number; effective_tax_rate: number | null };
  rows: WhatIfRow[];
  /** the largest donation at which no cap binds (credits are exactly 40% + 20% of it); null after the deadline */
  linear_until: number | null;
  cap_starts: CapStart[];
  /** every parameter the rows used, with value and source */
  parameters: TraceParameter[];
}

/** Smallest D ≥ 1 with ⌊D × rate⌋ > limit: the first donation a cap of `limit` lowers. */
function firstAbove(limit: number, rate: number): number {
  let lo = 1;
  let hi = Math.max(2, Math.ceil((limit + 1) / rate) + 2);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (floorTimes(mid, rate) > limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where the 住民税 and 事業税 caps start to bind. The 法人税 limits only act once the 住民税 cap
 * binds (before that nothing is left for 法人税), so the first of these two is where the credits
 * stop being a flat share of the donation.
 */
function capStarts(input: WhatIfInput, rules: RulesInForce): CapStart[] {
  const j = firstAbove(floorTimes(input.juminzei_hojinzeiwari, rules.number('kfn.juminzei.cap')), rules.number('kfn.juminzei.rate'));
  const b = firstAbove(floorTimes(input.jigyozei, rules.number('kfn.jigyozei.cap')), rules.number('kfn.jigyozei.rate'));
  return [
    { cap: 'juminzei_cap_20pct_of_hojinzeiwari', donation: j },
    { cap: 'jigyozei_cap_20pct_of_jigyozei', donation: b },
  ].sort((x, y) => x.donation - y.donation);
}

function checkDonations(list: readonly number[]): void {
  if (list.length === 0) throw InputError.single({ column: 'donations', code: 'empty', reason: '寄附額を1つ以上指定してください' });
  if (list.length > MAX_DONATIONS) throw InputError.single({ column: 'donations', code: 'too_many', reason: `寄附額は${MAX_DONATIONS}件以内にしてください` });
  const bad = list.findIndex((d) => !Number.isSafeInteger(d) || d < 1);
  if (bad >= 0) throw InputError.single({ column: `donations[${bad}]`, code: 'invalid_amount', reason: `寄附額は1円以上の整数（円）で指定してください（${String(list[bad])}）` });
}

export function whatIfKigyoFurusato(input: WhatIfInput, rules: RulesInForce = rulesAt(input.as_of)): WhatIfResult {
  checkKfnAmounts(input, ['juminzei_hojinzeiwari', 'hojinzei', 'jigyozei']);
  const inForce = kfnRegime(rules) === 'in_force';
  const starts = inForce ? capStarts(input, rules) : [];
  const ladder = [rules.number('kfn.min_donation'), ...LADDER, ...starts.map((s) => s.donation)];
  const donations = input.donations ? [...input.donations] : [...new Set(ladder)].sort((a, b) => a - b);
  checkDonations(donations);
  const rows = donations.map((donation): WhatIfRow => {
    const r = calculateKigyoFurusato({ ...input, donation, as_of: input.as_of }, rules);
    return {
      donation,
      credits: r.credits,
      total_credit: r.total_credit,
      deduction_effect: r.deduction_effect,
      total_relief: r.total_relief,
      net_burden: r.net_burden,
      burden_ratio: r.net_burden / donation,
      binding_caps: r.binding_caps,
      eligible: r.eligible,
    };
  });
  return {
    as_of: rules.asOf,
    inputs: { juminzei_hojinzeiwari: input.juminzei_hojinzeiwari, hojinzei: input.hojinzei, jigyozei: input.jigyozei, effective_tax_rate: input.effective_tax_rate ?? null },
    rows,
    linear_until: starts.length > 0 ? starts[0]!.donation - 1 : null,
    cap_starts: starts,
    parameters: rules.used().map(traceParameter),
  };
}
