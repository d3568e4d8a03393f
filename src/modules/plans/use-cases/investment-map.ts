/**
 * The 国内投資マップ (public): every investment project of the nationally published plans, with
 * totals per prefecture or municipality in 円 and per inhabitant. The projects come filtered
 * from SQL; the sums are investment-totals.ts's (exact, BigInt). A project without a point of
 * its own is placed at its municipality's point (areas.lat/lng) and says so (`located`).
 * Per capita divides by each area's latest 総人口 in the statistics store (住民基本台帳); the
 * periods used are named in the response.
 */
import { InputError } from '../../../shared/errors.ts';
import { investmentTotals, type InvestmentTotal, type MapProject, type TotalsLevel } from '../domain/investment-totals.ts';
import type { PlanType, StrategicField } from '../domain/plan-types.ts';
import type { PlanStatus } from '../domain/workflow.ts';
import { type Reader, areaNames, latestPopulation, prefectures, projectRows, type MapStatus, type ProjectRow } from '../map-repository.ts';

export interface InvestmentMapQuery {
  level?: TotalsLevel;
  types?: PlanType[];
  statuses?: MapStatus[];
  field?: StrategicField;
  year_from?: number;
  year_to?: number;
  /** only this plan's projects (a plan's page) */
  plan_id?: string;
}

export const projectJson = (r: ProjectRow) => {
  const own = r.lat !== null && r.lon !== null;
  return {
    plan_id: r.planId,
    plan_title: r.planTitle,
    plan_type: r.planType,
    plan_status: r.planStatus,
    field: r.field,
    project_id: r.projectId,
    title: r.title,
    investor_name: r.investorName,
    ministry: r.ministry,
    amount_yen: r.amountYen,
    invest_date: r.investDate,
    invest_fy: r.investFy,
    operation_date: r.operationDate,
    pref_code: r.prefCode,
    muni_code: r.muniCode,
    muni_name: r.muniName ?? '',
    lat: own ? r.lat : r.muniLat,
    lon: own ? r.lon : r.muniLon,
    /** where the marker stands: the project's own point, or its municipality's */
    located: own ? ('point' as const) : ('municipality' as const),
    plan_url: `/plans/${r.planId}`,
  };
};

const toMapProject = (r: ProjectRow): MapProject => ({
  plan_id: r.planId,
  plan_type: r.planType,
  plan_status: r.planStatus as PlanStatus,
  strategic_field: r.planType === 'A' ? (r.field as StrategicField) : null,
  project_id: r.projectId,
  title: r.title,
  muni_code: r.muniCode,
  pref_code: r.prefCode,
  amount_yen: r.amountYen,
  invest_date: r.investDate,
});

function checkYears(q: InvestmentMapQuery): void {
  if (q.year_from !== undefined && q.year_to !== undefined && q.year_from > q.year_to) {
    throw InputError.single({ column: 'year_from', code: 'invalid_range', reason: `開始年度（${q.year_from}年度）が終了年度（${q.year_to}年度）より後です` });
  }
}

/** Totals keyed by 6-digit 団体コード: prefectures by their own code (the 2-digit key mapped), with names. */
async function areaRows(db: Reader, level: TotalsLevel, rows: InvestmentTotal[], population: Map<string, { value: number; period: string }>) {
  if (level === 'municipality') {
    const names = await areaNames(
      db,
      rows.map((r) => r.code),
    );
    return rows.map((r) => ({ ...r, name: names.get(r.code) ?? r.code, population: population.get(r.code)?.value ?? null }));
  }
  const prefs = new Map((await prefectures(db)).map((p) => [p.prefCode ?? '', p]));
  return rows.map((r) => {
    const p = prefs.get(r.code);
    const code = p?.code ?? `${r.code}0000`;
    return { ...r, code, name: p?.name ?? r.code, population: population.get(code)?.value ?? null };
  });
}

export async function investmentMap(db: Reader, q: InvestmentMapQuery) {
  checkYears(q);
  const level = q.level ?? 'prefecture';
  // one after another: inside a transaction (a snapshot) they share one connection
  const rows = await projectRows(db, { types: q.types, statuses: q.statuses, field: q.field, fyFrom: q.year_from, fyTo: q.year_to, planId: q.plan_id });
  const population = await latestPopulation(db);
  const prefs = level === 'prefecture' ? await prefectures(db) : [];
  // investment-totals keys prefectures by their 2 digits (and the grand total by ''): the population follows
  const popByKey = new Map<string, number>();
  if (level === 'prefecture') {
    for (const p of prefs) {
      const v = population.get(p.code)?.value;
      if (v !== undefined && p.prefCode) popByKey.set(p.prefCode, v);
    }
  } else for (const [code, p] of population) popByKey.set(code, p.value);
  const national = population.get('000000');
  if (national) popByKey.set('', national.value);
  const totals = investmentTotals(rows.map(toMapProject), {
    by: level,
    population: popByKey,
    include_codes: prefs.map((p) => p.prefCode ?? '').filter((c) => c !== ''),
  });
  const areas = await areaRows(db, level, totals.rows, population);
  const periods = [...new Set(areas.map((a) => population.get(a.code)?.period).filter((p): p is string => p !== undefined))].sort();
  let min: number | null = null;
  let max: number | null = null;
  for (const { investFy: y } of rows) {
    if (y === null) continue;
    min = min === null || y < min ? y : min;
    max = max === null || y > max ? y : max;
  }
  return {
    level,
    total: { ...totals.total, name: '全国' },
    areas,
    projects: rows.map(projectJson),
    population: { indicator: 'population', name: '総人口（住民基本台帳）', periods },
    years: { min, max },
  };
}
