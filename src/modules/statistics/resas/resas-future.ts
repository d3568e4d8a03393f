/**
 * RESAS population/future/cities?year=2040&prefCode= → {cities: [{cityCode, cityName, value,
 * ratio}]}: the 社人研 2018 projection for 2040 of each municipality of the prefecture, by code.
 * Cannot fill: `ratio` (若年女性人口減少率, women aged 20–39 2010→2040) needs the projection by
 * sex and age, which is not in the shipped data — it is null. Designated-city wards and
 * Fukushima's municipalities have no projection and are left out.
 */
import { projectionAge3Code } from '../reference/census-age3.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';

export const FUTURE_YEAR = 2040;

export interface FutureCity {
  cityCode: string;
  cityName: string;
  value: number;
  ratio: number | null;
}

export async function futureCities(reader: StatisticsReader, prefCode: number): Promise<FutureCity[]> {
  const pc = String(prefCode).padStart(2, '0');
  const cities = (await reader.areas()).current.municipality.filter((a) => a.prefCode === pc).sort((a, b) => (a.code < b.code ? -1 : 1));
  const code = projectionAge3Code('total');
  const series = await reader.series(
    [code],
    cities.map((c) => c.code),
  );
  const out: FutureCity[] = [];
  for (const c of cities) {
    const value = (series.get(`${code}\u0000${c.code}`) ?? []).find((p) => p.period === String(FUTURE_YEAR))?.value;
    if (value !== undefined && value !== null) out.push({ cityCode: c.code.slice(0, 5), cityName: c.name, value, ratio: null });
  }
  return out;
}
