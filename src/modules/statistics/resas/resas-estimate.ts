/**
 * RESAS population/sum/estimate: {boundaryYear, data: [{label: '総人口', data: [{year, value}]},
 * {label: '転入数', …}, {label: '転出数', …}, {label: '出生数', …}, {label: '死亡数', …}]}.
 * 総人口 is the same series as composition/perYear (census grid by default); the four flows are
 * the resident register's dynamics, one point a year: fiscal years FY1994–FY2012 labelled by
 * their first year (FY2012 = April 2012 – March 2013 → 2012), then calendar years 2013–2021.
 * Prefecture flows count moves between municipalities inside the prefecture too (the register's
 * prefecture totals do).
 */
import type { StatisticsReader } from '../read/statistics-reader.ts';
import type { YearRow } from './resas.ts';

export const ESTIMATE_FLOWS = [
  ['転入数', 'in_migrants'],
  ['転出数', 'out_migrants'],
  ['出生数', 'births'],
  ['死亡数', 'deaths'],
] as const;

export interface EstimateResult {
  boundaryYear: number;
  data: Array<{ label: string; data: Array<{ year: number; value: number }> }>;
}

/** 'FY2012' → 2012, '2013' → 2013, anything else null. */
export function flowYear(period: string): number | null {
  const m = /^(?:FY)?(\d{4})$/.exec(period);
  return m ? Number(m[1]) : null;
}

/** One flow summed over the areas, for the years every area has. */
function flowSeries(series: Map<string, Array<{ period: string; value: number | null }>>, indicator: string, areaCodes: string[]) {
  const perArea = areaCodes.map((area) => {
    const m = new Map<number, number>();
    for (const p of series.get(`${indicator}\u0000${area}`) ?? []) {
      const y = flowYear(p.period);
      if (y !== null && p.value !== null) m.set(y, p.value);
    }
    return m;
  });
  const [first, ...rest] = perArea;
  const out: Array<{ year: number; value: number }> = [];
  for (const [year, v] of first ?? []) {
    if (rest.some((m) => !m.has(year))) continue;
    out.push({ year, value: rest.reduce((a, m) => a + m.get(year)!, v) });
  }
  return out.sort((a, b) => a.year - b.year);
}

export async function estimateResult(reader: StatisticsReader, areaCodes: string[], totals: YearRow[], boundaryYear: number): Promise<EstimateResult> {
  const series = await reader.series(
    ESTIMATE_FLOWS.map(([, code]) => code),
    areaCodes,
  );
  return {
    boundaryYear,
    data: [
      { label: '総人口', data: totals.filter((r) => r.total !== null).map((r) => ({ year: r.year, value: r.total! })) },
      ...ESTIMATE_FLOWS.map(([label, code]) => ({ label, data: flowSeries(series, code, areaCodes) })),
    ],
  };
}
