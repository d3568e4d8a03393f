/**
 * RESAS endpoints that public clients call but the shipped data cannot fill, answered honestly
 * in RESAS's own terms instead of with invented numbers (README, docs/statistics.md):
 *  - municipality/taxes/perYear (一人当たり地方税): the shipped finance data (総務省「主要財政指標」)
 *    has no tax revenue, so RESAS's shape with the area's names and an empty `data`.
 *  - population/nature, population/society/forArea, tourism/foreigners/forFrom,
 *    employEducation/localjobAcademic/toTransition: RESAS's "no data" answer, the string "404".
 *    forArea needs migration by origin region, forFrom visitors by nationality, toTransition
 *    graduates' destinations: none of them is in the data set; nature's own shape could not be
 *    checked against RESAS's documentation, and births and deaths are in sum/estimate.
 */
import type { AreaInfo } from '../read/catalog.ts';

export interface TaxesResult {
  prefCode: number;
  prefName: string;
  cityCode: string;
  cityName: string;
  data: Array<{ year: number; value: number }>;
}

/** cityCode '-' names the prefecture itself (decided: RESAS's sample shows a municipality only). */
export function taxesResult(prefCode: number, prefecture: AreaInfo, cityCode: string, city: AreaInfo | null): TaxesResult {
  return { prefCode, prefName: prefecture.name, cityCode, cityName: city ? city.name : prefecture.name, data: [] };
}

/** Paths answered with "404" (no data), relative to /api/v1. */
export const RESAS_NO_DATA_PATHS = ['/population/nature', '/population/society/forArea', '/tourism/foreigners/forFrom', '/employEducation/localjobAcademic/toTransition'] as const;

/**
 * The first path segments of RESAS API v1 (its documentation's list). Every path under them gets
 * CORS and RESAS's error bodies, known to Sousei or not; none is a Sousei path.
 */
export const RESAS_SEGMENTS = [
  'prefectures',
  'cities',
  'oldCities',
  'industries',
  'jobs',
  'patents',
  'regions',
  'tradeInfoItemTypes',
  'customs',
  'population',
  'industry',
  'agriculture',
  'forestry',
  'fishery',
  'partner',
  'trade',
  'globalmarket',
  'tourism',
  'townPlanning',
  'municipality',
  'employEducation',
  'medicalWelfare',
  'regionalEmploy',
] as const;
