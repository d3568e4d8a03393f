/**
 * Net burden against donation size for one company: the calculator run for each donation of a
 * list on the same rules, and the donation from which the credits stop being a flat share of it.
 *
 * Default list (a presentation choice, not a rule): the minimum donation (kfn.min_donation) and
 * 50万 … 10億 in the steps companies talk about, plus the exact donations at which each cap starts
 * to bind for this company, so the table shows where the lines bend.
 */
import { InputError } from '../../../shared/errors.ts';
import { rulesAt, traceParameter, type RulesInForce, type TraceParameter } from '../../rulebook/index.ts';
import { calculateKigyoFurusato, checkKfnAmounts, kfnRegime, type KfnCredits, type KfnEligibilityAnswers } from './kigyo-furusato.ts';

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
  /** the smallest donation (at least the minimum donation) at which the cap binds for this company */
  donation: number;
}

export interface WhatIfResult {
  as_of: string;
  inputs: { juminzei_hojinzeiwari: number; hojinzei: number; jigyozei: number; effective_tax_rate: number | null };
  rows: WhatIfRow[];
  /** the donation just below the first cap start: up to it no cap binds (credits are 40% + 20% of it); null after the deadline or when no cap binds below 1兆円 */
  linear_until: number | null;
  cap_starts: CapStart[];
  /** every parameter the rows used, with value and source */
  parameters: TraceParameter[];
}

/** The largest donation the search for cap starts looks at (1兆円): far beyond any company's caps. */
const SEARCH_LIMIT = 1_000_000_000_000;

/** Smallest D in [lo, SEARCH_LIMIT] for which `test` holds (it must be monotone in D), or null. */
function firstWhere(lo: number, test: (donation: number) => boolean): number | null {
  let hi = SEARCH_LIMIT;
  if (!test(hi)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where each cap starts to bind for this company, found on the calculator's own trace (so the
 * search uses the very rules and rounding of the rows). Each test is monotone in the donation: the
 * uncapped amounts only grow with it, and the 法人税 gap appears only once the 住民税 cap binds. The
 * 10% limit binds from where the gap exceeds it until the 5% cap takes over; it is left out when the
 * 5% cap is already lower there.
 */
function capStarts(input: WhatIfInput, rules: RulesInForce): CapStart[] {
  const min = rules.number('kfn.min_donation');
  const stepAt = (donation: number, step: string) => calculateKigyoFurusato({ ...input, eligibility: {}, donation, as_of: input.as_of }, rules).trace.find((s) => s.step === step);
  const binds = (step: string) => (d: number) => stepAt(d, step)?.cap?.binding === true;
  const starts: CapStart[] = [];
  const add = (cap: string, donation: number | null) => {
    if (donation !== null) starts.push({ cap, donation });
  };
  add('juminzei_cap_20pct_of_hojinzeiwari', firstWhere(min, binds('juminzei_credit')));
  const limitStart = firstWhere(min, (d) => {
    const s = stepAt(d, 'hojinzei_donation_limit');
    return s !== undefined && s.cap !== undefined && s.cap.limit < (s.inputs.gap ?? 0);
  });
  if (limitStart !== null && binds('hojinzei_donation_limit')(limitStart)) add('hojinzei_limit_10pct_of_donation', limitStart);
  add('hojinzei_cap_5pct_of_hojinzei', firstWhere(min, binds('hojinzei_credit')));
  add('jigyozei_cap_20pct_of_jigyozei', firstWhere(min, binds('jigyozei_credit')));
  return starts.sort((x, y) => x.donation - y.donation);
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
