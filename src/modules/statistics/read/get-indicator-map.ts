/** The values of every current area of a level for one indicator and period (a choropleth map). */
import { checkPrefCode, findIndicator, resolvePeriod } from './lookup.ts';
import type { IndicatorInfo, Level } from './catalog.ts';
import type { MapData, StatisticsReader } from './statistics-reader.ts';

export interface IndicatorMapQuery {
  code: string;
  level: Exclude<Level, 'nation'>;
  period?: string;
  pref_code?: string;
}

export interface IndicatorMap {
  indicator: IndicatorInfo;
  period: string;
  prefCode: string | null;
  /** cached by the reader per (indicator, period, level, prefecture): the same object while it is cached */
  map: MapData;
}

export async function getIndicatorMap(reader: StatisticsReader, q: IndicatorMapQuery): Promise<IndicatorMap> {
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const indicator = findIndicator(catalog, q.code);
  const period = resolvePeriod(indicator, q.level, q.period);
  const prefCode = checkPrefCode(index, q.pref_code);
  const map = await reader.mapData(indicator, period, q.level, prefCode, snap);
  return { indicator, period, prefCode, map };
}
