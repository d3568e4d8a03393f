/**
 * 国内投資マップ totals: investment projects summed per prefecture or per municipality, with the
 * amount per inhabitant, and the map's filters as one pure predicate.
 *
 * Sums are exact. One project is at most 9千兆円 − 1 (a safe integer, plan-content.ts), but a sum
 * need not be: 20,000 projects of 1兆円 make 2京円, above 2^53 ≈ 9,007兆円. So sums run in BigInt
 * and each row carries `amount_yen_exact` (decimal digits, always exact) beside `amount_yen`
 * (a number for charts and the shared number format, exact up to 9,007兆円 — far above Japan's
 * whole yearly private capex of about 100兆円 — and the nearest double beyond it).
 * Per capita is rounded half up to whole yen from the exact sum; null without a population.
 */
import { InputError } from '../../../shared/errors.ts';
import type { PlanType, StrategicField } from './plan-types.ts';
import type { PlanStatus } from './workflow.ts';

export interface MapProject {
  plan_id: string;
  plan_type: PlanType;
  plan_status: PlanStatus;
  /** A: the strategic field; B and C have none */
  strategic_field: StrategicField | null;
  project_id: string;
  title?: string;
  muni_code: string;
  pref_code: string;
  amount_yen: number;
  /** YYYY-MM-DD or YYYY-MM; null when not known */
  invest_date: string | null;
}

export interface InvestmentFilter {
  plan_types?: readonly PlanType[];
  fields?: readonly StrategicField[];
  /** 年度 of invest_date, inclusive; a project without a date is left out once either is set */
  fy_from?: number | null;
  fy_to?: number | null;
  statuses?: readonly PlanStatus[];
}

export interface InvestmentTotal {
  /** the prefecture's or municipality's 団体コード; '' for the grand total */
  code: string;
  projects: number;
  amount_yen: number;
  amount_yen_exact: string;
  amount_per_capita_yen: number | null;
}

export type TotalsLevel = 'prefecture' | 'municipality';

/** 年度 of a YYYY-MM(-DD) date: April–March, so 2026-03 is FY2025. Null for anything else. */
export function fiscalYearOfDate(date: string | null): number | null {
  const m = date === null ? null : /^(\d{4})-(\d{2})(-\d{2})?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  return Number(m[2]) >= 4 ? year : year - 1;
}

/** The filter as a predicate: every criterion given must hold; empty lists and nulls filter nothing. */
export function investmentMatches(filter: InvestmentFilter): (p: MapProject) => boolean {
  const types = filter.plan_types?.length ? new Set(filter.plan_types) : null;
  const fields = filter.fields?.length ? new Set<string>(filter.fields) : null;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const from = filter.fy_from ?? null;
  const to = filter.fy_to ?? null;
  return (p) => {
    if (types && !types.has(p.plan_type)) return false;
    if (fields && (p.strategic_field === null || !fields.has(p.strategic_field))) return false;
    if (statuses && !statuses.has(p.plan_status)) return false;
    if (from === null && to === null) return true;
    const fy = fiscalYearOfDate(p.invest_date);
    return fy !== null && (from === null || fy >= from) && (to === null || fy <= to);
  };
}

/** Per capita, half up, from an exact sum. */
function perCapita(sum: bigint, population: number | undefined): number | null {
  if (population === undefined || !Number.isSafeInteger(population) || population <= 0) return null;
  const pop = BigInt(population);
  return Number((2n * sum + pop) / (2n * pop));
}

const row = (code: string, projects: number, sum: bigint, population: number | undefined): InvestmentTotal => ({
  code,
  projects,
  amount_yen: Number(sum),
  amount_yen_exact: sum.toString(),
  amount_per_capita_yen: perCapita(sum, population),
});

export interface TotalsOptions {
  by: TotalsLevel;
  /** inhabitants by 団体コード (prefectures and municipalities; the grand total reads key '') */
  population?: ReadonlyMap<string, number>;
  filter?: InvestmentFilter;
  /** codes to list even with no project (the 47 prefectures of the map) */
  include_codes?: readonly string[];
}

/** Totals per area, sorted by code, and the grand total over the same projects. */
export function investmentTotals(projects: readonly MapProject[], options: TotalsOptions): { rows: InvestmentTotal[]; total: InvestmentTotal } {
  const keep = investmentMatches(options.filter ?? {});
  const groups = new Map<string, { projects: number; sum: bigint }>();
  for (const code of options.include_codes ?? []) groups.set(code, { projects: 0, sum: 0n });
  let count = 0;
  let sum = 0n;
  projects.forEach((p, i) => {
    if (!Number.isSafeInteger(p.amount_yen) || p.amount_yen < 0) {
      throw InputError.single({
        column: `projects[${i}].amount_yen`,
        code: 'invalid_amount',
        reason: `投資案件「${p.title ?? p.project_id}」の投資額は0円以上の整数の円で指定してください`,
      });
    }
    if (!keep(p)) return;
    const code = options.by === 'prefecture' ? p.pref_code : p.muni_code;
    const g = groups.get(code) ?? { projects: 0, sum: 0n };
    g.projects++;
    g.sum += BigInt(p.amount_yen);
    groups.set(code, g);
    count++;
    sum += BigInt(p.amount_yen);
  });
  const rows = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, g]) => row(code, g.projects, g.sum, options.population?.get(code)));
  return { rows, total: row('', count, sum, options.population?.get('')) };
}
