/**
 * The yearly rows behind RESAS's population endpoints, read from the indicator store.
 *  - census (default, RESAS's grid): 国勢調査 total and age groups (census_age3_*) up to the last
 *    census year (boundaryYear, 2020), then the 社人研 2018 projection (projection_age3_*) for
 *    the later five-year steps. Prefectures 1960–2045, municipalities 1980–2045 (Fukushima's
 *    municipalities to 2020: IPSS did not project them; designated-city wards: none).
 *  - register (Sousei extension, `series=register`): 住民基本台帳, annual 1995–2022.
 * Areas are summed (addArea) only for years that every area has, so a sum never mixes areas.
 */
import { censusAge3Code, projectionAge3Code } from '../reference/census-age3.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';
import type { YearRow } from './resas.ts';

export type ResasSeriesKind = 'register' | 'census';
export type RowKey = 'total' | 'young' | 'working' | 'old';
const KEYS: readonly RowKey[] = ['total', 'young', 'working', 'old'];

const REGISTER: Record<RowKey, string> = { total: 'population', young: 'age_0_14', working: 'age_15_64', old: 'age_65_plus' };
const CENSUS: Record<RowKey, string> = {
  total: censusAge3Code('total'),
  young: censusAge3Code('age_0_14'),
  working: censusAge3Code('age_15_64'),
  old: censusAge3Code('age_65_plus'),
};
const PROJECTION: Record<RowKey, string> = {
  total: projectionAge3Code('total'),
  young: projectionAge3Code('age_0_14'),
  working: projectionAge3Code('age_15_64'),
  old: projectionAge3Code('age_65_plus'),
};

/** The X-Sousei-Data-Source header (ASCII: a header value). */
export const RESAS_DATA_SOURCE = {
  census: 'census+projection (census 1960-2020, IPSS 2018 projection 2025-2045); see /api/openapi.json',
  register: 'jumin-kihon-daicho (resident register, not census); see /api/openapi.json',
} as const;

type Series = Map<string, Array<{ period: string; value: number | null }>>;

/** One area's rows by year from one set of indicator codes (only 'YYYY' periods). */
function yearsOf(series: Series, area: string, codes: Record<RowKey, string>, keep: (year: number) => boolean): Map<number, YearRow> {
  const years = new Map<number, YearRow>();
  for (const k of KEYS) {
    for (const p of series.get(`${codes[k]}\u0000${area}`) ?? []) {
      if (p.value === null || !/^\d{4}$/.test(p.period)) continue;
      const y = Number(p.period);
      if (!keep(y)) continue;
      let r = years.get(y);
      if (!r) {
        r = { year: y, total: null, young: null, working: null, old: null };
        years.set(y, r);
      }
      r[k] = p.value;
    }
  }
  for (const [y, r] of years) if (r.total === null) years.delete(y);
  return years;
}

const lastYear = (years: Map<number, YearRow>): number | null => (years.size === 0 ? null : Math.max(...years.keys()));

/** One area: its rows and boundary year (the last census or register year). */
function areaRows(series: Series, area: string, kind: ResasSeriesKind): { years: Map<number, YearRow>; boundary: number | null } {
  if (kind === 'register') {
    const years = yearsOf(series, area, REGISTER, () => true);
    return { years, boundary: lastYear(years) };
  }
  const years = yearsOf(series, area, CENSUS, () => true);
  const boundary = lastYear(years);
  if (boundary !== null) for (const [y, r] of yearsOf(series, area, PROJECTION, (y) => y > boundary && y % 5 === 0)) years.set(y, r);
  return { years, boundary };
}

/** Sums of the areas' rows, year by year, where every area has the year. */
export function sumAreas(perArea: Array<Map<number, YearRow>>): YearRow[] {
  const [first, ...rest] = perArea;
  if (!first) return [];
  const rows: YearRow[] = [];
  for (const [year, r0] of first) {
    const all = [r0, ...rest.map((a) => a.get(year))];
    if (all.some((r) => r === undefined)) continue;
    const sum = (k: RowKey) => (all.some((r) => r![k] === null) ? null : all.reduce((a, r) => a + r![k]!, 0));
    rows.push({ year, total: sum('total'), young: sum('young'), working: sum('working'), old: sum('old') });
  }
  return rows.sort((a, b) => a.year - b.year);
}

export async function resasRows(reader: StatisticsReader, areaCodes: string[], kind: ResasSeriesKind): Promise<{ rows: YearRow[]; boundaryYear: number | null }> {
  const codes = kind === 'register' ? Object.values(REGISTER) : [...Object.values(CENSUS), ...Object.values(PROJECTION)];
  const series = await reader.series(codes, areaCodes);
  const perArea = areaCodes.map((area) => areaRows(series, area, kind));
  const boundaries = perArea.map((a) => a.boundary).filter((b): b is number => b !== null);
  const boundaryYear = perArea.length > 0 && boundaries.length === perArea.length ? Math.min(...boundaries) : null;
  return { rows: sumAreas(perArea.map((a) => a.years)), boundaryYear };
}
